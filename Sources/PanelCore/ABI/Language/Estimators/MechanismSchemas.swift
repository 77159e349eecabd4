/// Mediation, moderation and heterogeneity (docs/abi/mechanisms.md). Each takes the unified formula
/// `outcome ~ treatment + controls | fixed effects` with its role members.
enum MechanismSchemas {
    static let formula = CommonMembers.formula("outcome ~ treatment + controls | fe1 + fe2 (the treatment is the first regressor unless 'treatment' names it)",
                                               required: false)
    static let bootstrapReplications = CommonMembers.replications(default: 1000, maximum: 1_000_000, "bootstrap replications (0: none)")

    static let mediation = EstimatorSchema(
        "mediation", "causal-steps mediation with parallel mediators, Sobel/Aroian/Goodman tests and cluster bootstrap (percentile, BC, BCa)",
        page: "abi/mechanisms.md",
        members: [formula, CommonMembers.treatment,
                  MemberSchema("mediators", .strings, required: true, role: "mediators", "the mediator columns (one path each)"),
                  CommonMembers.vcov, CommonMembers.label, CommonMembers.language, CommonMembers.layout, CommonMembers.outcome, CommonMembers.controls, CommonMembers.fixedEffects],
        options: [CommonMembers.level, CommonMembers.seed, bootstrapReplications,
                  MemberSchema("resample", .string, default: .string("cluster"), allowed: ["cluster", "observation"], "what the bootstrap resamples"),
                  MemberSchema("cluster", .string, "the resampled cluster column (default: the vcov cluster, else the panel id)"),
                  MemberSchema("intervals", .strings, default: .array([.string("percentile"), .string("bc"), .string("bca")]),
                               allowed: ["percentile", "bc", "bca"], "bootstrap intervals to report")],
        results: ["total, path, outcome regressions", "indirect effects with Sobel/Aroian/Goodman", "bootstrap intervals", "shares mediated", "table: mediation"],
        example: [("formula", .string("NQP ~ DF + UL + CSL + FDL + TRL + ESL | city + year")), ("mediators", .array([.string("RI"), .string("GLCT")])),
                  ("vcov", .object(JSONObject([.init(key: "cluster", value: .string("city"))]))),
                  ("options", .object(JSONObject([.init(key: "replications", value: .number(200)), .init(key: "seed", value: .number(2024))])))],
        formulaRoles: .outcomeTreatmentControls(roleMembers: ["mediators"]))

    static let moderation = EstimatorSchema(
        "moderation", "interaction model with simple slopes and the Johnson–Neyman region",
        page: "abi/mechanisms.md",
        members: [formula, CommonMembers.treatment,
                  MemberSchema("moderator", .string, required: true, role: "moderator", "the moderator column (its interaction with the treatment is added)"),
                  CommonMembers.vcov, CommonMembers.label, CommonMembers.language, CommonMembers.layout, CommonMembers.outcome, CommonMembers.controls, CommonMembers.fixedEffects],
        options: [CommonMembers.level,
                  MemberSchema("center", .boolean, default: .bool(false), "centre treatment and moderator at their means before interacting"),
                  MemberSchema("at", .numbers, "moderator values for the simple slopes (default mean − sd, mean, mean + sd)")],
        results: ["regression", "simple slopes", "Johnson–Neyman region", "table: moderation"],
        example: [("formula", .string("NQP ~ DF + UL + CSL + FDL + TRL + ESL | city + year")), ("moderator", .string("DAG")),
                  ("vcov", .object(JSONObject([.init(key: "cluster", value: .string("city"))])))],
        formulaRoles: .outcomeTreatmentControls(roleMembers: ["moderator"]))

    static let heterogeneity = EstimatorSchema(
        "heterogeneity", "subgroup regressions with interacted, suest-style and permutation tests of the treatment's difference",
        page: "abi/mechanisms.md",
        members: [formula, CommonMembers.treatment,
                  MemberSchema("group", .string, required: true, role: "group", "the grouping column (one regression per group)"),
                  CommonMembers.vcov, CommonMembers.label, CommonMembers.language, CommonMembers.layout, CommonMembers.outcome, CommonMembers.controls, CommonMembers.fixedEffects],
        options: [CommonMembers.level, CommonMembers.seed,
                  CommonMembers.replications(default: 1000, maximum: 1_000_000, "permutation-test replications (0: none)"),
                  MemberSchema("unit", .string, "the column whose rows share a permuted label (default: the vcov cluster, else the panel id)")],
        results: ["group regressions", "difference tests", "table: heterogeneity"],
        example: [("formula", .string("NQP ~ DF + UL + CSL + FDL + TRL + ESL | city + year")), ("group", .string("region")),
                  ("vcov", .object(JSONObject([.init(key: "cluster", value: .string("city"))]))),
                  ("options", .object(JSONObject([.init(key: "replications", value: .number(200)), .init(key: "seed", value: .number(2024))])))],
        formulaRoles: .outcomeTreatmentControls(roleMembers: []))
}
