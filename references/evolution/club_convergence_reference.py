"""Club convergence fixtures for `club_convergence` (Tests/PanelCoreTests/Fixtures/evolution/club_convergence_<case>.json).

Reference: the Python port of R ConvergenceClubs, convergence-clubs 0.1.2 (`pip install convergence-clubs`):
`hp_filter(log y, lamb=400)` and `find_clubs(time_trim=0.3, hac_method="FQSB", cstar=0, cstar_method="fixed",
core_rule="max_t")` (Phillips and Sul 2007: core by the largest t, sieve with c* = 0), `merge_clubs(method="PS")`
(Phillips and Sul 2009, one pass) and `log_t_test` of all units. Cross-checked here against an independent NumPy implementation written from Phillips and Sul (2007, 2009):
the HP trend by solving (I + lambda D'D) tau = y, H_t = mean (h_it - 1)^2 with h_it = X_it / mean_i X_it, the log t
regression on t = [rT] + 1..T by lstsq, the long-run variance of Phillips-Sul's GAUSS code (QS kernel, Andrews AR(1)
bandwidth, the code's 1/(T - 1) scaling) — to 1e-10.
Cases: NQP of the example panel (nqpf_evolution.csv; 45 cities, 11 years, [rT] = 3); a simulated panel with three
clubs (N = 30, T = 40, numpy default_rng(7)), written as club_convergence_simulated.csv.
Run from the repository root: python3 references/evolution/club_convergence_reference.py
"""
import json
import math
import os

import convergence_clubs as cc
import numpy as np
import pandas as pd

OUT = "Tests/PanelCoreTests/Fixtures/evolution"


def hp(y, lamb):
    n = y.size
    D = np.zeros((n - 2, n))
    for r in range(n - 2):
        D[r, r:r + 3] = [1, -2, 1]
    return np.linalg.solve(np.eye(n) + lamb * D.T @ D, y)


def log_t(X, trim):
    T = X.shape[1]
    h = X / X.mean(axis=0)
    H = ((h - 1) ** 2).mean(axis=0)
    k = int(trim * T)
    t = np.arange(k + 1, T + 1)
    y = np.log(H[0] / H[t - 1]) - 2 * np.log(np.log(t))
    A = np.column_stack([np.ones(t.size), np.log(t)])
    coef = np.linalg.lstsq(A, y, rcond=None)[0]
    u = y - A @ coef
    rho = (u[:-1] @ u[1:]) / (u[:-1] @ u[:-1])
    bw = 1.3221 * (4 * rho ** 2 / (1 - rho) ** 4 * u.size) ** 0.2
    m = u.size - 1
    lrv = u @ u / m
    for lag in range(1, m):
        z = 1.2 * math.pi * lag / bw
        lrv += 2 * (u[:m - lag] @ u[lag:m]) * (math.sin(z) / z - math.cos(z)) * 3 / z ** 2 / m
    se = math.sqrt(np.linalg.inv(A.T @ A)[1, 1] * lrv)
    return coef[1], se


def record(test):
    return {"coefficient": test.beta, "std_error": test.std_err, "t": test.t_value, "p_value": test.p_value, "intercept": test.alpha}


def case(frame, variable, name):
    wide = frame.pivot(index="city", columns="year", values=variable)
    units = list(dict.fromkeys(frame["city"]))
    wide = wide.loc[units]
    X = cc.hp_filter(np.log(wide), 400.0)
    mine = np.array([hp(np.log(row), 400.0) for row in wide.to_numpy()])
    assert np.max(np.abs(mine - X.to_numpy())) < 1e-10
    overall = cc.log_t_test(cc.cross_sectional_variation(X.to_numpy()), time_trim=0.3)
    b, se = log_t(mine, 0.3)
    assert abs(b - overall.beta) < 1e-10 and abs(se - overall.std_err) < 1e-10 * se
    clubs = cc.find_clubs(X, time_trim=0.3, hac_method="FQSB", cstar=0.0, cstar_method="fixed", core_rule="max_t")
    members = []
    for club in clubs.clubs:
        names = [units[i] for i in club.ids] if all(isinstance(i, (int, np.integer)) for i in club.ids) else list(club.ids)
        sub = np.array([mine[units.index(u)] for u in names])
        b, se = log_t(sub, 0.3)
        assert abs(b - club.model.beta) < 1e-10 and abs(se - club.model.std_err) < 1e-10 * se
        members.append({"units": names, "log_t": record(club.model)})
    merged = []
    for club in cc.merge_clubs(clubs, method="PS").clubs:
        origins = [int(name.removeprefix("club")) for name in club.merged_from]
        merged.append({"units": [units[i] for i in club.ids], "merged_from": origins, "log_t": record(club.model)})
    divergent = [units[i] if isinstance(i, (int, np.integer)) else i for i in clubs.divergent_ids]
    return {"versions": {"convergence-clubs": cc.__version__, "numpy": np.__version__, "pandas": pd.__version__},
            "model": {"estimator": "club_convergence", "variable": variable},
            "expected": {"trimmed_periods": int(0.3 * wide.shape[1]), "overall": record(overall), "clubs": members, "merged_clubs": merged,
                         "divergent": divergent}}


def simulate():
    rng = np.random.default_rng(7)
    n, T = 30, 40
    targets = np.repeat([2.0, 1.0, 0.3], 10)
    start = rng.normal(1.0, 0.6, size=n)
    t = np.arange(1, T + 1)
    logs = targets[:, None] + (start - targets)[:, None] * np.exp(-0.12 * t)[None, :] + 0.01 * rng.normal(size=(n, T))
    return pd.DataFrame({"city": np.repeat([f"u{i:02d}" for i in range(n)], T), "year": np.tile(2000 + t, n),
                         "y": np.exp(logs).reshape(-1)})


def main():
    data = pd.read_csv(os.path.join(OUT, "nqpf_evolution.csv"))
    simulated = simulate()
    simulated.to_csv(os.path.join(OUT, "club_convergence_simulated.csv"), index=False, lineterminator="\n")
    simulated = pd.read_csv(os.path.join(OUT, "club_convergence_simulated.csv"))
    for name, frame, variable in [("nqp", data, "NQP"), ("simulated", simulated, "y")]:
        with open(os.path.join(OUT, f"club_convergence_{name}.json"), "w") as f:
            json.dump(case(frame, variable, name), f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
