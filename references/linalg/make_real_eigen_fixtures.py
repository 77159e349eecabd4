#!/usr/bin/env python3
"""Reference eigenvalues for RealEigenvalues (general real matrices): numpy.linalg.eigvals (LAPACK dgeev) of seeded
matrices — a random 50 x 50 scaled to norm about 2, a row-standardised 5-nearest-neighbour weights matrix of 100
random points, a normal matrix Q D Q' with repeated real eigenvalues and a repeated complex pair, a 7-cycle
permutation (roots of unity), an upper triangular matrix, and 1 x 1 and 2 x 2 (real and complex) edge cases —
written to Tests/PanelCoreTests/Fixtures/linalg/real-eigen.json as {"name", "matrix" (rows), "real", "imaginary",
"condition"} (condition: 1/|y'x| of the unit left and right eigenvectors from scipy.linalg.eig; the knn matrix has
a defective eigenvalue -1/5, condition about 1e8, that LAPACK itself finds only to about 1e-8),
sorted by descending real part then imaginary part (the test matches eigenvalues to the nearest one anyway).
Run from the repository root:  python3 references/linalg/make_real_eigen_fixtures.py
"""
import json
import os

import numpy as np
import scipy.linalg

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                   "Tests", "PanelCoreTests", "Fixtures", "linalg", "real-eigen.json")


def knn_weights(points, k):
    d = ((points[:, None, :] - points[None, :, :]) ** 2).sum(axis=2)
    np.fill_diagonal(d, np.inf)
    w = np.zeros_like(d)
    for i in range(len(points)):
        w[i, np.argsort(d[i], kind="stable")[:k]] = 1.0
    return w / w.sum(axis=1, keepdims=True)


def case(name, a):
    values = np.linalg.eigvals(a)
    order = sorted(range(len(values)), key=lambda i: (-values[i].real, -values[i].imag))
    both, left, right = scipy.linalg.eig(a, left=True, right=True)
    condition = []
    for i in order:
        k = int(np.argmin(abs(both - values[i])))
        overlap = abs(np.vdot(left[:, k], right[:, k]))
        condition.append(float(1 / overlap) if overlap > 0 else 1e300)
    return {"name": name, "matrix": a.tolist(), "real": [float(values[i].real) for i in order],
            "imaginary": [float(values[i].imag) for i in order], "condition": condition}


def main():
    rng = np.random.default_rng(20261122)
    cases = [case("random50", rng.normal(size=(50, 50)) / np.sqrt(50)),
             case("knn100", knn_weights(rng.uniform(size=(100, 2)), 5))]
    q, _ = np.linalg.qr(rng.normal(size=(10, 10)))
    d = np.zeros((10, 10))
    d[:4, :4] = np.diag([0.5, 0.5, 0.5, -0.25])
    for start in (4, 6):
        d[start:start + 2, start:start + 2] = [[0.3, 0.6], [-0.6, 0.3]]
    d[8:, 8:] = [[-0.2, 0.1], [-0.1, -0.2]]
    cases.append(case("repeated_complex10", q @ d @ q.T))
    cases.append(case("cycle7", np.roll(np.eye(7), 1, axis=1)))
    cases.append(case("triangular5", np.triu(rng.normal(size=(5, 5)))))
    cases.append(case("one", np.array([[0.75]])))
    cases.append(case("two_real", np.array([[0.5, 0.25], [0.125, -0.5]])))
    cases.append(case("two_complex", np.array([[0.5, -0.75], [0.25, 0.5]])))
    with open(OUT, "w") as f:
        json.dump(cases, f)


if __name__ == "__main__":
    main()
