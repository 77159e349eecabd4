"""`evaluate` requests for the parity corpus: every numerical function of the core on every row of its committed
reference table, so native and wasm are compared bit for bit (the JSON writer prints the shortest round-trip
decimal, so equal text means equal bits)."""

import json
import math
import struct
from pathlib import Path


def from_hex(text):
    return struct.unpack(">d", bytes.fromhex(text))[0]


def numbers(path):
    """Whitespace-separated rows of a fixture table, as lists of fields (comment lines skipped)."""
    rows = []
    for line in Path(path).read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append(line.split())
    return rows


def request(function, argument_rows):
    """JSON cannot carry non-finite numbers: such rows (C99 special-value probes) are left out."""
    finite = [row for row in argument_rows if all(math.isfinite(x) for x in row)]
    body = {"abi": 1, "model": {"estimator": "evaluate", "function": function, "arguments": finite}}
    return json.dumps(body, separators=(",", ":"), allow_nan=False).encode()


def requests(fixtures):
    """{relative file name: request bytes} for every (function, table) pair."""
    out = {}
    elementary = fixtures / "elementary"
    for name in ["exp", "expm1", "log", "log1p"]:
        rows = [[from_hex(r[0])] for r in numbers(elementary / f"{name}.txt")]
        out[f"functions/{name}.json"] = request(name, rows)
    out["functions/pow.json"] = request("pow", [[from_hex(r[0]), from_hex(r[1])] for r in numbers(elementary / "pow.txt")])
    for table in sorted((fixtures / "boost-special").glob("ibeta*.txt")):
        rows = [[float(r[0]), float(r[1]), float(r[2])] for r in numbers(table)]
        for function in ["beta_i", "beta_ic"]:
            out[f"functions/{function}-{table.stem}.json"] = request(function, rows)
    for table in sorted((fixtures / "boost-special").glob("igamma*.txt")):
        rows = [[float(r[0]), float(r[1])] for r in numbers(table)]
        for function in ["gamma_p", "gamma_q"]:
            out[f"functions/{function}-{table.stem}.json"] = request(function, rows)
    distributions = fixtures / "distributions"
    normal = [[float(r[0])] for r in numbers(distributions / "normal.txt")]
    for function in ["normal_cdf", "normal_sf"]:
        out[f"functions/{function}.json"] = request(function, normal)
    t = [[float(r[1]), float(r[0])] for r in numbers(distributions / "t.txt")]
    for function in ["t_cdf", "t_sf", "t_pvalue"]:
        out[f"functions/{function}.json"] = request(function, t)
    chi2 = [[float(r[1]), float(r[0])] for r in numbers(distributions / "chi2.txt")]
    for function in ["chi2_cdf", "chi2_sf"]:
        out[f"functions/{function}.json"] = request(function, chi2)
    f = [[float(r[2]), float(r[0]), float(r[1])] for r in numbers(distributions / "f.txt")]
    for function in ["f_cdf", "f_sf"]:
        out[f"functions/{function}.json"] = request(function, f)
    quantiles = {0: ("normal_quantile", lambda r: [r[3]]), 1: ("t_quantile", lambda r: [r[3], r[1]]),
                 2: ("chi2_quantile", lambda r: [r[3], r[1]]), 3: ("f_quantile", lambda r: [r[3], r[1], r[2]])}
    for family, (function, arguments) in quantiles.items():
        rows = [arguments([float(x) for x in r]) for r in numbers(distributions / "quantiles.txt") if int(r[0]) == family]
        out[f"functions/{function}.json"] = request(function, rows)
    for kind, function in enumerate(["lgamma", "erf", "erfc"]):
        rows = [[float(r[1])] for r in numbers(distributions / "special.txt") if int(r[0]) == kind]
        out[f"functions/{function}.json"] = request(function, rows)
    return out
