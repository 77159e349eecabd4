"""Reference fixtures for PanelCore's dense linear algebra (Tests/PanelCoreTests/Fixtures/linalg/).

Each case is built with a known structure (Q diag Q^T from random orthogonal Q, exact linear dependence)
and the reference decompositions come from numpy.linalg / scipy.linalg.lapack (LAPACK). Deterministic
(seeded). Run from the repository root:  python3 references/linalg/make_linalg_fixtures.py

Output format (one case per file; numbers are repr(float), i.e. shortest round-trip, 17 significant digits):
    # comment lines
    matrix <name> <rows> <columns>      followed by <rows> lines of <columns> numbers (row by row)
    vector <name> <count>               followed by one line of <count> numbers
    scalar <name> <value>
"""
import os

import numpy as np
import scipy.linalg.lapack as lapack

SEED = 20261121
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "PanelCoreTests", "Fixtures", "linalg")
rng = np.random.default_rng(SEED)


def orthogonal(n):
    """A random orthogonal matrix (QR of a Gaussian matrix with R's diagonal made positive)."""
    q, r = np.linalg.qr(rng.standard_normal((n, n)))
    return q * np.sign(np.diag(r))


def write(name, items, note):
    lines = [f"# {note}", f"# produced by references/linalg/make_linalg_fixtures.py, numpy {np.__version__}, seed {SEED}"]
    for kind, key, value in items:
        if kind == "matrix":
            value = np.atleast_2d(np.asarray(value, dtype=float))
            lines.append(f"matrix {key} {value.shape[0]} {value.shape[1]}")
            lines += [" ".join(repr(float(v)) for v in row) for row in value]
        elif kind == "vector":
            value = np.asarray(value, dtype=float).ravel()
            lines.append(f"vector {key} {value.size}")
            lines.append(" ".join(repr(float(v)) for v in value))
        else:
            lines.append(f"scalar {key} {float(value)!r}")
    with open(os.path.join(OUT, name + ".txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


def spd(n):
    """SPD A = Q diag(λ) Qᵀ, λ log-uniform in [0.5, 20]; inverse, Cholesky factor and a solve from LAPACK."""
    values = np.exp(rng.uniform(np.log(0.5), np.log(20), n))
    q = orthogonal(n)
    a = q @ np.diag(values) @ q.T
    a = (a + a.T) / 2
    b = rng.standard_normal(n)
    write(f"spd-{n}", [("matrix", "a", a), ("matrix", "inverse", np.linalg.inv(a)),
                       ("matrix", "lower", np.linalg.cholesky(a)), ("vector", "b", b),
                       ("vector", "solution", np.linalg.solve(a, b))],
          "symmetric positive definite matrix, eigenvalues in [0.5, 20]")


def not_positive_definite(n, negative_at):
    """Symmetric indefinite A; LAPACK dpotrf's info gives the first failing pivot (1-based)."""
    values = np.exp(rng.uniform(np.log(0.5), np.log(20), n))
    values[negative_at] = -0.75
    q = orthogonal(n)
    a = q @ np.diag(values) @ q.T
    a = (a + a.T) / 2
    info = lapack.dpotrf(a, lower=1)[1]
    assert info > 0
    write(f"indefinite-{n}", [("matrix", "a", a), ("scalar", "failing_pivot", info - 1)],
          "symmetric indefinite matrix; failing_pivot is LAPACK dpotrf info - 1 (0-based)")


def eigen(n):
    """Symmetric A = Q diag(λ) Qᵀ with distinct known eigenvalues of both signs; reference numpy.linalg.eigh."""
    known = np.sort(rng.uniform(-10, 10, n))[::-1]
    q = orthogonal(n)
    a = q @ np.diag(known) @ q.T
    a = (a + a.T) / 2
    values, vectors = np.linalg.eigh(a)
    order = np.argsort(values)[::-1]
    write(f"eigen-{n}", [("matrix", "a", a), ("vector", "known_values", known),
                         ("vector", "values", values[order]), ("matrix", "vectors", vectors[:, order])],
          "symmetric matrix with known eigenvalues; values/vectors from numpy.linalg.eigh, descending")


def svd(rows, columns):
    """A = U diag(σ) Vᵀ with known σ log-uniform in [1e-3, 1e3]; reference numpy.linalg.svd (thin)."""
    k = min(rows, columns)
    known = np.sort(np.exp(rng.uniform(np.log(1e-3), np.log(1e3), k)))[::-1]
    u = orthogonal(rows)[:, :k]
    v = orthogonal(columns)[:, :k]
    a = u @ np.diag(known) @ v.T
    left, sigma, right_t = np.linalg.svd(a, full_matrices=False)
    write(f"svd-{rows}x{columns}", [("matrix", "a", a), ("vector", "known_values", known),
                                    ("vector", "values", sigma), ("matrix", "u", left), ("matrix", "v", right_t.T)],
          "matrix with known singular values; values/vectors from numpy.linalg.svd(full_matrices=False)")


def near_singular(rows, perturbation):
    """X (rows × 5) whose column 4 is x0 − 2 x1 + 0.5 x3 plus `perturbation` × a random unit vector."""
    x = rng.standard_normal((rows, 5))
    noise = rng.standard_normal(rows)
    x[:, 4] = x[:, 0] - 2 * x[:, 1] + 0.5 * x[:, 3] + perturbation * noise / np.linalg.norm(noise)
    null = np.array([1.0, -2.0, 0.0, 0.5, -1.0])
    sigma = np.linalg.svd(x, compute_uv=False)
    write(f"nearsingular-{rows}-{perturbation:g}",
          [("matrix", "x", x), ("vector", "null_vector", null / np.linalg.norm(null)),
           ("vector", "singular_values", sigma), ("scalar", "perturbation", perturbation)],
          "column 4 = x0 - 2 x1 + 0.5 x3 + perturbation * unit noise; singular values from numpy.linalg.svd")


def main():
    os.makedirs(OUT, exist_ok=True)
    for n in (1, 4, 12):
        spd(n)
    not_positive_definite(5, 2)
    for n in (1, 5, 10):
        eigen(n)
    for rows, columns in ((8, 5), (4, 7), (40, 6), (1, 1)):
        svd(rows, columns)
    near_singular(20, 0.0)
    near_singular(20, 1e-10)


if __name__ == "__main__":
    main()
