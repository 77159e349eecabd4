#!/usr/bin/env python3
"""Checks examples/nqpf_panel.csv against its documented data-generating process (not needed to regenerate it).

Independent tools only (pandas, numpy, linearmodels): descriptive statistics, the paper-style two-way fixed-effects
regressions next to the true parameters, the correctly specified structural regression, the geography x lagged
mobile instruments, an entropy-method rebuild of NQP from the 16 raw indicators and yearly Moran's I.
The numbers quoted in examples/README.md come from this script:  python3 examples/check_example_panel.py
"""
import math
import os

import numpy as np
import pandas as pd
from linearmodels.iv import IV2SLS
from linearmodels.panel import PanelOLS

import generate_example_panel as dgp

HERE = os.path.dirname(os.path.abspath(__file__))
CORE = ["NQP", "DF", "RI", "GLCT", "DAG", "DUG", "DCG", "UL", "CSL", "FDL", "TRL", "ESL"]
CONTROLS = "UL + CSL + FDL + TRL + ESL"
NEGATIVE = ["so2_intensity", "electricity_consumption"]
RAW_FIRST, RAW_LAST = "it_employment_share", "mobile_penetration"


def inverse_distance_weights(cities):
    lat, lon = np.radians(cities["latitude"].to_numpy()), np.radians(cities["longitude"].to_numpy())
    h = (np.sin((lat[:, None] - lat[None, :]) / 2) ** 2
         + np.cos(lat[:, None]) * np.cos(lat[None, :]) * np.sin((lon[:, None] - lon[None, :]) / 2) ** 2)
    distance = 2 * 6371.0 * np.arcsin(np.sqrt(h))
    inverse = np.where(distance > 0, 1.0 / np.where(distance > 0, distance, 1.0), 0.0)
    return inverse / inverse.sum(axis=1, keepdims=True)


def twfe(formula, data):
    fit = PanelOLS.from_formula(formula + " + EntityEffects + TimeEffects", data)
    return fit.fit(cov_type="clustered", cluster_entity=True)


def show(label, result, terms):
    cells = ", ".join(f"{t} {result.params[t]:.4f} ({result.std_errors[t]:.4f})" for t in terms)
    print(f"  {label:<34} {cells}   N={result.nobs}")


def regressions(panel):
    print("Two-way FE, SE clustered by city: estimate (SE)")
    show("(2) NQP ~ DF + controls", twfe(f"NQP ~ DF + {CONTROLS}", panel), ["DF"])
    show("(3) RI ~ DF + controls", twfe(f"RI ~ DF + {CONTROLS}", panel), ["DF"])
    show("(4) NQP ~ DF + RI + controls", twfe(f"NQP ~ DF + RI + {CONTROLS}", panel), ["DF", "RI"])
    show("(5) GLCT ~ DF + controls", twfe(f"GLCT ~ DF + {CONTROLS}", panel), ["DF"])
    show("(6) NQP ~ DF + GLCT + controls", twfe(f"NQP ~ DF + GLCT + {CONTROLS}", panel), ["DF", "GLCT"])
    for gap in ["DAG", "DUG", "DCG"]:
        show(f"NQP ~ DF * {gap} + controls", twfe(f"NQP ~ DF + {gap} + DF:{gap} + {CONTROLS}", panel),
             ["DF", gap, f"DF:{gap}"])
    for region in ["Northwest", "Southwest"]:
        show(f"{region}: NQP ~ DF + controls", twfe(f"NQP ~ DF + {CONTROLS}", panel[panel.region == region]), ["DF"])
    structural = (f"NQP ~ DF + NW_DF + RI + GLCT + DAG + DF_DAG_centred + W_DF + {CONTROLS}")
    show("structural (true model)", twfe(structural, panel),
         ["DF", "NW_DF", "RI", "GLCT", "DAG", "DF_DAG_centred", "W_DF", "UL", "FDL"])
    print(f"  {'truth':<34} DF {dgp.THETA_SW}, NW_DF {dgp.THETA_NW_EXTRA}, RI {dgp.GAMMA_RI}, GLCT {dgp.GAMMA_GLCT}, "
          f"DAG {dgp.GAMMA_DAG}, DF_DAG_centred {dgp.DELTA_DF_DAG}, W_DF {dgp.PSI_W_DF}, UL {dgp.BETA['UL']}, "
          f"FDL {dgp.BETA['FDL']}")


def instruments(panel):
    log_lagged_mobile = np.log(panel.groupby(level="city")["mobile_subscribers"].shift(1))
    data = panel.assign(L_log_mobile=log_lagged_mobile, Z_rugged=panel.ruggedness * log_lagged_mobile,
                        Z_distance=panel.dist_hangzhou / 1000 * log_lagged_mobile).dropna(subset=["Z_rugged"])
    first = twfe(f"DF ~ Z_rugged + Z_distance + L_log_mobile + {CONTROLS}", data)
    wald = first.wald_test(formula="Z_rugged = Z_distance = 0")
    print(f"IV first stage (2014-2023, N={first.nobs}): Z_rugged {first.params['Z_rugged']:.4f}, "
          f"Z_distance {first.params['Z_distance']:.4f}, cluster-robust Wald chi2(2) = {wald.stat:.1f}")
    flat = data.reset_index()
    dummies = pd.get_dummies(flat[["city", "year"]].astype(str), drop_first=True, dtype=float)
    exog = pd.concat([flat[["L_log_mobile", "UL", "CSL", "FDL", "TRL", "ESL"]], dummies], axis=1).assign(const=1.0)
    second = IV2SLS(flat.NQP, exog, flat.DF, flat[["Z_rugged", "Z_distance"]]).fit(
        cov_type="clustered", clusters=flat.city)
    print(f"  2SLS with city and year dummies: DF {second.params['DF']:.4f} ({second.std_errors['DF']:.4f})")


def entropy_rebuild(frame):
    raw = frame.loc[:, RAW_FIRST:RAW_LAST].copy()
    by_city = raw.groupby(frame.city)
    raw = raw.fillna((by_city.shift(1) + by_city.shift(-1)) / 2)     # adjacent-year mean imputation
    spread = raw.max() - raw.min()
    normalised = (raw - raw.min()) / spread
    normalised[NEGATIVE] = (raw.max()[NEGATIVE] - raw[NEGATIVE]) / spread[NEGATIVE]
    shares = normalised / normalised.sum()
    entropy = -(shares * np.log(shares.where(shares > 0, 1.0))).sum() / math.log(len(raw))
    weights = (1 - entropy) / (1 - entropy).sum()
    score = normalised @ weights
    print(f"Entropy rebuild of NQP from the 16 indicators: corr = {np.corrcoef(score, frame.NQP)[0, 1]:.3f}, "
          f"score mean {score.mean():.4f} range [{score.min():.4f}, {score.max():.4f}]")
    print("  weights: " + ", ".join(f"{k} {v:.3f}" for k, v in weights.items()))


def morans_i(frame, weights):
    values = []
    for _, year in frame.groupby("year"):
        z = year.NQP.to_numpy() - year.NQP.mean()
        values.append(len(z) * z @ weights @ z / (weights.sum() * (z @ z)))
    print("Moran's I of NQP by year (row-standardised inverse distance): " + " ".join(f"{v:.3f}" for v in values))


def main():
    frame = pd.read_csv(os.path.join(HERE, "nqpf_panel.csv"))
    print(frame[CORE].describe().T[["count", "mean", "std", "min", "max"]].round(4).to_string())
    print("Missing cells:", {k: int(v) for k, v in frame.isna().sum().items() if v})
    cities = frame.drop_duplicates("city")
    weights = inverse_distance_weights(cities)
    wide_df = frame.pivot(index="city", columns="year", values="DF").loc[cities.city]
    w_df = pd.DataFrame(weights @ wide_df.to_numpy(), index=wide_df.index, columns=wide_df.columns)
    frame["W_DF"] = frame.set_index(["city", "year"]).index.map(w_df.stack())
    frame["NW_DF"] = (frame.region == "Northwest") * frame.DF
    frame["DF_DAG_centred"] = (frame.DF - dgp.DF_CENTRE) * (frame.DAG - dgp.DAG_CENTRE)
    panel = frame.set_index(["city", "year"])
    regressions(panel)
    instruments(panel)
    entropy_rebuild(frame)
    morans_i(frame, weights)


if __name__ == "__main__":
    main()
