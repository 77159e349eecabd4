/// The spatial estimators (docs/abi/spatial.md): weights, autocorrelation tests and ML panel models.
enum SpatialSchemas {
    static let weights = MemberSchema("weights", .object, required: true, role: "weights",
                                      "the spatial weights: {\"units\", \"dense\" | \"edges\" | \"coordinates\" (+ \"knn\" or \"type\": \"inverse_distance\") | \"attribute\" (\"type\": \"economic_distance\"), \"standardise\"}")
    static let economicWeights: JSONValue = .object(JSONObject([.init(key: "units", value: .string("city")),
                                                                .init(key: "attribute", value: .string("UL")),
                                                                .init(key: "type", value: .string("economic_distance"))]))
    static let permutationOptions = [CommonMembers.replications(default: 0, maximum: 100_000, "permutations for pseudo p-values (0: none)"),
                                     CommonMembers.seed]
    static let formula = CommonMembers.formula("y ~ x1 + x2 [| id + year] (unit, period or two-way effects of the panel)", required: false)
    static let dependent = MemberSchema("dependent", .string, role: "response", replacement: "write the dependent variable left of '~' in 'formula'",
                                        "the dependent column (old spelling)")
    static let regressors = MemberSchema("regressors", .strings, role: "regressors", replacement: "write the regressors right of '~' in 'formula'",
                                         "regressor columns (old spelling)")
    static let fixedEffects = MemberSchema("fixed_effects", .string, default: .string("unit"), allowed: ["unit", "time", "two_way"], role: "fixed_effects",
                                           "which effects are removed (with 'formula': write '| id', '| year' or '| id + year' instead)")

    static let moran = EstimatorSchema(
        "moran", "global Moran's I and Geary's C by period or pooled, with normal, randomisation and permutation inference",
        page: "abi/spatial.md",
        members: [MemberSchema("variable", .string, required: true, role: "variable", "the column tested"), weights,
                  MemberSchema("by", .string, default: .string("period"), allowed: ["period", "pooled"], "one test per period, or one pooled test"),
                  CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: permutationOptions,
        results: ["samples (period, n, moran, geary)", "weights summary", "table: moran"],
        example: [("variable", .string("NQP")), ("weights", economicWeights)])

    static let lisa = EstimatorSchema(
        "lisa", "local Moran's I (LISA) with quadrants and conditional permutation inference",
        page: "abi/spatial.md",
        members: [MemberSchema("variable", .string, required: true, role: "variable", "the column analysed"), weights,
                  MemberSchema("period", .number, "only this period (default: every period)"), CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: permutationOptions,
        results: ["periods (units: value, spatial_lag, statistic, quadrant, p-values)", "figure: moran_scatter", "table: lisa"],
        example: [("variable", .string("NQP")), ("weights", economicWeights), ("period", .number(2023))])

    static let lagrangeMultiplier = EstimatorSchema(
        "spatial_lm", "LM tests for a spatial lag and a spatial error, plain and robust",
        page: "abi/spatial.md",
        members: [formula, weights, fixedEffects, CommonMembers.label, CommonMembers.language, CommonMembers.layout, dependent, regressors],
        results: ["tests (test, statistic, df, p_value)", "weights summary", "table: spatial LM tests"],
        example: [("formula", .string("NQP ~ DF + UL + CSL + FDL + TRL + ESL | city + year")), ("weights", economicWeights)],
        formulaRoles: .dependentRegressors)

    static let panel = EstimatorSchema(
        "spatial_panel", "SAR, SDM, SEM, SDEM and SAC panels with fixed (or random) effects by ML, with direct/indirect/total effects",
        page: "abi/spatial.md",
        members: [formula,
                  MemberSchema("model", .string, default: .string("sar"), allowed: ["sar", "sdm", "sem", "sdem", "sac"], "the spatial model"),
                  weights, fixedEffects,
                  MemberSchema("effects_type", .string, default: .string("fixed"), allowed: ["fixed", "random"], "fixed or random unit effects"),
                  MemberSchema("dynamic", .boolean, default: .bool(false),
                               "sar/sdm with y(t-1) and W*y(t-1): Yu–de Jong–Lee bias-corrected QML, short- and long-run effects"),
                  CommonMembers.label, CommonMembers.language, CommonMembers.layout, dependent, regressors],
        options: [CommonMembers.level, CommonMembers.seed,
                  MemberSchema("effects", .string, default: .string("delta"), allowed: ["delta", "simulation", "none"],
                               "inference of the direct/indirect/total effects"),
                  CommonMembers.replications(default: 1000, maximum: 1_000_000, "simulation draws of the effects"),
                  MemberSchema("lee_yu", .boolean, default: .bool(false), "Lee–Yu (2010) bias correction (xsmle leeyu)"),
                  MemberSchema("hausman", .boolean, default: .bool(false), "random effects: the spatial Hausman test against fixed effects"),
                  MemberSchema("log_determinant", .stringOrObject, default: .string("auto"), allowed: ["auto", "eigenvalues", "lanczos"],
                               "log|I − ρW| by eigenvalues or stochastic Lanczos quadrature ({\"method\": \"lanczos\", \"probes\", \"steps\", \"seed\"})"),
                  MemberSchema("information", .string, allowed: ["expected", "observed"], "the information matrix inverted for the covariance")],
        results: ["coefficients (with rho/lambda)", "sigma2", "log_likelihood", "tests (Wald/LR Durbin)", "effects (direct, indirect, total)",
                  "dynamic: uncorrected, unit_roots, long_run_effects", "table: spatial panel"],
        example: [("formula", .string("NQP ~ DF + UL + CSL + FDL + TRL + ESL | city + year")), ("model", .string("sdm")), ("weights", economicWeights)],
        formulaRoles: .dependentRegressors)
}
