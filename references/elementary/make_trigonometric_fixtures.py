"""Correctly rounded reference values for Elementary.sin/cos/asin (mpmath, 200 bits), in the format of
make_elementary_fixtures.py (one case a line: argument bits, expected bits, residual in ulps).

Arguments: uniform on [-2pi, 2pi] and [-2^19, 2^19] (the documented domain of sin/cos), log-uniform tiny values,
points next to multiples of pi/2 and pi/4, and for asin uniform on [-1, 1], near +-1/2 and +-1 and tiny values.
Deterministic (random.Random(SEED)). Run from the repository root:
    python3 references/elementary/make_trigonometric_fixtures.py
"""
import math
import random
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_elementary_fixtures import write  # noqa: E402  (shared fixture format and rounding)
from mpmath import mp, mpf  # noqa: E402

mp.prec = 200
SEED = 20261121


def trig_arguments(rng):
    xs = [0.0, -0.0, 1e-300, 0.5, 1.0, math.pi / 4, math.pi / 2, math.pi, 2 * math.pi, 3.0, 100.0]
    xs += [rng.uniform(-2 * math.pi, 2 * math.pi) for _ in range(2000)]
    xs += [rng.uniform(-2.0 ** 19, 2.0 ** 19) for _ in range(500)]
    xs += [math.copysign(2.0 ** rng.uniform(-60, -1), rng.uniform(-1, 1)) for _ in range(300)]
    for k in range(1, 40):
        centre = k * math.pi / 4
        xs += [centre + rng.uniform(-1e-6, 1e-6) for _ in range(5)]
    return xs


def asin_arguments(rng):
    xs = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1e-300, math.nextafter(0.5, 1), math.nextafter(0.5, 0)]
    xs += [rng.uniform(-1, 1) for _ in range(2000)]
    xs += [0.5 + rng.uniform(-1e-3, 1e-3) for _ in range(200)]
    xs += [1 - 2.0 ** rng.uniform(-50, -2) for _ in range(300)]
    xs += [math.copysign(2.0 ** rng.uniform(-60, -1), rng.uniform(-1, 1)) for _ in range(300)]
    return xs


def main():
    rng = random.Random(SEED)
    trig = trig_arguments(rng)
    write("sin", [([x], mp.sin(mpf(x))) for x in trig])
    write("cos", [([x], mp.cos(mpf(x))) for x in trig])
    write("asin", [([x], mp.asin(mpf(x))) for x in asin_arguments(rng)])


if __name__ == "__main__":
    main()
