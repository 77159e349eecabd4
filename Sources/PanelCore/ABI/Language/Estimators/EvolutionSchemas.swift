/// The spatiotemporal-evolution estimators (docs/abi/evolution.md): how an index moves between classes, how it is
/// distributed across groups and periods (Gini, kernel densities), whether it converges, how subsystems move together,
/// and which indicators hold it back.
enum EvolutionSchemas {
    /// Weights from the cities' coordinates: each city's four nearest neighbours by great-circle distance.
    static let nearestNeighbourWeights: JSONValue = .object(JSONObject([
        .init(key: "units", value: .string("city")),
        .init(key: "coordinates", value: .object(JSONObject([.init(key: "lat", value: .string("latitude")),
                                                             .init(key: "lon", value: .string("longitude"))]))),
        .init(key: "knn", value: .number(4))]))

    static let markov = EstimatorSchema(
        "markov", "classic and spatial Markov chains of a panel variable over quantile or given classes, with steady states, "
            + "mean first passage times and the homogeneity tests of spatial dependence",
        page: "abi/evolution.md",
        members: [MemberSchema("variable", .string, required: true, role: "variable", "the column whose classes move"),
                  MemberSchema("classes", .integer, default: .number(4), minimum: 2, maximum: Double(MarkovClassesRequest.maximumCount),
                               "number of quantile classes of the pooled values (mapclassify Quantiles)"),
                  MemberSchema("cuts", .numbers, "increasing cut points instead of quantiles: upper bounds of every class but the last"),
                  MemberSchema(SpatialSchemas.weights.name, .object, role: SpatialSchemas.weights.role,
                               SpatialSchemas.weights.help + "; row-standardised; adds the spatial Markov chain"),
                  MemberSchema("lag_classes", .integer, minimum: 2, maximum: Double(MarkovClassesRequest.maximumCount),
                               "number of quantile classes of the pooled spatial lags (default: as many as the value classes)"),
                  MemberSchema("lag_cuts", .numbers, "increasing cut points of the spatial lag instead of quantiles"),
                  CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        results: ["classes (method, count, cuts)", "initial, final (period, counts, shares)",
                  "chain (counts, row_totals, probabilities, empty_rows, recurrent_classes, steady_state, mean_first_passage)",
                  "spatial (weights, lag_classes, chains by neighbour class, tests: q, lr, chi2)", "table: markov"],
        example: [("variable", .string("NQP")), ("weights", nearestNeighbourWeights)])

    static let dagumGini = EstimatorSchema(
        "dagum_gini", "Dagum (1997) Gini coefficient with its within, net between-group and transvariation decomposition, by period or pooled",
        page: "abi/evolution.md",
        members: [MemberSchema("variable", .string, required: true, role: "variable", "the column whose inequality is measured (non-negative, positive mean)"),
                  MemberSchema("group", .string, required: true, role: "group", "the grouping column (e.g. region): at least two groups, each present in every sample"),
                  MemberSchema("by", .string, default: .string("period"), allowed: ["period", "pooled"], "one decomposition per period, or one pooled"),
                  CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        results: ["samples (period, n, mean, gini, within, net_between, transvariation, shares, groups, pairs)",
                  "table: contributions and shares", "table: within- and between-group Gini", "figure: dagum_gini"],
        example: [("variable", .string("NQP")), ("group", .string("region"))])

    /// Equal weights unless given; the example couples digital finance with the index.
    static let couplingCoordination = EstimatorSchema(
        "coupling_coordination", "coupling coordination degree D = √(C·T) of two or more subsystems, with its ten classes, by unit and period",
        page: "abi/evolution.md",
        members: [MemberSchema("subsystems", .strings, required: true, role: "variables", "two or more subsystem index columns"),
                  MemberSchema("weights", .numbers, "the weight of each subsystem in T (non-negative, summing to 1; default equal)"),
                  MemberSchema("normalise", .boolean, default: .bool(true), "range-normalise each subsystem over the whole panel first (false: values must lie in [0, 1])"),
                  MemberSchema("group", .string, role: "group", "a grouping column: mean D by period within each group"),
                  CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        results: ["observations (unit, period, levels, coupling, development, coordination, class, class_zh)",
                  "periods (means, with groups)", "table: coupling coordination by period"],
        example: [("subsystems", .array([.string("NQP"), .string("DF")])), ("group", .string("region"))])

    static let obstacleDegree = EstimatorSchema(
        "obstacle_degree", "obstacle degree model (factor contribution × deviation) of an index's indicators, ranked by period and group",
        page: "abi/evolution.md",
        members: [MemberSchema("indicators", .array, required: true, "the index's indicators as in the index step: \"name:+:dimension\" or {\"name\", \"direction\": \"+\" | \"-\", \"dimension\"}"),
                  MemberSchema("weights", .numbers, "the factor contribution of each indicator (default: the pooled entropy weights)"),
                  MemberSchema("shift", .number, default: .number(0.0001), minimum: 0, maximum: 1, "entropy weights: added to the normalised values before the proportions"),
                  MemberSchema("group", .string, role: "group", "a grouping column: obstacle degrees by group as well"),
                  MemberSchema("top", .integer, default: .number(5), minimum: 1, maximum: 1000, "how many leading obstacles each ranking lists"),
                  CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        results: ["weights", "overall, periods (and groups): n, indicators (obstacle, rank), dimensions, top",
                  "table: obstacle degree by period", "table: top obstacles by period (and group)"],
        example: [("indicators", .array(ObstacleExample.indicators)), ("group", .string("region"))])

    static let kernelDensity = EstimatorSchema(
        "kernel_density", "kernel density estimates of a variable by period (and group) with peaks, spread and skewness",
        page: "abi/evolution.md",
        members: [MemberSchema("variable", .string, required: true, role: "variable", "the column whose distribution is estimated"),
                  MemberSchema("group", .string, role: "group", "a grouping column (e.g. region): one density per period and group"),
                  MemberSchema("kernel", .string, default: .string("gaussian"), allowed: KernelDensityKernel.names,
                               "gaussian; epanechnikov (Stata's unit-variance form on ±√5); epan2 (the standard form on ±1)"),
                  MemberSchema("bandwidth", .numberOrString, default: .string("silverman"), allowed: KernelDensityBandwidth.rules,
                               "\"silverman\" 0.9·A·n^(−1/5), \"scott\" 1.059·A·n^(−1/5) (A = min(sd, IQR/1.349)), or a positive number"),
                  MemberSchema("points", .integer, default: .number(100), minimum: 2, maximum: 10_000, "evaluation grid points"),
                  MemberSchema("range", .numbers, "[low, high] of the grid (default: each sample's min − 3h … max + 3h)"),
                  CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        results: ["samples (period, group, n, mean, sd, iqr, skewness, bandwidth, peak_count, peaks, grid, density)",
                  "figure: kernel_density", "table: distribution by period"],
        example: [("variable", .string("NQP")), ("kernel", .string("gaussian")), ("bandwidth", .string("silverman"))])

    static let convergence = EstimatorSchema(
        "convergence", "σ convergence and absolute / conditional β convergence with fixed effects, speed and half-life",
        page: "abi/evolution.md",
        members: [CommonMembers.formula("LEVEL ~ controls | fixed effects: the level column (logged by the estimator), the conditioning controls "
                                        + "(1 for none), the absorbed effects"),
                  MemberSchema("group", .string, role: "group", "a grouping column (e.g. region): σ convergence within each group as well"),
                  MemberSchema(SpatialSchemas.weights.name, .object, role: SpatialSchemas.weights.role,
                               SpatialSchemas.weights.help + "; adds spatial β convergence in the two-way fixed-effects spatial Durbin model"),
                  CommonMembers.vcovClusteredByUnit, CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: [CommonMembers.level],
        results: ["sigma (periods: n, mean, sd, cv, sd_log; cv_trend, sd_log_trend; groups: the same per group)",
                  "beta (absolute, conditional: beta, std_error, speed, half_life, regression)",
                  "spatial_beta (weights, periods; absolute, conditional: beta, speed, half_life, rho, coefficients, effects)",
                  "tables: σ (overall and by group), β and spatial β convergence"],
        example: [("formula", .string("NQP ~ UL + CSL | city + year"))])

    static let clubConvergence = EstimatorSchema(
        "club_convergence", "Phillips–Sul log t convergence test and club clustering of a panel variable's HP-filtered log paths",
        page: "abi/evolution.md",
        members: [MemberSchema("variable", .string, required: true, role: "variable", "the column whose clubs are found (positive unless log is false)"),
                  MemberSchema("trim", .number, default: .number(0.3), minimum: 0, maximum: 1, "share r of initial periods the log t regression drops ([rT])"),
                  MemberSchema("cstar", .number, default: .number(0), "the sieve's critical value c*: a unit joins the core's club when its t exceeds it"),
                  MemberSchema("hp_lambda", .number, default: .number(400), minimum: 0, "Hodrick–Prescott smoothing of each path (0: none)"),
                  MemberSchema("log", .boolean, default: .bool(true), "take logarithms before filtering"),
                  MemberSchema("merge", .boolean, default: .bool(true), "merge adjacent clubs whose union passes the log t test (Phillips–Sul 2009)"),
                  CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        results: ["overall (coefficient, std_error, t, p_value, converges)", "clubs (club, n, units, log_t)", "merged_clubs (club, n, units, merged_from, log_t)", "divergent",
                  "tables: clubs and merged clubs"],
        example: [("variable", .string("NQP"))])
}

/// The example's indicators: six of the example panel's NQP indicators over its three dimensions.
private enum ObstacleExample {
    static let indicators: [JSONValue] = [("it_employment_share", "+", "labor"), ("college_students_per10k", "+", "labor"),
                                          ("tertiary_gdp_share", "+", "objects of labor"), ("so2_intensity", "-", "objects of labor"),
                                          ("rd_intensity", "+", "means of labor"), ("broadband_per10k", "+", "means of labor")].map { name, direction, dimension in
        .object(JSONObject([.init(key: "name", value: .string(name)), .init(key: "direction", value: .string(direction)),
                            .init(key: "dimension", value: .string(dimension))]))
    }
}
