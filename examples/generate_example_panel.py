#!/usr/bin/env python3
"""Generates examples/nqpf_panel.csv: a synthetic 45-city x 2013-2023 panel with a KNOWN data-generating process.

Modelled on the design of a study of digital finance (DF) and new quality productive forces (NQP) in China's
ethnic-minority cities (two-way fixed effects, mediation through innovation RI and green transition GLCT,
moderation by the digital divide, regional heterogeneity, spatial spillover, geography x mobile instruments).
The numbers are simulated, not real statistics.  The true parameters are the constants below and are documented
in examples/README.md.  Pure standard library, so it regenerates identically anywhere:

    python3 examples/generate_example_panel.py
"""
import csv
import math
import os
import random

SEED = 20260321
YEARS = list(range(2013, 2024))
HANGZHOU = (30.27, 120.16)

# ---- true parameters (see README) -------------------------------------------------------------------------------
THETA_SW, THETA_NW_EXTRA = 0.006, 0.015       # direct effect of DF on NQP: 0.006 Southwest, 0.021 Northwest
A_RI, A_RI_UL = 1.5, 0.8                       # RI  = r_i + tau_t + 1.5 DF + 0.8 UL + u
C_GLCT, C_GLCT_FDL = -0.2, 0.03                # GLCT = g_i + tau_t - 0.2 DF + 0.03 FDL + v
GAMMA_RI, GAMMA_GLCT = 0.003, -0.02            # mediator effects on NQP
GAMMA_DAG, DELTA_DF_DAG = -0.004, -0.006       # DAG main effect and (DF - 5.1)(DAG - 2.5) moderation
DF_CENTRE, DAG_CENTRE = 5.1, 2.5              # = the sample means (checked), so theta is the average DF effect
BETA = {"UL": 0.03, "CSL": 0.0, "FDL": 0.006, "TRL": -0.02, "ESL": -0.01}
NQP_BASE, NQP_DEV, NQP_NORTH = 0.14, 0.20, 0.05  # city level: base + dev^2 term + gradient per 10 deg latitude
YEAR_EFFECT = 0.003                            # NQP year effect lambda_t = 0.003 (year - 2013)
PSI_W_DF = 0.015                               # spillover: NQP gains 0.015 x (row-standardised inverse-distance W DF)
SD_NQP, SD_RI, SD_GLCT = 0.006, 0.25, 0.04
KAPPA_MOBILE, RUGGED_DAMPING, DISTANCE_DAMPING = 1.5, 0.15, 0.12  # first stage of DF on lagged mobile growth

# name, province, latitude, longitude, resident population (10k), development score 0-1, heavy-industry city
CITIES = [
    ("Urumqi", "Xinjiang", 43.83, 87.62, 405, 0.85, 0), ("Karamay", "Xinjiang", 45.58, 84.89, 45, 0.70, 1),
    ("Turpan", "Xinjiang", 42.95, 89.19, 70, 0.25, 0), ("Hami", "Xinjiang", 42.83, 93.51, 67, 0.30, 1),
    ("Yinchuan", "Ningxia", 38.49, 106.23, 290, 0.75, 0), ("Shizuishan", "Ningxia", 39.02, 106.38, 75, 0.40, 1),
    ("Wuzhong", "Ningxia", 37.99, 106.20, 140, 0.25, 0), ("Guyuan", "Ningxia", 36.02, 106.24, 120, 0.10, 0),
    ("Zhongwei", "Ningxia", 37.50, 105.19, 117, 0.18, 0), ("Hohhot", "Inner Mongolia", 40.84, 111.75, 345, 0.80, 0),
    ("Baotou", "Inner Mongolia", 40.66, 109.84, 290, 0.70, 1), ("Wuhai", "Inner Mongolia", 39.65, 106.79, 56, 0.45, 1),
    ("Chifeng", "Inner Mongolia", 42.26, 118.89, 430, 0.30, 0),
    ("Tongliao", "Inner Mongolia", 43.62, 122.24, 290, 0.28, 0),
    ("Ordos", "Inner Mongolia", 39.61, 109.78, 220, 0.65, 1), ("Xining", "Qinghai", 36.62, 101.78, 245, 0.70, 0),
    ("Haidong", "Qinghai", 36.50, 102.10, 140, 0.12, 0),
    ("Nanning", "Guangxi", 22.82, 108.37, 870, 0.90, 0), ("Liuzhou", "Guangxi", 24.33, 109.41, 420, 0.70, 0),
    ("Guilin", "Guangxi", 25.27, 110.29, 490, 0.60, 0), ("Wuzhou", "Guangxi", 23.48, 111.28, 280, 0.35, 0),
    ("Beihai", "Guangxi", 21.48, 109.12, 185, 0.45, 0), ("Fangchenggang", "Guangxi", 21.69, 108.35, 105, 0.35, 0),
    ("Qinzhou", "Guangxi", 21.98, 108.65, 330, 0.30, 0), ("Guigang", "Guangxi", 23.11, 109.60, 430, 0.22, 0),
    ("Yulin", "Guangxi", 22.65, 110.18, 580, 0.30, 0), ("Baise", "Guangxi", 23.90, 106.62, 360, 0.20, 0),
    ("Hezhou", "Guangxi", 24.40, 111.57, 200, 0.15, 0), ("Hechi", "Guangxi", 24.69, 108.09, 340, 0.10, 0),
    ("Laibin", "Guangxi", 23.75, 109.22, 210, 0.15, 0), ("Chongzuo", "Guangxi", 22.38, 107.36, 210, 0.15, 0),
    ("Kunming", "Yunnan", 25.04, 102.71, 850, 1.00, 0), ("Qujing", "Yunnan", 25.49, 103.80, 580, 0.35, 0),
    ("Yuxi", "Yunnan", 24.35, 102.54, 225, 0.45, 0), ("Baoshan", "Yunnan", 25.11, 99.16, 245, 0.15, 0),
    ("Zhaotong", "Yunnan", 27.34, 103.72, 510, 0.05, 0), ("Lijiang", "Yunnan", 26.86, 100.23, 125, 0.30, 0),
    ("Puer", "Yunnan", 22.79, 100.97, 240, 0.12, 0), ("Lincang", "Yunnan", 23.88, 100.09, 225, 0.08, 0),
    ("Guiyang", "Guizhou", 26.65, 106.63, 600, 0.90, 0), ("Liupanshui", "Guizhou", 26.59, 104.83, 300, 0.25, 1),
    ("Zunyi", "Guizhou", 27.73, 106.93, 660, 0.50, 0), ("Anshun", "Guizhou", 26.25, 105.95, 250, 0.22, 0),
    ("Bijie", "Guizhou", 27.30, 105.29, 690, 0.08, 0), ("Tongren", "Guizhou", 27.72, 109.19, 330, 0.12, 0),
]
NORTHWEST = {"Xinjiang", "Ningxia", "Inner Mongolia", "Qinghai"}
RUGGEDNESS_RANGE = {"Xinjiang": (0.8, 2.2), "Ningxia": (0.8, 1.8), "Inner Mongolia": (0.4, 1.4),
                    "Qinghai": (2.4, 3.4), "Guangxi": (1.2, 2.8), "Yunnan": (2.6, 4.4), "Guizhou": (2.8, 4.0)}
CPI_NATIONAL = [102.6, 102.0, 101.4, 102.0, 101.6, 102.1, 102.9, 102.5, 100.9, 102.0, 100.2]

# 16 raw NQP indicators (Table 1 of the seed study): name, dimension, sign, loading on the latent NQP, transform
# ("log", centre, spread) -> exp(centre + spread*l); ("rate", low, high, centre, spread) -> logistic range.
INDICATORS = [
    ("it_employment_share", "labor", +1, 0.70, ("rate", 0.2, 4.0, -1.6, 0.9)),
    ("sci_employment_share", "labor", +1, 0.75, ("rate", 0.3, 5.0, -1.4, 0.9)),
    ("college_students_per10k", "labor", +1, 0.85, ("log", 5.0, 0.9)),
    ("tertiary_employment_share", "labor", +1, 0.60, ("rate", 30.0, 80.0, 0.0, 0.8)),
    ("tertiary_gdp_share", "objects", +1, 0.55, ("rate", 30.0, 75.0, 0.0, 0.7)),
    ("industrial_output_domestic", "objects", +1, 0.70, ("log", 6.4, 0.8)),
    ("so2_intensity", "objects", -1, -0.45, ("log", 1.8, 0.8)),
    ("wastewater_treatment_rate", "objects", +1, 0.50, ("rate", 65.0, 99.5, 1.2, 0.8)),
    ("waste_harmless_rate", "objects", +1, 0.45, ("rate", 75.0, 100.0, 1.8, 0.8)),
    ("sci_expenditure_share", "means", +1, 0.75, ("rate", 0.05, 1.5, -1.2, 0.9)),
    ("rd_intensity", "means", +1, 0.80, ("rate", 0.1, 3.0, -1.2, 0.9)),
    ("industrial_enterprises", "means", +1, 0.65, ("log", 5.4, 0.8)),
    ("electricity_consumption", "means", -1, -0.35, ("log", 4.6, 0.8)),
    ("telecom_per_capita", "means", +1, 0.80, ("log", 7.4, 0.7)),
    ("broadband_per10k", "means", +1, 0.85, ("log", 7.1, 0.5)),
    ("mobile_penetration", "means", +1, 0.0, None),   # 100 x mobile_subscribers / population, not from the latent
]
MISSING_CELLS = 4          # raw-indicator cells blanked, never in the first or last year


def sig6(value):
    """The value rounded to 6 significant digits (the published precision, used downstream as published)."""
    return float(f"{value:.6g}")


def great_circle_km(a, b):
    (lat1, lon1), (lat2, lon2) = [(math.radians(p[0]), math.radians(p[1])) for p in (a, b)]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def logistic(x):
    return 1.0 / (1.0 + math.exp(-x))


def city_traits(rng):
    """Time-invariant city data: coordinates, region, ruggedness, distance to Hangzhou, 2013 access gap."""
    traits = []
    for name, province, lat, lon, pop, dev, heavy in CITIES:
        low, high = RUGGEDNESS_RANGE[province]
        nw = province in NORTHWEST
        traits.append({
            "name": name, "province": province, "lat": lat, "lon": lon, "pop": pop, "dev": dev, "heavy": heavy,
            "nw": nw, "region": "Northwest" if nw else "Southwest",
            "ruggedness": sig6(rng.uniform(low, high)), "dist_hangzhou": sig6(great_circle_km((lat, lon), HANGZHOU)),
        })
    for region in ("Northwest", "Southwest"):   # 2013 access gaps spread evenly in each region: DAG is not a region proxy
        members = [c for c in traits if c["region"] == region]
        rng.shuffle(members)
        for k, city in enumerate(members):
            city["dag0"] = 1.2 + 4.6 * (k + 0.5) / len(members)
    return traits


def mobile_paths(rng, city):
    """Mobile subscribers (10k) for 2012..2023; 2012 is used only as the first lag."""
    penetration = rng.uniform(0.70, 0.85) + 0.15 * city["dev"]
    growth = rng.uniform(0.0, 0.08)
    path = []
    for _ in range(len(YEARS) + 1):
        path.append(sig6(city["pop"] * penetration))
        penetration *= math.exp(growth + rng.gauss(0.0, 0.02))
    return path


def digital_finance(rng, city, mobile):
    """DF = ln(1 + index): concave common growth, a city-specific slope, AR(1) shocks and lagged mobile growth."""
    level = 4.55 + 0.35 * city["dev"] - (0.1 if city["nw"] else 0.0) + rng.gauss(0.0, 0.06)
    slope = rng.gauss(0.0, 0.02)
    strength = KAPPA_MOBILE * (1 - RUGGED_DAMPING * city["ruggedness"] - DISTANCE_DAMPING * city["dist_hangzhou"] / 1000)
    shock, values = 0.0, []
    for t in range(len(YEARS)):
        shock = 0.5 * shock + rng.gauss(0.0, 0.05)
        common = 0.45 * (1 - math.exp(-0.3 * t)) / (1 - math.exp(-3.0))
        mobile_growth = math.log(mobile[t]) - math.log(mobile[0])     # mobile[t] is year t-1
        values.append(sig6(level + common + slope * t + strength * mobile_growth + shock))
    return values


def gaps_and_controls(rng, city):
    """Digital divide (DAG, DUG, DCG) and controls (UL, CSL, FDL, TRL, ESL) paths for one city."""
    dev = city["dev"]
    dag0, dag_decay = city["dag0"], rng.uniform(0.03, 0.11)
    internet0, internet_growth = 0.028 + 0.25 * dev * rng.uniform(0.5, 1.2), rng.uniform(0.12, 0.30)
    school0, school_growth = 7.9 + 3.0 * dev + rng.gauss(0.0, 0.3), rng.uniform(0.04, 0.12)
    ul0 = min(0.93, 0.22 + 0.55 * dev + 0.2 * city["heavy"] * (city["pop"] < 100) + rng.uniform(-0.04, 0.04))
    ul_growth = rng.uniform(0.006, 0.024) * (1 - ul0)
    fdl0 = (0.9 if city["heavy"] else 1.3) + 3.2 * dev + rng.uniform(-0.3, 0.3)
    trl0, esl0 = rng.uniform(0.05, 0.12), 0.04 + 0.18 * dev ** 2 + 0.25 * city["heavy"] * (city["pop"] < 100)
    rows = []
    for t in range(len(YEARS)):
        internet = internet0 + (1.05 - internet0) * (1 - math.exp(-internet_growth * t))
        rows.append({
            "DAG": sig6(dag0 * math.exp(-dag_decay * t) * math.exp(rng.gauss(0.0, 0.04))),
            "DUG": sig6(1.0 / (internet * math.exp(rng.gauss(0.0, 0.05)))),
            "DCG": sig6(100.0 / (school0 + school_growth * t + rng.gauss(0.0, 0.05))),
            "UL": sig6(ul0 + ul_growth * t + rng.gauss(0.0, 0.006)),
            "CSL": sig6(CPI_NATIONAL[t] + 0.3 + rng.gauss(0.0, 0.4)),
            "FDL": sig6(fdl0 + 0.06 * t + rng.gauss(0.0, 0.08)),
            "TRL": sig6(trl0 * math.exp(rng.gauss(0.0, 0.06))),
            "ESL": sig6(esl0 * math.exp(rng.gauss(0.0, 0.05))),
        })
    return rows


def spatial_lag_weights(traits):
    """Row-standardised inverse great-circle distance weights W (zero diagonal)."""
    weights = []
    for a in traits:
        row = [0.0 if a is b else 1.0 / great_circle_km((a["lat"], a["lon"]), (b["lat"], b["lon"])) for b in traits]
        total = sum(row)
        weights.append([w / total for w in row])
    return weights


def mediators(rng, city, df, controls):
    """RI and GLCT paths: city level fixed by a 2013 target, common trend, DF effect, one control, noise."""
    ri_target = 3.2 + 5.0 * city["dev"] + rng.gauss(0.0, 0.25)
    r_i = ri_target - A_RI * df[0] - A_RI_UL * controls[0]["UL"]
    gl_target = (0.55 if city["nw"] else 0.37) + 1.2 * city["heavy"] + rng.uniform(-0.08, 0.08)
    g_i = gl_target - C_GLCT * df[0] - C_GLCT_FDL * controls[0]["FDL"]
    ri, glct = [], []
    for t in range(len(YEARS)):
        ri.append(sig6(r_i + 0.025 * t + A_RI * df[t] + A_RI_UL * controls[t]["UL"] + rng.gauss(0.0, SD_RI)))
        glct.append(sig6(g_i - 0.004 * t + C_GLCT * df[t] + C_GLCT_FDL * controls[t]["FDL"]
                         + rng.gauss(0.0, SD_GLCT)))
    return ri, glct


def structural_nqp(city, df, ri, glct, gaps, w_df):
    """Everything in the NQP equation except the city effect, the year effect and the noise."""
    theta = THETA_SW + (THETA_NW_EXTRA if city["nw"] else 0.0)
    value = theta * df + GAMMA_RI * ri + GAMMA_GLCT * glct + GAMMA_DAG * gaps["DAG"]
    value += DELTA_DF_DAG * (df - DF_CENTRE) * (gaps["DAG"] - DAG_CENTRE) + PSI_W_DF * w_df
    return value + sum(beta * gaps[name] for name, beta in BETA.items())


def raw_indicator(rng, spec, q, city_noise, mobile, pop):
    """One raw NQP indicator: a noisy monotone transform of the standardised NQP q (Table 1 units)."""
    name, _, _, loading, transform = spec
    if transform is None:
        return sig6(100.0 * mobile / pop)
    latent = loading * q + math.sqrt(1 - loading ** 2) * (0.6 * city_noise + 0.8 * rng.gauss(0.0, 1.0))
    if transform[0] == "log":
        value = math.exp(transform[1] + transform[2] * latent)
        return int(round(value)) if name == "industrial_enterprises" else sig6(value)
    low, high, centre, spread = transform[1:]
    return sig6(low + (high - low) * logistic(centre + spread * latent))


def build_rows():
    rng = random.Random(SEED)
    traits = city_traits(rng)
    mobile = [mobile_paths(rng, c) for c in traits]
    df = [digital_finance(rng, c, m) for c, m in zip(traits, mobile)]
    controls = [gaps_and_controls(rng, c) for c in traits]
    meds = [mediators(rng, c, d, k) for c, d, k in zip(traits, df, controls)]
    weights = spatial_lag_weights(traits)
    rows = []
    for i, city in enumerate(traits):
        structural = [structural_nqp(city, df[i][t], meds[i][0][t], meds[i][1][t], controls[i][t],
                                     sum(w * df[j][t] for j, w in enumerate(weights[i]))) for t in range(len(YEARS))]
        level = NQP_BASE + NQP_DEV * city["dev"] ** 2 + NQP_NORTH * (city["lat"] - 32) / 10 + rng.gauss(0.0, 0.01)
        city_effect = level - sum(structural) / len(structural) - YEAR_EFFECT * (len(YEARS) - 1) / 2
        city_noise = [rng.gauss(0.0, 1.0) for _ in INDICATORS]
        for t, year in enumerate(YEARS):
            nqp = sig6(city_effect + YEAR_EFFECT * t + structural[t] + rng.gauss(0.0, SD_NQP))
            q = (nqp - 0.16) / 0.08
            row = {"city": city["name"], "province": city["province"], "region": city["region"], "year": year,
                   "latitude": city["lat"], "longitude": city["lon"], "NQP": nqp, "DF": df[i][t],
                   "RI": meds[i][0][t], "GLCT": meds[i][1][t]}
            row.update(controls[i][t])
            for spec, noise in zip(INDICATORS, city_noise):
                row[spec[0]] = raw_indicator(rng, spec, q, noise, mobile[i][t + 1], city["pop"])
            row.update({"ruggedness": city["ruggedness"], "dist_hangzhou": city["dist_hangzhou"],
                        "mobile_subscribers": mobile[i][t + 1]})
            rows.append(row)
    check_calibration(rows)
    blank_some_indicators(rng, rows)
    assign_pilot(rows)
    return rows


def assign_pilot(rows):
    """A technology-finance pilot for the DID examples: 0/1 and absorbing, 8 cities from 2016 and 7 more from 2019,
    drawn at random from a stream of its own (so no other column changes) and affecting no outcome — its true
    effect on every column is 0."""
    rng = random.Random(SEED + 1)
    order = list(range(len(CITIES)))
    rng.shuffle(order)
    adoption = {city: 2016 for city in order[:8]} | {city: 2019 for city in order[8:15]}
    for index, row in enumerate(rows):
        start = adoption.get(index // len(YEARS))
        row["pilot"] = int(start is not None and row["year"] >= start)


def check_calibration(rows):
    """Fails loudly if a change of constants moves the panel away from the documented design."""
    def stats(name):
        values = [row[name] for row in rows]
        return sum(values) / len(values), min(values), max(values)
    bounds = {"DF": (DF_CENTRE - 0.05, DF_CENTRE + 0.05, 4.3, 6.0), "DAG": (DAG_CENTRE - 0.1, DAG_CENTRE + 0.1, 0.1, 7),
              "NQP": (0.14, 0.19, 0.03, 0.6), "RI": (5, 7, 2.2, 10.6), "GLCT": (0.4, 0.55, 0.0, 2.6),
              "DUG": (2, 10, 0.5, 40)}
    for name, (mean_low, mean_high, low, high) in bounds.items():
        mean, smallest, largest = stats(name)
        assert mean_low < mean < mean_high and low < smallest and largest < high, (name, mean, smallest, largest)


def blank_some_indicators(rng, rows):
    """Blanks MISSING_CELLS raw-indicator cells in interior years (adjacent-year imputation is then possible)."""
    names = [spec[0] for spec in INDICATORS if spec[4] is not None]
    chosen = set()
    while len(chosen) < MISSING_CELLS:
        city, year_index = rng.randrange(len(CITIES)), rng.randrange(1, len(YEARS) - 1)
        chosen.add((city * len(YEARS) + year_index, rng.choice(names)))
    for row_index, name in sorted(chosen):
        rows[row_index][name] = None


COLUMNS = (["city", "province", "region", "year", "latitude", "longitude", "NQP", "DF", "RI", "GLCT",
            "DAG", "DUG", "DCG", "UL", "CSL", "FDL", "TRL", "ESL"] + [spec[0] for spec in INDICATORS]
           + ["ruggedness", "dist_hangzhou", "mobile_subscribers", "pilot"])


def cell(value):
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value:.6g}"
        assert "e" not in text, text
        return text
    return str(value)


def main():
    rows = build_rows()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nqpf_panel.csv")
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([cell(row[c]) for c in COLUMNS])
    print(f"wrote {len(rows)} rows x {len(COLUMNS)} columns to {path}")


if __name__ == "__main__":
    main()
