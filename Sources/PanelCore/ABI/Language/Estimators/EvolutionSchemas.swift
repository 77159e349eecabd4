/// The estimators of an index's spatiotemporal evolution (docs/abi/evolution.md): kernel densities by period and
/// σ / β convergence.
enum EvolutionSchemas {
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
                  CommonMembers.label],
        results: ["samples (period, group, n, mean, sd, iqr, skewness, bandwidth, peak_count, peaks, grid, density)",
                  "figure: kernel_density (overlay or ridge)", "table: distribution by period"],
        example: [("variable", .string("NQP")), ("kernel", .string("gaussian")), ("bandwidth", .string("silverman"))])

    static let convergence = EstimatorSchema(
        "convergence", "σ convergence and absolute / conditional β convergence with fixed effects, speed and half-life",
        page: "abi/evolution.md",
        members: [CommonMembers.formula("LEVEL ~ controls | fixed effects: the level column (logged by the estimator), the conditioning controls "
                                        + "(1 for none), the absorbed effects"),
                  CommonMembers.vcovClusteredByUnit, CommonMembers.label],
        options: [CommonMembers.level],
        results: ["sigma (periods: n, mean, sd, cv, sd_log; cv_trend, sd_log_trend)",
                  "beta (absolute, conditional: beta, std_error, speed, half_life, regression)", "tables: σ and β convergence"],
        example: [("formula", .string("NQP ~ UL + CSL | city + year"))])
}
