"""``python -m panelcore [--data DATAFILE] [FILE|-]``: answers one request (a file, or standard input) like
``panelcore run [--data DATAFILE]`` — the data file (CSV, .dta, .xlsx) beside the request, read by the module in pieces
where it asks.

Writes the response and one newline to standard output; exit status 0 for an ok response, 1 for an
error response, 2 when the module cannot be loaded or traps.
"""

import sys

from .engine import Engine, WasmError


def main(argv=None):
    arguments = list(sys.argv[1:] if argv is None else argv)
    data = None
    if "--data" in arguments:
        at = arguments.index("--data")
        data = arguments[at + 1] if at + 1 < len(arguments) else ""
        del arguments[at:at + 2]
    if len(arguments) > 1 or data == "":
        print("usage: python -m panelcore [--data DATAFILE] [FILE|-]", file=sys.stderr)
        return 2
    source = arguments[0] if arguments else "-"
    try:
        if source == "-":
            request = sys.stdin.buffer.read()
        else:
            with open(source, "rb") as file:
                request = file.read()
        status, response = Engine().run_with_status(request, data)
    except (OSError, WasmError) as error:
        print(f"panelcore: {error}", file=sys.stderr)
        return 2
    sys.stdout.buffer.write(response + b"\n")
    sys.stdout.buffer.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
