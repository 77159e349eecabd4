"""Writes the parity requests too large to commit into Tests/Parity/generated/ (deterministic).

Run directly or let run_parity.py call it; re-running rewrites the same bytes.
"""

from pathlib import Path

GENERATED = Path(__file__).resolve().parent / "generated"
NESTING_DEPTH = 100_000
NUMBER_DIGITS = 100_000


def corpus():
    """The generated requests as {file name: bytes}."""
    return {
        # Balanced 100,000-deep arrays inside a request: a parser must refuse, not exhaust the stack.
        "deep-nesting-balanced.json": b'{"abi":1,"data":' + b"[" * NESTING_DEPTH + b"]" * NESTING_DEPTH + b"}",
        # Only the openings, as nst/JSONTestSuite's n_structure_100000_opening_arrays.
        "deep-nesting-unclosed.json": b"[" * NESTING_DEPTH,
        # Objects nest through a different code path than arrays in most parsers.
        "deep-nesting-objects.json": b'{"a":' * NESTING_DEPTH + b"1" + b"}" * NESTING_DEPTH,
        # A 100,000-digit integer (overflows Double to +infinity when converted).
        "huge-number-digits.json": b'{"abi":1,"x":' + b"9" * NUMBER_DIGITS + b"}",
    }


def write_all():
    """Writes every generated request, creating the folder if needed."""
    GENERATED.mkdir(exist_ok=True)
    for name, content in corpus().items():
        (GENERATED / name).write_bytes(content)


if __name__ == "__main__":
    write_all()
