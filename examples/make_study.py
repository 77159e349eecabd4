"""Writes examples/study.json: the bundled example study, in the structure of seed 003's Tables 1-11 (index weights,
descriptives, baseline and causal-steps mediation, bootstrap mediation, moderation, heterogeneity, endogeneity with
IV-2SLS, spatial Moran's I / LM tests / SDM with effects, robustness) plus seed 000's threshold model and the
spatiotemporal evolution of NQP (Dagum Gini, kernel densities, Markov chains, convergence, coupling, obstacles), with the data
preparation and index steps of examples/main-job.json. Run after editing either file."""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
CONTROLS = "UL + CSL + FDL + TRL + ESL"
FE = "| city + year"
CLUSTER = {"cluster": "city"}
LABELS = {"DF": "Digital finance (DF)", "RI": "Innovation (RI)", "GLCT": "Green transition (GLCT)", "city": "City", "year": "Year"}


ECONOMIC = {"units": "city", "attribute": "UL", "type": "economic_distance", "standardise": "row"}
KNN = {"units": "city", "coordinates": {"lat": "latitude", "lon": "longitude"}, "knn": 4}
GEOGRAPHIC = {"units": "city", "coordinates": {"lat": "latitude", "lon": "longitude"}, "type": "inverse_distance", "standardise": "row"}


def ols(formula, label):
    return {"estimator": "ols", "formula": formula, "vcov": CLUSTER, "label": label}


def table(title, **options):
    return {"title": title, "labels": LABELS, "keep": options.pop("keep", None) or ["DF", "RI", "GLCT", "DF:DAG", "DF:DUG", "DF:DCG", "l(DF, 1)", "DAG", "DUG", "DCG"],
            "indicators": options.pop("indicators", []), **options}


def main():
    job = json.loads((HERE / "main-job.json").read_text(encoding="utf-8"))
    index_indicators = next(step["indicators"] for step in job["steps"] if step["step"] == "index")
    sections = [
        {"title": "Table 2. Descriptive statistics",
         "models": [{"estimator": "descriptives", "columns": ["NQP", "DF", "RI", "GLCT", "DAG", "DUG", "DCG", "UL", "CSL", "FDL", "TRL", "ESL"]},
                    {"estimator": "correlation", "columns": ["NQP", "DF", "RI", "GLCT", "DAG", "DUG", "DCG"]},
                    {"estimator": "vif", "formula": f"NQP ~ DF + {CONTROLS}"}]},
        {"title": "Choice of fixed effects: Hausman test",
         "models": [{"estimator": "hausman", "formula": f"NQP ~ DF + {CONTROLS}"}]},
        {"title": "Table 3. Baseline regression and mediation (causal steps)",
         "notes": "Two-way fixed effects (city, year); standard errors clustered by city, reghdfe small-sample rules.",
         "models": [ols(f"NQP ~ DF {FE}", "NQP"), ols(f"NQP ~ DF + {CONTROLS} {FE}", "NQP"), ols(f"RI ~ DF + {CONTROLS} {FE}", "RI"),
                    ols(f"NQP ~ DF + RI + {CONTROLS} {FE}", "NQP"), ols(f"GLCT ~ DF + {CONTROLS} {FE}", "GLCT"),
                    ols(f"NQP ~ DF + GLCT + {CONTROLS} {FE}", "NQP")],
         "tables": [table("Table 3. Baseline regression and mediation effect test",
                          indicators=[{"label": "Controls", "values": ["No", "Yes", "Yes", "Yes", "Yes", "Yes"]}])],
         "figures": [{"type": "coefficients", "models": [1, 3, 5], "terms": ["DF"], "title": "Digital finance across specifications"}]},
        {"title": "Table 4. Bootstrap test of the mediation mechanisms",
         "notes": "1000 cluster-bootstrap replications (cities resampled, seed 2024); percentile, bias-corrected and BCa intervals.",
         "models": [{"estimator": "mediation", "outcome": "NQP", "treatment": "DF", "mediators": ["RI", "GLCT"],
                     "controls": ["UL", "CSL", "FDL", "TRL", "ESL"], "fixed_effects": ["city", "year"], "vcov": CLUSTER,
                     "options": {"replications": 1000, "resample": "cluster", "cluster": "city", "seed": 2024,
                                 "intervals": ["percentile", "bc", "bca"]}}]},
        {"title": "Table 5. Moderation by the digital divide",
         "models": [ols(f"NQP ~ DF*DAG + {CONTROLS} {FE}", "Access divide"), ols(f"NQP ~ DF*DUG + {CONTROLS} {FE}", "Usage divide"),
                    ols(f"NQP ~ DF*DCG + {CONTROLS} {FE}", "Capability divide")],
         "tables": [table("Table 5. Moderation effect analysis", indicators=[{"label": "Controls", "values": ["Yes", "Yes", "Yes"]}])]},
        {"title": "Table 6. Regional heterogeneity",
         "models": [{"estimator": "heterogeneity", "outcome": "NQP", "treatment": "DF", "controls": ["UL", "CSL", "FDL", "TRL", "ESL"],
                     "fixed_effects": ["city", "year"], "group": "region", "vcov": CLUSTER,
                     "options": {"replications": 1000, "seed": 2024, "unit": "city"}}]},
        {"title": "Table 7. Moran's I of NQP by year (economic distance)",
         "notes": "Economic-distance weights 1/|x_i - x_j| on the cities' mean urbanisation level, row-standardised; 999 permutations.",
         "models": [{"estimator": "moran", "variable": "NQP", "weights": ECONOMIC, "by": "period",
                     "options": {"replications": 999, "seed": 2024}},
                    {"estimator": "lisa", "variable": "NQP", "weights": ECONOMIC, "period": 2023, "options": {"replications": 999, "seed": 2024}}],
         "figures": [{"type": "moran_scatter", "model": 1, "title": "Moran scatter plot of NQP, 2023"}]},
        {"title": "Table 8. Spatial spillover effects (SDM, two-way fixed effects)",
         "notes": "LM tests on the two-way fixed-effects residuals; SDM by maximum likelihood with city and year effects "
                  "under the economic-distance and inverse geographic-distance matrices; the random-effects SDM with the "
                  "spatial Hausman test (fixed vs random effects).",
         "models": [{"estimator": "spatial_lm", "dependent": "NQP", "regressors": ["DF", "UL", "CSL", "FDL", "TRL", "ESL"],
                     "fixed_effects": "two_way", "weights": ECONOMIC},
                    {"estimator": "spatial_panel", "model": "sdm", "dependent": "NQP", "regressors": ["DF", "UL", "CSL", "FDL", "TRL", "ESL"],
                     "fixed_effects": "two_way", "weights": ECONOMIC, "label": "Economic distance",
                     "options": {"effects": "simulation", "replications": 1000, "seed": 2024}},
                    {"estimator": "spatial_panel", "model": "sdm", "dependent": "NQP", "regressors": ["DF", "UL", "CSL", "FDL", "TRL", "ESL"],
                     "fixed_effects": "two_way", "weights": GEOGRAPHIC, "label": "Inverse distance",
                     "options": {"effects": "delta"}},
                    {"estimator": "spatial_panel", "model": "sdm", "effects_type": "random", "dependent": "NQP",
                     "regressors": ["DF", "UL", "CSL", "FDL", "TRL", "ESL"], "weights": ECONOMIC,
                     "label": "Random effects (spatial Hausman test against fixed effects)",
                     "options": {"effects": "none", "hausman": True}}],
         "tables": [{"title": "Table 8. Spatial spillover effects", "models": [1, 2], "labels": LABELS,
                     "keep": ["DF", "W*DF", "rho"], "below": "se", "stats": ["nobs", "sigma2", "log_likelihood"],
                     "indicators": [{"label": "Controls and W*controls", "values": ["Yes", "Yes"]},
                                    {"label": "City and year FE", "values": ["Yes", "Yes"]}]}]},
        {"title": "Table 10. Endogeneity: lagged regressor and IV-2SLS",
         "notes": "Instruments: terrain ruggedness and distance to Hangzhou, each times the lagged log of mobile subscribers (seed 003's construction).",
         "models": [ols(f"NQP ~ l(DF, 1) + {CONTROLS} {FE}", "NQP"),
                    {"estimator": "iv", "method": "2sls", "label": "2SLS",
                     "formula": f"NQP ~ {CONTROLS} + l(lnM, 1) {FE} | DF ~ ruggedness:l(lnM, 1) + dist_hangzhou:l(lnM, 1)",
                     "vcov": CLUSTER, "options": {"endogeneity_test": ["DF"]}}],
         "tables": [table("Table 10. Endogeneity test results", keep=["l(DF, 1)", "DF"],
                          stats=["nobs", "r2_within", "n_clusters", "kleibergen_paap_lm", "kleibergen_paap_lm_p", "kleibergen_paap_f",
                                 "cragg_donald_f", "hansen_j", "hansen_j_p"],
                          notes=["Stock-Yogo 10% maximal IV size critical value (one endogenous regressor, two instruments): 19.93."])]},
        {"title": "Threshold effect of digital finance (Hansen 1999)",
         "notes": "Single-threshold fixed-effects model with the digital usage gap as threshold variable; 300 bootstrap replications.",
         "models": [{"estimator": "threshold", "formula": f"NQP ~ {CONTROLS}", "regime": "DF", "threshold": "DUG",
                     "vcov": CLUSTER, "options": {"thresholds": 1, "replications": 300, "seed": 2024}}]},
        {"title": "Spatiotemporal evolution of NQP",
         "notes": "Dagum Gini decomposition by region; kernel densities by year; classic and spatial Markov chains over "
                  "quartile classes (4 nearest neighbours); sigma convergence overall and by region, beta convergence with city and "
                  "year effects and in the spatial Durbin model (4 nearest neighbours); Phillips-Sul convergence clubs; coupling "
                  "coordination of digital finance and NQP; obstacle degrees of the entropy index's 16 indicators.",
         "models": [{"estimator": "dagum_gini", "variable": "NQP", "group": "region"},
                    {"estimator": "kernel_density", "variable": "NQP"},
                    {"estimator": "markov", "variable": "NQP", "classes": 4, "weights": KNN},
                    {"estimator": "convergence", "formula": f"NQP ~ {CONTROLS} {FE}", "group": "region", "weights": KNN},
                    {"estimator": "club_convergence", "variable": "NQP"},
                    {"estimator": "coupling_coordination", "subsystems": ["DF", "NQP"], "group": "region"},
                    {"estimator": "obstacle_degree", "indicators": index_indicators, "group": "region"}],
         "figures": [{"type": "dagum_gini", "model": 0, "title": "Dagum Gini of NQP: overall and within regions"},
                     {"type": "kernel_density", "model": 1, "style": "ridge", "title": "Kernel density of NQP by year"}]},
        {"title": "Table 11. Robustness checks",
         "models": [ols(f"NQP_pca ~ DF + {CONTROLS} {FE}", "PCA index"), ols(f"NQP_entropy ~ DF + {CONTROLS} {FE}", "Entropy index"),
                    {"estimator": "ols", "formula": f"NQP ~ DF + {CONTROLS} {FE}", "vcov": "driscoll_kraay", "label": "Driscoll-Kraay"}],
         "tables": [table("Table 11. Robustness checks", keep=["DF"])],
         "figures": [{"type": "lines", "x": "year", "y": "NQP_entropy", "by": "region", "title": "Entropy index of NQPF by region"}]},
    ]
    steps = job["steps"] + [{"step": "transform", "column": "lnM", "expression": "log(mobile_subscribers)"}]
    study = {"abi": 1, "panel": job["panel"], "steps": steps,
             "study": {"title": "Digital finance and new quality productive forces: the example study", "sections": sections}}
    (HERE / "study.json").write_text(json.dumps(study, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", HERE / "study.json")


if __name__ == "__main__":
    main()
