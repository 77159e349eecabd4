#!/usr/bin/env python3
"""Accuracy of the Lanczos log-determinant against the exact eigenvalues on the benchmark data (make_data.py): runs
the release CLI on the same SDM request (two-way effects, Durbin tests, delta-method effects, observed information on
both paths so only the spectrum differs) with "log_determinant": "eigenvalues" and with Lanczos (P probes, M steps,
seeds 0..S-1), and prints the largest differences relative to the exact estimates and in units of the exact standard
errors, with the time of each run. Usage (repository root, after `swift build -c release --product panelcore`):
bench/spatial/accuracy.py N T [P M S]
"""
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.path.join(ROOT, ".build", "release", "panelcore")


def run(request, options, path):
    request["model"]["options"] = dict(request["model"]["options"], effects="delta", information="observed", **options)
    with open(path, "w") as f:
        json.dump(request, f)
    start = time.time()
    out = subprocess.run([CLI, "run", path], capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    assert result["ok"], result
    return result["result"], time.time() - start


def summary(r):
    rows = r["coefficients"]
    effects = [row for kind in ["direct", "indirect", "total"] for row in r["effects"][kind]]
    return {"estimate": [row["estimate"] for row in rows], "se": [row["std_error"] for row in rows],
            "effect": [row["estimate"] for row in effects], "effect_se": [row["std_error"] for row in effects],
            "tests": [t["statistic"] for t in r["tests"]], "logll": [r["log_likelihood"]]}


def main():
    n, t = int(sys.argv[1]), int(sys.argv[2])
    probes, steps, seeds = (int(a) for a in (sys.argv[3:6] if len(sys.argv) > 5 else (30, 30, 1)))
    work = tempfile.mkdtemp()
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "spatial", "make_data.py"), str(n), str(t), work], check=True)
    request = json.load(open(os.path.join(work, f"sdm_{n}x{t}.json")))
    exact, seconds = run(request, {"log_determinant": "eigenvalues"}, os.path.join(work, "exact.json"))
    print(f"N x T = {n} x {t}; eigenvalues: {seconds:.2f} s, rho = {exact['coefficients'][-1]['estimate']!r}")
    e = summary(exact)
    for seed in range(seeds):
        method = {"method": "lanczos", "probes": probes, "steps": steps, "seed": seed}
        approx, seconds = run(request, {"log_determinant": method}, os.path.join(work, "lanczos.json"))
        a = summary(approx)
        in_se = max(abs(x - y) / s for x, y, s in zip(a["estimate"], e["estimate"], e["se"]))
        rel = {key: max(abs(x - y) / max(abs(y), 1e-300) for x, y in zip(a[key], e[key])) for key in e}
        print(f"lanczos P={probes} M={steps} seed={seed}: {seconds:.2f} s; rho = {approx['coefficients'][-1]['estimate']!r}; "
              f"max |diff| of estimates = {in_se:.2e} exact s.e.; max relative: "
              + ", ".join(f"{key} {value:.1e}" for key, value in rel.items())
              + f"; interval {approx['spatial_interval']} vs {exact['spatial_interval']}")


if __name__ == "__main__":
    main()
