"""Reference values for PanelCore's JSON number reader (Tests/PanelCoreTests/JSON/JSONNumberReferenceTests.swift).

Writes Tests/PanelCoreTests/Fixtures/textformats/json-numbers.tsv: one RFC 8259 number lexeme per line, a tab,
then the IEEE binary64 bits of Python's correctly rounded float(lexeme) as 16 hex digits, or `out_of_range`
when the value overflows to infinity. Deterministic (seeded); stdlib only.
"""
import math
import random
import struct
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[2] / "Tests/PanelCoreTests/Fixtures/textformats/json-numbers.tsv"


def bits(value):
    return struct.unpack("<Q", struct.pack("<d", value))[0]


def random_digits(rng, count, leading_nonzero=True):
    first = rng.choice("123456789") if leading_nonzero else rng.choice("0123456789")
    return first + "".join(rng.choice("0123456789") for _ in range(count - 1))


def short_lexeme(rng):
    """Up to 15 significant digits with a small exponent: the exact fast-path region and its edges."""
    integer = "0" if rng.random() < 0.3 else random_digits(rng, rng.randint(1, 8))
    fraction = random_digits(rng, rng.randint(1, 9), leading_nonzero=False) if rng.random() < 0.7 else ""
    exponent = ""
    if rng.random() < 0.4:
        exponent = rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randint(0, 30))
    sign = "-" if rng.random() < 0.3 else ""
    return sign + integer + ("." + fraction if fraction else "") + exponent


def long_lexeme(rng):
    """repr of a random finite double (17 significant digits, any exponent)."""
    while True:
        value = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if math.isfinite(value):
            return repr(value).replace("inf", "").lower()


def many_digits_lexeme(rng):
    """Significands of 16 to 60 digits: outside the fast path, near-halfway cases included."""
    digits = random_digits(rng, rng.randint(16, 60))
    point = rng.randint(1, len(digits))
    return digits[:point] + "." + digits[point:] + "e" + str(rng.randint(-330, 300)) if point < len(digits) \
        else digits + "e" + str(rng.randint(-330, 300))


EDGE_CASES = [
    "0", "-0", "0.0", "-0.0", "0e0", "-0E-5", "1", "-1", "495", "1e22", "1e23", "9007199254740991",
    "9007199254740992", "9007199254740993", "9007199254740995", "123456789012345", "1234567890123456",
    "0.1", "0.3", "1e-05", "1.5e+300", "4.9406564584124654e-324", "5e-324", "2.4703282292062327e-324",
    "2.4703282292062328e-324", "2.2250738585072011e-308", "2.2250738585072014e-308",
    "1.7976931348623157e+308", "1.7976931348623158e+308", "1.7976931348623159e+308", "1.8e308", "-1e400",
    "1e-400", "123.456e-789", "0.000000000000000000000000000001", "100000000000000000000000",
    "3.141592653589793238462643383279502884197169399375105820974944592307816406286",
    "7.2057594037927933e16", "8.98846567431158e307", "1" + "0" * 400, "0." + "0" * 400 + "1",
]


def main():
    rng = random.Random(20261121)
    lexemes = list(EDGE_CASES)
    lexemes += [short_lexeme(rng) for _ in range(1500)]
    lexemes += [long_lexeme(rng) for _ in range(700)]
    lexemes += [many_digits_lexeme(rng) for _ in range(300)]
    lines = []
    for lexeme in lexemes:
        value = float(lexeme)
        lines.append(lexeme + "\t" + ("out_of_range" if math.isinf(value) else format(bits(value), "016x")))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
