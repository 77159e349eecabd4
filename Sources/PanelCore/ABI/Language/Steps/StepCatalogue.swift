/// Every preparation step of the request language, in the order `{"estimator": "schema"}` lists them under
/// `"steps"`: the one list `PreparationSteps`, the schema export, the browser's preparation menu and the
/// documentation test read (docs/ABI.md, "Steps").
public enum StepCatalogue {
    public static let all: [StepSchema] = [transform, winsorize, standardize, impute, balance, index]

    /// The names accepted in `"step"`.
    public static let names: [String] = all.map { $0.name }

    /// The schema of the step named `name`, if this build has it.
    public static func schema(named name: String) -> StepSchema? {
        all.first { $0.name == name }
    }

    static let columns = MemberSchema("columns", .strings, required: true, role: "variables", "the numeric columns the step changes")
    static let groups = MemberSchema("by", .string, role: "group", "a grouping column: the step works within each of its groups")

    static let transform = StepSchema(
        "transform", "a new (or replaced) numeric column from a formula expression",
        members: [MemberSchema("column", .string, required: true, "the column to write"),
                  MemberSchema("expression", .string, required: true,
                               "a formula expression: log(x), log1p(x), exp(x), sqrt(x), abs(x), arithmetic, and with the panel l(x, k), f(x, k), d(x)")],
        example: [("column", .string("log_UL")), ("expression", .string("log(UL)"))])

    static let winsorize = StepSchema(
        "winsorize", "values beyond two percentiles set to them (pandas' linear percentile), pooled or within groups",
        members: [columns,
                  MemberSchema("lower", .number, default: .number(0.01), minimum: 0, maximum: 1, "the lower percentile, a share in [0, 1]"),
                  MemberSchema("upper", .number, default: .number(0.99), minimum: 0, maximum: 1, "the upper percentile, a share in [0, 1]"),
                  groups],
        example: [("columns", .array([.string("DF"), .string("UL")]))])

    static let standardize = StepSchema(
        "standardize", "(x − mean) / sd with n − 1, pooled or within groups",
        members: [columns, groups],
        example: [("columns", .array([.string("DF")]))])

    static let impute = StepSchema(
        "impute", "missing years filled within each unit: the mean of the adjacent years (seed 003) or linear interpolation",
        members: [columns,
                  MemberSchema("method", .string, default: .string("adjacent_mean"), allowed: ["adjacent_mean", "linear"],
                               "adjacent_mean: the mean of the previous and next year; linear: interpolation over interior gaps")],
        needsPanel: true,
        example: [("columns", .array([.string("broadband_per10k")]))])

    static let balance = StepSchema(
        "balance", "whether the panel is balanced: its units, periods and the missing (unit, period) pairs",
        members: [], needsPanel: true, example: [])

    static let index = StepSchema(
        "index", "a composite index into a new column: entropy weights, TOPSIS with entropy weights, or principal components",
        members: CompositeIndexMembers.members(columnRequired: true),
        example: [("method", .string("entropy")), ("column", .string("nqp_index")),
                  ("indicators", CompositeIndexMembers.exampleIndicators)])
}
