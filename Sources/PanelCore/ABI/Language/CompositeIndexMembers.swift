/// The members that describe a composite index, shared by the `index` estimator and the `index` preparation step
/// (one definition): indicators, method, the index's column, grouping, the entropy shift, hierarchical weights and
/// the PCA retention rule.
enum CompositeIndexMembers {
    /// The members; `columnRequired` for the step, which must name the column it writes (the estimator defaults to
    /// "score").
    static func members(columnRequired: Bool) -> [MemberSchema] {
        [MemberSchema("indicators", .array, required: true,
                      "indicator columns, each 'name', 'name:+' (larger is better), 'name:-' (smaller is better) or 'name:+:dimension', or {\"name\", \"direction\", \"dimension\"}"),
         MemberSchema("method", .string, default: .string("entropy"), allowed: ["entropy", "topsis", "pca"], "the weighting method"),
         columnRequired
            ? MemberSchema("column", .string, required: true, "the index's column, which later steps and models use")
            : MemberSchema("column", .string, default: .string("score"), "the index's name (table title; the column in later steps)"),
         MemberSchema("by", .string, role: "group", "normalise within groups of this column (e.g. year)"),
         MemberSchema("shift", .number, default: .number(0.0001), minimum: 0, maximum: 1, "added to normalised values before logs (entropy)"),
         MemberSchema("hierarchical", .boolean, default: .bool(false), "entropy weights within dimensions, then across dimensions"),
         MemberSchema("retain", .numberOrString, default: .string("kaiser"), "PCA: \"kaiser\", a number of components, or a cumulative share in (0, 1)")]
    }

    /// Four indicators of the example panel in three dimensions, one of them negative.
    static let exampleIndicators: JSONValue = .array([.string("it_employment_share:+:digital"), .string("broadband_per10k:+:digital"),
                                                      .string("rd_intensity:+:innovation"), .string("so2_intensity:-:green")])
}
