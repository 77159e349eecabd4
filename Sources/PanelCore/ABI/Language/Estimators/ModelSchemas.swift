/// IV (docs/abi/iv.md) and the panel threshold model (docs/abi/threshold.md).
enum ModelSchemas {
    static let iv = EstimatorSchema(
        "iv", "2SLS, LIML and two-step GMM with absorbed fixed effects, first stages and weak-identification diagnostics",
        page: "abi/iv.md",
        members: [MemberSchema("method", .string, default: .string("2sls"), allowed: ["2sls", "liml", "gmm"], "the IV estimator"),
                  CommonMembers.formula("y ~ exogenous [| fe1 + fe2] | endogenous ~ instruments"), CommonMembers.vcov, CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: [CommonMembers.level,
                  MemberSchema("small", .boolean, default: .bool(true), "small-sample factors and t inference (ivreghdfe, small)"),
                  MemberSchema("endogeneity_test", .strings, "endogenous regressors tested for exogeneity (C statistic)"),
                  MemberSchema("ar_level", .number, default: .number(0.95), minimum: 0, maximum: 1, "level of the Anderson–Rubin set"),
                  MemberSchema("ar_set", .boolean, "compute the Anderson–Rubin confidence set (default: iid errors always; robust or "
                               + "clustered errors with at most 50 excluded instruments)"),
                  CommonMembers.save],
        results: ["coefficients", "first stages", "identification diagnostics (Kleibergen–Paap, Cragg–Donald, Stock–Yogo)", "overidentification",
                  "saved (options.save: structural residuals y − xb − fixed effects)", "table: iv"],
        example: [("formula", .string("NQP ~ UL + CSL + FDL + TRL + ESL | city + year | DF ~ ruggedness:mobile_subscribers + dist_hangzhou:mobile_subscribers")),
                  ("vcov", .object(JSONObject([.init(key: "cluster", value: .string("city"))])))])

    static let threshold = EstimatorSchema(
        "threshold", "Hansen (1999) fixed-effects panel threshold regression with bootstrap F tests and LR intervals",
        page: "abi/threshold.md",
        members: [CommonMembers.formula("y ~ regime-independent controls (y ~ 1 for none; unit effects come from 'panel')"),
                  MemberSchema("regime", .stringOrStrings, required: true, role: "regime", "regime-dependent regressor(s) (xthreg rx())"),
                  MemberSchema("threshold", .string, required: true, role: "threshold", "threshold variable q (xthreg qx())"),
                  CommonMembers.vcovClusteredByUnit,
                  CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: [MemberSchema("thresholds", .integer, default: .number(1), minimum: 1, maximum: 3, "number of thresholds (thnum())"),
                  MemberSchema("trim", .numberOrNumbers, default: .number(0.01), minimum: 0, maximum: 0.5, "trimming fraction per threshold"),
                  MemberSchema("grid", .numberStringObjectOrNumbers, default: .number(300),
                               "candidates: quantiles of the observations (2–100000), \"all\", {\"quantiles\": G, \"over\": \"distinct\"} (Hansen's program) or a list of values"),
                  MemberSchema("trim_rule", .string, default: .string("regime_size"), allowed: ["regime_size", "grid_window"],
                               "trimming as a minimum regime size, or as Hansen's program's grid windows around fixed thresholds"),
                  MemberSchema("boundary", .string, default: .string("<="), allowed: ["<=", "<"],
                               "regimes q <= threshold | q > threshold (xthreg) or q < threshold | q >= threshold (Hansen's program)"),
                  MemberSchema("deleted_period", .string, default: .string("none"), allowed: ["none", "last"],
                               "the period of every unit deleted after demeaning: none (xthreg) or the last (Hansen's program)"),
                  CommonMembers.replications(default: 300, maximum: 100_000, "bootstrap replications per test (0: none)"),
                  CommonMembers.seed, CommonMembers.level,
                  MemberSchema("threshold_level", .number, default: .number(0.95), minimum: 0, maximum: 1, "level of the LR threshold intervals")],
        results: ["thresholds with LR intervals", "F tests with bootstrap p and critical values", "regime coefficients", "table: threshold"],
        example: [("formula", .string("NQP ~ UL + CSL + FDL + TRL + ESL")), ("regime", .string("DF")), ("threshold", .string("DUG")),
                  ("options", .object(JSONObject([.init(key: "replications", value: .number(50))])))])
}
