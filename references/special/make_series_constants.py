"""Prints the series coefficients hard-coded in Sources/PanelCore/Numerics (17 significant digits).

- lgamma(2 + z) = (1 - gamma) z + sum_{k>=2} (-1)^k (zeta(k) - 1) / k z^k   (Abramowitz & Stegun 6.1.33 shifted)
- Stirling correction lgamma(x) - [(x - 1/2) log x - x + log(2 pi)/2] = sum_k B_{2k} / (2k (2k - 1) x^(2k - 1))
Deterministic; needs mpmath only.
"""
from mpmath import mp, zeta, bernoulli, euler, log, pi, sqrt, mpf

mp.dps = 40


def r(v):
    return repr(float(v))


print("lgamma(2+z) coefficients, z^1 .. z^30:")
coefficients = [1 - euler] + [(-1) ** k * (zeta(k) - 1) / k for k in range(2, 31)]
print(",\n".join(r(c) for c in coefficients))
print("Stirling correction coefficients B_2k / (2k (2k - 1)), k = 1 .. 10:")
print(",\n".join(r(bernoulli(2 * k) / (2 * k * (2 * k - 1))) for k in range(1, 11)))
print("half log(2 pi):", r(log(2 * pi) / 2))
print("log(pi):", r(log(pi)))
print("1/sqrt(pi):", r(1 / sqrt(pi)))
print("2/sqrt(pi):", r(2 / sqrt(pi)))
print("1/sqrt(2 pi):", r(1 / sqrt(2 * pi)))
print("sqrt(2 pi):", r(sqrt(2 * pi)))
print("sqrt(1/2):", r(sqrt(mpf(1) / 2)))
print("pi:", r(pi))
print("log(sinh v / v) coefficients 2^(2n) B_2n / (2n (2n)!), n = 1 .. 15:")
from mpmath import factorial
print(",\n".join(r(2 ** (2 * n) * bernoulli(2 * n) / (2 * n * factorial(2 * n))) for n in range(1, 16)))
