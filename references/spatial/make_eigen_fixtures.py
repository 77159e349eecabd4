#!/usr/bin/env python3
"""Reference eigenvalues for SymmetricTridiagonalEigenvalues: numpy.linalg.eigh of seeded random symmetric matrices
(sizes 1, 2, 3, 7, 40, 120; one with repeated eigenvalues, one row-standardised-weights similar matrix) with the
squared projections (1'v_k)^2 of the ones vector, written to Fixtures/spatial/eigen.json.
Run from the repository root:  python3 references/spatial/make_eigen_fixtures.py
"""
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                   "Tests", "PanelCoreTests", "Fixtures", "spatial")


def case(a):
    values, vectors = np.linalg.eigh(a)
    order = np.argsort(-values, kind="stable")
    return {"matrix": a.tolist(), "values": values[order].tolist(),
            "projections": ((np.ones(len(a)) @ vectors) ** 2)[order].tolist()}


def main():
    rng = np.random.default_rng(20261123)
    cases = []
    for n in [1, 2, 3, 7, 40, 120]:
        b = rng.normal(size=(n, n))
        cases.append(case((b + b.T) / 2))
    q, _ = np.linalg.qr(rng.normal(size=(9, 9)))
    cases.append(case(q @ np.diag([3, 3, 3, 1, 1, -2, 0, 0, 5.0]) @ q.T))
    c = rng.uniform(size=(30, 30)) * (rng.uniform(size=(30, 30)) < 0.2)
    c = np.triu(c, 1)
    c = c + c.T + np.diag(np.zeros(30))
    c[0, 1] = c[1, 0] = 1.0
    d = c.sum(axis=1)
    d[d == 0] = 1
    cases.append(case(c / np.sqrt(np.outer(d, d))))
    with open(os.path.join(OUT, "eigen.json"), "w") as f:
        json.dump(cases, f)


if __name__ == "__main__":
    main()
