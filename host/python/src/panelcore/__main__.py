"""``python -m panelcore [FILE|-]``: answers one request (a file, or standard input) like ``panelcore run``.

Writes the response and one newline to standard output; exit status 0 for an ok response, 1 for an
error response, 2 when the module cannot be loaded or traps.
"""

import sys

from .engine import Engine, WasmError


def main(argv=None):
    arguments = sys.argv[1:] if argv is None else argv
    if len(arguments) > 1:
        print("usage: python -m panelcore [FILE|-]", file=sys.stderr)
        return 2
    source = arguments[0] if arguments else "-"
    try:
        if source == "-":
            request = sys.stdin.buffer.read()
        else:
            with open(source, "rb") as file:
                request = file.read()
        status, response = Engine().run_with_status(request)
    except (OSError, WasmError) as error:
        print(f"panelcore: {error}", file=sys.stderr)
        return 2
    sys.stdout.buffer.write(response + b"\n")
    sys.stdout.buffer.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
