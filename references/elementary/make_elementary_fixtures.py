"""Correctly rounded reference values for Elementary.exp/expm1/log/log1p/pow (mpmath, 200 bits).

Writes Tests/PanelCoreTests/Fixtures/elementary/<function>.txt, one case per line:
    <argument bits hex> [<second argument bits hex>] <expected bits hex> <residual>
where expected is the correctly rounded double (round to nearest even, subnormals and overflow
included) and residual = (exact − expected) / ulp(expected), so a test can report its error in ulps.
Deterministic (seeded). Run from the repository root:
    python3 references/elementary/make_elementary_fixtures.py
"""
import math
import random
import struct

import mpmath
from mpmath import mp, mpf

mp.prec = 200
OUT = "Tests/PanelCoreTests/Fixtures/elementary/"
DBL_MAX = mpf(float.fromhex("0x1.fffffffffffffp+1023"))
MIN_NORMAL = mpf(2) ** -1022


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def ulp(x):
    x = abs(x)
    if x == math.inf:
        return math.inf
    return math.ulp(x)


def round_to_double(v):
    """v (mpf) rounded to the nearest double, ties to even, with gradual underflow and overflow."""
    if v == 0:
        return 0.0
    sign = -1.0 if v < 0 else 1.0
    a = abs(v)
    if a >= DBL_MAX + mpf(2) ** 970:  # DBL_MAX + half an ulp rounds to infinity
        return sign * math.inf
    if a < MIN_NORMAL:
        units = mpmath.nint(a * mpf(2) ** 1074)  # nint rounds half to even
        return sign * math.ldexp(int(units), -1074)
    exponent = int(mpmath.floor(mpmath.log(a, 2)))
    scaled = a * mpf(2) ** (52 - exponent)
    if scaled >= mpf(2) ** 53:
        exponent += 1
        scaled /= 2
    elif scaled < mpf(2) ** 52:
        exponent -= 1
        scaled *= 2
    return sign * math.ldexp(int(mpmath.nint(scaled)), exponent - 52)


def residual(exact, expected):
    if math.isinf(expected):
        return 0.0
    return float((exact - mpf(expected)) / mpf(ulp(expected) if expected != 0 else math.ulp(0.0)))


def write(name, rows):
    with open(OUT + name + ".txt", "w") as out:
        for args, exact in rows:
            expected = round_to_double(exact)
            fields = [bits(a) for a in args] + [bits(expected), repr(residual(exact, expected))]
            out.write(" ".join(fields) + "\n")
    print(name, len(rows))


def log_uniform(rng, low_exponent, high_exponent):
    return 10.0 ** rng.uniform(low_exponent, high_exponent)


def random_positive_double(rng):
    """A positive finite double with a uniformly random bit pattern."""
    while True:
        x = from_bits(rng.getrandbits(63))
        if 0 < x < math.inf:
            return x


def exp_arguments(rng):
    xs = [rng.uniform(-745.2, 709.8) for _ in range(2000)]
    xs += [s * log_uniform(rng, -20, 0) for s in (1, -1) for _ in range(300)]
    xs += [rng.uniform(709.0, 709.8) for _ in range(200)]
    xs += [rng.uniform(-745.2, -708.0) for _ in range(400)]
    xs += [s * math.ldexp(rng.random(), -1022 - rng.randrange(52)) for s in (1, -1) for _ in range(25)]
    xs += [float(k) for k in range(-745, 710, 7)]
    xs += [k * math.log(2) / 128 for k in range(-600, 600, 3)]
    xs += [709.782712893384, 709.7827128933840, -708.3964185322641, -745.1332191019411, -745.1332191019412]
    return xs


def expm1_arguments(rng):
    xs = [rng.uniform(-40, 709.0) for _ in range(1000)]
    xs += [rng.uniform(-2, 2) for _ in range(1000)]
    xs += [s * log_uniform(rng, -20, 0) for s in (1, -1) for _ in range(500)]
    xs += [s * math.ldexp(1 + rng.uniform(-0.05, 0.05), -9) for s in (1, -1) for _ in range(100)]
    xs += [s * math.ldexp(rng.random(), -1022 - rng.randrange(52)) for s in (1, -1) for _ in range(25)]
    xs += [s * math.ldexp(rng.random() + 1, -rng.randrange(40, 1022)) for s in (1, -1) for _ in range(100)]
    xs += [rng.uniform(-45, -35) for _ in range(100)]
    return xs


def log_arguments(rng):
    xs = [random_positive_double(rng) for _ in range(2000)]
    xs += [1 + s * log_uniform(rng, -16, 0) * 0.5 for s in (1, -1) for _ in range(500)]
    xs += [math.ldexp(rng.random(), -1022 - rng.randrange(52)) for _ in range(200)]
    xs += [rng.uniform(0.5, 2.0) for _ in range(500)]
    xs += [rng.uniform(1.40, 1.43) for _ in range(100)]
    xs += [math.ldexp(1 + j / 128, e) for j in range(128) for e in (-3, 0, 7)]
    xs += [math.ldexp(1, e) for e in range(-1074, 1024, 11)]
    xs += [float.fromhex("0x1.fffffffffffffp+1023"), 5e-324, math.nextafter(1, 0), math.nextafter(1, 2)]
    return xs


def log1p_arguments(rng):
    xs = [random_positive_double(rng) for _ in range(1000)]
    xs += [s * log_uniform(rng, -20, 0) for s in (1, -1) for _ in range(600)]
    xs += [-1 + log_uniform(rng, -16, 0) for _ in range(300)]
    xs += [s * math.ldexp(1 + rng.random(), -26 + rng.choice((-1, 0))) for s in (1, -1) for _ in range(100)]
    xs += [s * math.ldexp(1 + rng.random(), -rng.randrange(50, 56)) for s in (1, -1) for _ in range(100)]
    xs += [s * math.ldexp(rng.random(), -1022 - rng.randrange(52)) for s in (1, -1) for _ in range(25)]
    xs += [rng.uniform(-0.999, 3) for _ in range(500)]
    return xs


def pow_arguments(rng):
    pairs = []
    for _ in range(1000):  # whole range of x, y keeping y·log x inside the finite range of exp
        x = random_positive_double(rng)
        pairs.append((x, rng.uniform(-745, 709) / math.log(x) if x != 1 else 3.0))
    pairs += [(rng.uniform(0, 10), rng.uniform(-50, 50)) for _ in range(800)]
    pairs += [(rng.uniform(0.1, 100), rng.randrange(-60, 61) + rng.choice((0, 0.5))) for _ in range(500)]
    for _ in range(600):  # x near 1 with large |y|, including overflow and underflow
        x = 1 + rng.choice((1, -1)) * log_uniform(rng, -15, -3)
        pairs.append((x, rng.choice((1, -1)) * rng.uniform(0, 760) / abs(math.log(x))))
    for _ in range(400):  # negative x with integer y
        pairs.append((-rng.uniform(0.1, 10), float(rng.randrange(-300, 301))))
    for _ in range(200):  # subnormal x
        pairs.append((math.ldexp(rng.random(), -1022 - rng.randrange(52)), rng.uniform(-0.7, 1.2)))
    for _ in range(300):  # results near the overflow and underflow thresholds and in the subnormals
        x = rng.uniform(1.5, 1e3)
        target = rng.choice((rng.uniform(709.0, 709.8), rng.uniform(-745.2, -700.0)))
        pairs.append((x, target / math.log(x)))
    pairs += [(b, float(k)) for b in (2.0, 3.0, 10.0, 0.5, -2.0, -3.0) for k in range(-40, 41)]
    pairs += [(x, y) for x in (4.0, 9.0, 0.25, 2.0, 1e-300, 1e300) for y in (0.5, -0.5, 1.5, 1 / 3)]
    huge = (1e300, -1e300, 2.0 ** 60, -(2.0 ** 60), 2.0 ** 53 + 2)  # even integers: overflow, underflow
    pairs += [(x, y) for x in (1 + 2.0 ** -52, 1 - 2.0 ** -53, 0.5, 2.0, -0.5, -2.0, 1e-310) for y in huge]
    return pairs


def power(x, y):
    sign = -1 if x < 0 and y % 2 == 1 else 1
    return sign * mpmath.power(abs(mpf(x)), mpf(y))


def main():
    rng = random.Random(20261121)
    write("exp", [((x,), mpmath.exp(mpf(x))) for x in exp_arguments(rng)])
    write("expm1", [((x,), mpmath.expm1(mpf(x))) for x in expm1_arguments(rng)])
    write("log", [((x,), mpmath.log(mpf(x))) for x in log_arguments(rng)])
    write("log1p", [((x,), mpmath.log1p(mpf(x))) for x in log1p_arguments(rng)])
    write("pow", [((x, y), power(x, y)) for x, y in pow_arguments(rng)])


if __name__ == "__main__":
    main()
