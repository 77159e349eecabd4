"""Reference values for PanelCore's distributions and special functions, from mpmath at 50 digits.

Writes Tests/PanelCoreTests/Fixtures/distributions/*.txt, one whitespace-separated row per case, every number
as repr(float) (17 significant digits). Arguments are the doubles written, read back exactly by mpmath.

- normal.txt      z, cdf, sf                        (mpmath ncdf)
- t.txt           df, t, cdf, sf                    (df = inf is the normal limit)
- chi2.txt        df, x, cdf, sf                    (regularized incomplete gamma)
- f.txt           df1, df2, x, cdf, sf              (regularized incomplete beta)
- quantiles.txt   family, df1, df2, p, quantile     (family 0 normal, 1 t, 2 chi2, 3 F; unused df are 0)
- special.txt     function, x, value                (0 logGamma, 1 erf, 2 erfc)

Where mpmath's hypergeometric series do not converge (both beta parameters or the gamma shape huge), the
ratio is the integral of the density by tanh-sinh quadrature on a window of 60 standard deviations around
the argument, split at every standard deviation. Quantiles: Newton's method on log(tail) against log x in
mpmath with the exact density for the slope, started from scipy's ppf/isf (or 1), to 1e-28 relative.
Deterministic: no random numbers. Run: python3 references/distributions/make_distribution_fixtures.py
"""
import math
import os

import scipy.stats as st
from mpmath import mp, mpf, ncdf, npdf, gammainc, betainc, loggamma, erf, erfc, exp, log, sqrt, quad, inf

mp.dps = 50
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "PanelCoreTests", "Fixtures", "distributions")
NoConvergence = mp.NoConvergence


def r(v):
    return repr(float(v))


def windowed(logpdf, x, mode, sd, lo, hi):
    """(lower, upper) tail of a unimodal density by quadrature of the tail that does not contain the mode,
    on 60 standard deviations split at nodes that crowd towards x (where the integrand is largest)."""
    width = 60 * sd
    nodes = [(mpf(k) / 80) ** 3 for k in range(81)]
    if x <= mode:
        start = max(lo, x - width)
        lower = quad(lambda t: exp(logpdf(t)), [x - (x - start) * w for w in reversed(nodes)])
        return lower, 1 - lower
    end = min(hi, x + width)
    upper = quad(lambda t: exp(logpdf(t)), [x + (end - x) * w for w in nodes])
    return 1 - upper, upper


def gamma_tails(a, g):
    """(P(a, g), Q(a, g))."""
    a, g = mpf(a), mpf(g)
    if g == 0:
        return mpf(0), mpf(1)
    try:
        if a > 1e4:
            raise NoConvergence
        p = gammainc(a, 0, g, regularized=True)
        q = gammainc(a, g, inf, regularized=True)
        return p, q
    except NoConvergence:
        norm = loggamma(a)
        return windowed(lambda t: (a - 1) * log(t) - t - norm if t > 0 else -inf, g, a - 1, sqrt(a), 0, inf)


def beta_tails(a, b, x, y):
    """(I_x(a, b), 1 - I_x(a, b)) with y = 1 - x given separately (1 - x may be far below 10^-50)."""
    a, b, x, y = mpf(a), mpf(b), mpf(x), mpf(y)
    if x == 0:
        return mpf(0), mpf(1)
    if y == 0:
        return mpf(1), mpf(0)
    try:
        if min(a, b) > 1e4:
            raise NoConvergence
        # Each tail as an integral from its own end point (betainc(a, b, x, 1) would be a difference); when
        # y (or x) is below 1e-40, x (or y) is 1 to working precision and its tail is 1 - the other one.
        lower = betainc(a, b, 0, x, regularized=True) if y > 1e-40 else None
        upper = betainc(b, a, 0, y, regularized=True) if x > 1e-40 else None
        return (1 - upper if lower is None else lower), (1 - lower if upper is None else upper)
    except NoConvergence:
        norm = loggamma(a) + loggamma(b) - loggamma(a + b)
        sd = sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
        logpdf = lambda t: (a - 1) * log(t) + (b - 1) * log(1 - t) - norm if 0 < t < 1 else -inf
        return windowed(logpdf, x, (a - 1) / (a + b - 2), sd, 0, 1)  # used only when x and y are both O(1)


def t_tails(df, t):
    t = mpf(t)
    if df == math.inf:
        return ncdf(t), ncdf(-t)
    nu = mpf(df)
    if t == 0:
        return mpf(1) / 2, mpf(1) / 2
    small, big = beta_tails(nu / 2, mpf(1) / 2, nu / (nu + t * t), t * t / (nu + t * t))
    half_small = small / 2
    return (half_small, 1 - half_small) if t < 0 else (1 - half_small, half_small)


def f_tails(d1, d2, f):
    d1, d2, f = mpf(d1), mpf(d2), mpf(f)
    if f <= 0:
        return mpf(0), mpf(1)
    return beta_tails(d1 / 2, d2 / 2, d1 * f / (d1 * f + d2), d2 / (d1 * f + d2))


def chi2_tails(df, x):
    return gamma_tails(mpf(df) / 2, mpf(x) / 2)


def family_tails(family, d1, d2, x):
    if family == 0:
        return ncdf(x), ncdf(-x)
    if family == 1:
        return t_tails(d1, x)
    if family == 2:
        return chi2_tails(d1, x)
    return f_tails(d1, d2, x)


def scipy_start(family, d1, d2, target, upper):
    """A positive start for Newton from scipy (an independent implementation), or a crude one."""
    dist = [st.norm(), st.t(d1) if d1 != math.inf else st.norm(), st.chi2(d1), st.f(d1, d2)][family]
    x = dist.isf(target) if upper else dist.ppf(target)
    if not math.isfinite(x) or x <= 0:
        x = 1.0
    return x


def quantile(family, d1, d2, p):
    """Newton on log(tail) against u = log x in mpmath, on x > 0: normal and t by symmetry from the upper
    tail q = min(p, 1 - p); chi-square and F from the cdf (p < 1/2) or the survival function."""
    if p == 0.5 and family <= 1:
        return mpf(0)
    p = mpf(p)
    symmetric = family <= 1
    upper = symmetric or p >= mpf(1) / 2
    target = min(p, 1 - p) if symmetric else (1 - p if upper else p)

    def g(u):
        """log(tail/target) and its derivative in u = log x (x times the density over the tail)."""
        x = exp(u)
        lower_tail, upper_tail = family_tails(family, d1, d2, x)
        tail = upper_tail if upper else lower_tail
        if tail == 0:
            return None
        slope = x * density(family, d1, d2, x) / tail
        return log(tail) - log(target), -slope if upper else slope

    u = log(scipy_start(family, d1, d2, float(target), upper))
    for _ in range(300):
        evaluated = g(u)
        if evaluated is None:  # past the end of a quadrature window: step back towards the bulk
            u += -1 if upper else 1
            continue
        value, slope = evaluated
        step = max(min(value / slope, mpf(100)), mpf(-100))
        u -= step
        if abs(step) < mpf(10) ** -28:
            x = exp(u)
            return -x if symmetric and p < mpf(1) / 2 else x
    raise RuntimeError("no convergence %s %s %s %s" % (family, d1, d2, p))


def density(family, d1, d2, x):
    """The probability density at x > 0."""
    if family == 0 or (family == 1 and d1 == math.inf):
        return npdf(x)
    if family == 1:
        nu = mpf(d1)
        return exp(loggamma((nu + 1) / 2) - loggamma(nu / 2) - log(nu * mp.pi) / 2
                   - (nu + 1) / 2 * mp.log1p(x * x / nu))
    if family == 2:
        k = mpf(d1) / 2
        return exp((k - 1) * log(x) - x / 2 - loggamma(k) - k * log(2))
    a, b = mpf(d1) / 2, mpf(d2) / 2
    return exp(a * log(mpf(d1)) + b * log(mpf(d2)) + (a - 1) * log(x) - (a + b) * log(d1 * x + d2)
               - loggamma(a) - loggamma(b) + loggamma(a + b))


PROBABILITIES = [1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-11, 1e-10, 1e-5, 1e-3, 0.01, 0.025, 0.05, 0.1, 0.2,
                 0.25, 0.3, 0.4, 0.45, 0.49, 0.4999999, 0.5, 0.5000001, 0.6, 0.75, 0.9, 0.95, 0.975, 0.99, 0.999,
                 1 - 1e-10, 1 - 2**-50]
SMALL_AND_MODERATE = [0.1, 0.5, 1, 1.5, 2.5, 3, 5, 10, 30, 100]
HUGE = [1e6, 1e10]


def write(name, rows):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w") as f:
        for row in rows:
            f.write(" ".join(row) + "\n")


def main():
    normal_z = [-38.4, -37.5, -30.0, -20.0, -10.0, -8.0, -5.0, -3.0, -1.5, -1.0, -0.5, -1e-3, -1e-10, 0.0, 1e-10,
                1e-3, 0.3, 0.5, 0.7, 0.7071, 1.0, 1.2, 2.0, 3.7, 5.0, 8.0, 10.0, 20.0, 37.0, 38.0]
    write("normal.txt", [[r(z)] + [r(v) for v in (ncdf(z), ncdf(-z))] for z in normal_z])

    t_rows = []
    for df in SMALL_AND_MODERATE + HUGE + [math.inf]:
        for t in [1e-10, 1e-3, 0.5, 1.0, 2.0, 5.0, 30.0, 1e3, 1e10, 1e100]:
            for signed in (-t, t):
                t_rows.append([r(df), r(signed)] + [r(v) for v in t_tails(df, signed)])
    write("t.txt", t_rows)

    chi2_rows = []
    for df in SMALL_AND_MODERATE + [1000] + HUGE:
        spread = math.sqrt(2 * df)
        xs = [1e-300, 1e-100, 1e-10, 1e-3, 0.1, 1.0, 10.0, 100.0, 1000.0]
        xs += [df + k * spread for k in (-5, -2, -1, -0.1, 0, 0.1, 1, 2, 5, 10, 40)]
        for x in sorted(set(x for x in xs if x > 0)):
            chi2_rows.append([r(df), r(x)] + [r(v) for v in chi2_tails(df, x)])
    write("chi2.txt", chi2_rows)

    f_rows = []
    f_pairs = [(0.1, 0.5), (0.5, 0.1), (1, 1), (1.5, 2.5), (3, 3), (2.5, 10), (5, 30), (10, 100), (100, 10),
               (1e6, 5), (3, 1e10), (1e6, 1e6), (1e10, 1e10)]
    for d1, d2 in f_pairs:
        xs = [1e-300, 1e-100, 1e-10, 1e-3, 0.1, 0.5, 1.0, 2.0, 5.0, 50.0, 1e5, 1e10, 1e100]
        if min(d1, d2) >= 1e6:
            spread = math.sqrt(2 / d1 + 2 / d2)
            xs = [1 + k * spread for k in (-30, -5, -2, -1, -0.1, 0, 0.1, 1, 2, 5, 30)]
        for x in xs:
            f_rows.append([r(d1), r(d2), r(x)] + [r(v) for v in f_tails(d1, d2, x)])
    write("f.txt", f_rows)

    quantile_rows = []
    cases = [(0, 0, 0)] + [(1, df, 0) for df in SMALL_AND_MODERATE + HUGE] \
        + [(2, df, 0) for df in SMALL_AND_MODERATE + HUGE] + [(3, d1, d2) for d1, d2 in f_pairs]
    for family, d1, d2 in cases:
        for p in PROBABILITIES:
            q = quantile(family, d1, d2, p)
            quantile_rows.append([str(family), r(d1), r(d2), r(p), r(q)])
    write("quantiles.txt", quantile_rows)

    special = []
    for x in [1e-300, 1e-20, 1e-8, 0.001, 0.1, 0.5, 0.9, 0.999, 1.0, 1.0 + 2**-40, 1.001, 1.5, 1.999, 2.0, 2.001,
              2.5, 3.0, 4.5, 7.25, 9.99, 10.0, 10.5, 50.0, 171.5, 1e3, 1e6, 1e15, 1e300, -0.5, -1.5, -2.5,
              -3.3, -10.1, -100.7]:
        special.append(["0", r(x), r(loggamma(x).real if x > 0 else log(abs(mp.gamma(x))))])
    for x in [-30.0, -6.0, -3.0, -1.0, -0.5, -1e-3, -1e-300, 1e-300, 1e-10, 1e-3, 0.1, 0.3, 0.49, 0.5, 0.51,
              0.8, 1.0, 1.5, 2.0, 3.0, 4.0, 5.9, 10.0, 20.0, 26.0, 27.0]:
        special.append(["1", r(x), r(erf(x))])
        special.append(["2", r(x), r(erfc(x))])
    write("special.txt", special)


if __name__ == "__main__":
    main()
