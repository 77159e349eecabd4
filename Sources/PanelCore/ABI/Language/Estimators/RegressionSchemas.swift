/// The regression and descriptive estimators documented in docs/ABI.md.
enum RegressionSchemas {
    static let ols = EstimatorSchema(
        "ols", "least squares with absorbed fixed effects and iid, robust, clustered or Driscoll–Kraay errors (reghdfe, feols)",
        page: "ABI.md",
        members: [CommonMembers.formula(), CommonMembers.vcov, CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: [CommonMembers.level, CommonMembers.seed, CommonMembers.save],
        results: ["coefficients", "stats", "vcov", "fixed_effects", "omitted", "warnings", "saved (options.save)", "table: regression"],
        example: [("formula", .string("NQP ~ DF + UL + CSL + FDL + TRL + ESL | city + year")), ("vcov", .object(JSONObject([.init(key: "cluster", value: .string("city"))])))])

    static let olsPartial = EstimatorSchema(
        "ols_partial", "one pass of an out-of-core fixed-effects regression over data partitioned by unit (effects, factor, merge, route, units, scores, finish: TSQR)",
        page: "abi/distributed.md",
        members: [MemberSchema("pass", .string, required: true, allowed: ["effects", "factor", "merge", "route", "units", "scores", "finish"],
                               "effects: the formula's unit and second effect; factor: the piece of this partition's data; merge: one piece of several; "
                               + "route: a partition's unit fingerprints in hash buckets; units: one bucket checked (no unit in two partitions); "
                               + "scores: score sums given the merged piece; finish: the ols result"),
                  CommonMembers.formula("y ~ x1 + x2 | unit [+ low-cardinality effect] (partitions hold whole units)"), CommonMembers.vcov,
                  MemberSchema("levels", .object, "{EFFECT: [every level of the second fixed effect]} (the first is the reference level)"),
                  MemberSchema("pieces", .array, "the results of earlier passes: factor pieces, the merged piece, unit lists, unit checks, score sums"),
                  MemberSchema("buckets", .integer, minimum: 1, maximum: Double(PartialUnitPieces.maximumBuckets),
                               "route: how many hash ranges the unit fingerprints are cut into (e.g. one per 2²⁰ units of the data)"),
                  CommonMembers.label, CommonMembers.language],
        options: [CommonMembers.level],
        results: ["effects: kind, unit, effect", "factor, merge: a factor piece (kind, digest, terms, rows, r, units, unit_checksum, level_counts, …)",
                  "route: kind, digest, buckets, lists (one unit list per bucket)", "units: a unit check (kind, digest, bucket, buckets, units, unit_checksum)",
                  "scores: score sums (kind, digest, fit_digest, rows, clusters, meat)", "finish: the ols result", "table: regression (finish)"],
        example: [("pass", .string("factor")), ("formula", .string("NQP ~ DF + UL | city + year")),
                  ("levels", .object(JSONObject([.init(key: "year", value: .array((2013...2023).map { .number(Double($0)) }))])))])

    static let panel = EstimatorSchema(
        "panel", "Stata's xtreg family: within, random effects (Swamy–Arora), between, pooled, first differences",
        page: "ABI.md",
        members: [MemberSchema("method", .string, required: true, allowed: ["within", "random", "between", "pooled", "first_difference"],
                               "xtreg's fe, re, be; regress; first differences"),
                  CommonMembers.formula("y ~ x1 + x2 (no '|' part: the unit effects come from 'panel')"), CommonMembers.vcov, CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: [CommonMembers.level, CommonMembers.seed, CommonMembers.save],
        results: ["coefficients", "stats (r2_within, r2_between, r2_overall, sigma_u, sigma_e, rho, theta…)", "vcov",
                  "saved (options.save: within, random, pooled)", "table: regression"],
        example: [("method", .string("random")), ("formula", .string("NQP ~ DF + UL + CSL"))])

    static let hausman = EstimatorSchema(
        "hausman", "Hausman test of fixed against random effects (Stata hausman fe re)",
        page: "ABI.md",
        members: [CommonMembers.formula("y ~ x1 + x2 (no '|' part)"), CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: [MemberSchema("sigmamore", .boolean, default: .bool(false), "both covariances on the random-effects σ² (Stata sigmamore)"),
                  MemberSchema("sigmaless", .boolean, default: .bool(false), "both covariances on the within σ_e² (Stata sigmaless)")],
        results: ["statistic", "df", "p_value", "coefficients (fixed, random, difference, std_error)", "table: hausman"],
        example: [("formula", .string("NQP ~ DF + UL + CSL + FDL + TRL + ESL"))])

    static let descriptives = EstimatorSchema(
        "descriptives", "N, mean, sd, min, percentiles and max of columns, pooled or by group (Stata summarize, detail)",
        page: "ABI.md",
        members: [MemberSchema("columns", .strings, required: true, "the columns to describe"),
                  MemberSchema("percentiles", .numbers, default: .array([.number(25), .number(50), .number(75)]), minimum: 0, maximum: 100,
                               "percentiles to report (linear interpolation, as pandas)"),
                  MemberSchema("by", .string, "a grouping column: one block of statistics per group"),
                  CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        results: ["variables (name, n, mean, sd, min, percentiles, max) or groups", "table: descriptives"],
        example: [("columns", .array([.string("NQP"), .string("DF"), .string("UL")]))])

    static let correlation = EstimatorSchema(
        "correlation", "pairwise Pearson correlations with p-values (Stata pwcorr, sig)",
        page: "ABI.md",
        members: [MemberSchema("columns", .strings, required: true, "the columns to correlate"), CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        results: ["names", "coefficients", "p_values", "counts", "table: correlation"],
        example: [("columns", .array([.string("NQP"), .string("DF"), .string("UL")]))])

    static let vif = EstimatorSchema(
        "vif", "variance inflation factors of a regression's regressors (statsmodels variance_inflation_factor, Stata estat vif)",
        page: "ABI.md",
        members: [CommonMembers.formula("y ~ x1 + x2 (the regressors whose VIFs are wanted)"), CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        results: ["terms (term, vif, tolerance)", "mean_vif", "table: vif"],
        example: [("formula", .string("NQP ~ DF + UL + CSL + FDL + TRL + ESL"))])

    static let evaluate = EstimatorSchema(
        "evaluate", "evaluates one of the core's numerical functions on rows of arguments",
        page: "ABI.md",
        members: [MemberSchema("function", .string, required: true, allowed: FunctionCatalogue.names, "the function's name"),
                  MemberSchema("arguments", .array, required: true, "an array of argument rows, e.g. [[2.5, 10]]")],
        results: ["values", "warnings"],
        example: [("function", .string("t_sf")), ("arguments", .array([.array([.number(2.5), .number(10)])]))])

    static let index = EstimatorSchema(
        "index", "a composite index from ± indicators: entropy weights, TOPSIS with entropy weights, or principal components (seed 003 Table 1)",
        page: "ABI.md",
        members: CompositeIndexMembers.members(columnRequired: false) + [CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        results: ["weights (dimension, indicator, direction, entropy, divergence, weight)", "dimension_weights", "scores (one per data row)",
                  "table: index weights"],
        example: [("indicators", CompositeIndexMembers.exampleIndicators)])

    static let columns = EstimatorSchema(
        "columns", "the data's columns after the steps: names, types, missing and distinct counts",
        page: "ABI.md",
        members: [CommonMembers.label],
        results: ["rows", "columns (name, type, missing, distinct)"],
        example: [])

    static let schema = EstimatorSchema(
        "schema", "this description of the request language: every estimator, its members and options",
        page: "ABI.md",
        members: [],
        results: ["abi", "request", "estimators"],
        example: [])
}
