"""Taylor coefficients in eta of Temme's c0(eta) and c1(eta) for the uniform asymptotic expansion of the
incomplete gamma ratios (DLMF 8.12.8-8.12.10): lambda = x/a, mu = lambda - 1,
eta^2/2 = mu - log(1 + mu) (eta with the sign of mu), c0 = 1/mu - 1/eta,
c1 = 1/eta^3 - 1/mu^3 - 1/mu^2 - 1/(12 mu).
Exact rational power-series arithmetic (fractions): eta = mu sqrt(A(mu)) with
A = sum_j 2 (-1)^j mu^j / (j + 2), reverted by fixed-point iteration. Prints 17 significant digits.
"""
from fractions import Fraction as F

N = 16


def mul(p, q):
    return [sum(p[i] * q[k - i] for i in range(k + 1)) for k in range(N)]


def inverse(p):
    out = [F(1) / p[0]] + [F(0)] * (N - 1)
    for k in range(1, N):
        out[k] = -sum(p[i] * out[k - i] for i in range(1, k + 1)) / p[0]
    return out


def sqrt_series(p):
    out = [F(1)] + [F(0)] * (N - 1)
    for k in range(1, N):
        out[k] = (p[k] - sum(out[i] * out[k - i] for i in range(1, k))) / 2
    return out


def compose(p, q):
    """p(q(eta)) for q with q[0] == 0."""
    out = [F(0)] * N
    power = [F(1)] + [F(0)] * (N - 1)
    for k in range(N):
        out = [o + p[k] * w for o, w in zip(out, power)]
        power = mul(power, q)
    return out


a = [F(2 * (-1) ** j, j + 2) for j in range(N)]
s = sqrt_series(a)                        # eta = mu * s(mu)
g = [F(0), F(1)] + [F(0)] * (N - 2)       # mu = g(eta)
for _ in range(N):
    g = [F(0)] + inverse(compose(s, g))[: N - 1]
big_g = g[1:] + [F(0)]                    # mu = eta * G(eta)
h = inverse(big_g)                        # eta / mu
h2, h3 = mul(h, h), mul(mul(h, h), h)
c0 = [h[k + 1] for k in range(N - 2)]
c1 = [-h3[k + 3] - h2[k + 2] - h[k + 1] / 12 for k in range(N - 4)]
for name, series in (("c0", c0), ("c1", c1)):
    print(name, ", ".join(str(c) for c in series))
    print(", ".join(repr(float(c)) for c in series))
