/// Members that mean the same thing in every estimator that has them (one definition each): the formula, the
/// covariance, the label, the output language and the common options.
enum CommonMembers {
    static func formula(_ help: String = "y ~ x1 + x2 [| fe1 + fe2] (fixest syntax; docs/ABI.md, \"Formula language\")",
                        required: Bool = true) -> MemberSchema {
        MemberSchema("formula", .string, required: required, role: "formula", help)
    }

    static let vcov = MemberSchema("vcov", .stringOrObject, default: .string("iid"), role: "vcov",
                                   "\"iid\", \"hc1\" (\"robust\"), {\"cluster\": \"C\"}, {\"cluster\": [\"A\", \"B\"]}, \"driscoll_kraay\" or {\"driscoll_kraay\": {\"lag\": L}}")
    /// `vcov` of estimators that cluster by the panel's unit unless told otherwise.
    static let vcovClusteredByUnit = MemberSchema("vcov", .stringOrObject, role: "vcov",
                                                  "as for ols; default {\"cluster\": <the panel id>} (the unit)")
    static let label = MemberSchema("label", .string, "free text echoed in the result and used as the column title of tables")
    /// `language`, which every estimator that renders tables takes (read by `PanelCoreABI.run`).
    static let language = MemberSchema("language", .string, default: .string("en"), allowed: OutputLanguage.names,
                                       "language of the fixed text of tables and notes: \"en\" (English) or \"zh\" (Chinese: 括号内为标准误, 观测值, 固定效应 是/否…); labels you give stay as given")
    /// `layout`, which every estimator that renders tables takes (read by `PanelCoreABI.run`, applied by `RenderFormats`).
    static let layout = MemberSchema("layout", .string, default: .string("auto"), allowed: TableLayout.names,
                                     "page layout of the result's tables in LaTeX and RTF: \"auto\" (turn or split only what is too wide), \"landscape\" (pdflscape page; RTF landscape section) or \"longtable\" (LaTeX longtable, header repeated on every page)")
    static let level = MemberSchema("level", .number, default: .number(0.95), minimum: 0, maximum: 1,
                                    "confidence level of the intervals, strictly between 0 and 1")
    static let seed = MemberSchema("seed", .integer, default: .number(0), minimum: 0, maximum: 9_007_199_254_740_991,
                                   "seed of the random draws (whole number 0…2^53 − 1); replication r draws from sub-stream r")
    /// `options.max_seconds`, which every model takes (read by `ModelTimeLimit`).
    static let maxSeconds = MemberSchema("max_seconds", .number, minimum: 0,
                                         "a time budget in seconds: past it the model answers time_limit instead of a result")
    /// `options.replications_range`, which every estimator with `replications` takes (read by `ShardedModel`).
    static let replicationsRange = MemberSchema("replications_range", .numbers,
                                                "[first, end]: run only replications first … end − 1 and answer their raw values, a shard to combine (docs/ABI.md, \"Sharded replications\")")
    /// `options.save` of the linear models with per-row values (read by `SaveChoice`).
    static let save = MemberSchema("save", .strings, allowed: SaveChoice.names,
                                   "per-row values to return in 'saved': \"residuals\", \"fitted\" (xb + fixed effects), \"fixef\" (fixed-effect level values; fixest's references) — docs/ABI.md, \"Saved values\"")
    static func replications(default count: Double, maximum: Double, _ help: String) -> MemberSchema {
        MemberSchema("replications", .integer, default: .number(count), minimum: 0, maximum: maximum, help)
    }

    /// `treatment` as a role of the unified formula: the formula regressor whose effect is studied.
    static let treatment = MemberSchema("treatment", .string, role: "treatment",
                                        "the treatment: one of the formula's regressors (default: the first)")
    /// The old spellings the unified formula replaces, kept readable with a deprecation warning.
    static let outcome = MemberSchema("outcome", .string, role: "response",
                                      replacement: "write the outcome left of '~' in 'formula'", "the outcome column (old spelling)")
    static let controls = MemberSchema("controls", .strings, role: "controls",
                                       replacement: "write the controls after the treatment in 'formula'", "control terms (old spelling)")
    static let fixedEffects = MemberSchema("fixed_effects", .strings, role: "fixed_effects",
                                           replacement: "write the fixed effects after '|' in 'formula'", "fixed-effect terms (old spelling)")
}
