"""A list of named checks for the command-line test scripts: one line per check (`ok   NAME` or `FAIL NAME: detail`)
and a closing `N passed, M failed`."""


class Checklist:
    def __init__(self):
        self.passed, self.failed = 0, []

    def check(self, name, condition, detail=""):
        print(("ok   " if condition else "FAIL ") + name + ("" if condition else f": {detail}"))
        if condition:
            self.passed += 1
        else:
            self.failed.append(name)

    def finish(self):
        """Prints the count; the exit status (1 when a check failed)."""
        print(f"{self.passed} passed, {len(self.failed)} failed")
        return 1 if self.failed else 0


def native_binary(description, root):
    """The `--native PATH` argument of a check script (default: the debug build), resolved."""
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--native", default=str(root / ".build" / "debug" / "panelcore"))
    return str(Path(parser.parse_args().native).resolve())
