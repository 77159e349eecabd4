/// The DID family (docs/abi/did.md) and the heterogeneity-robust estimators (docs/abi/did-robust.md).
enum DIDSchemas {
    static let treatmentStatus = MemberSchema("treatment", .string, role: "treatment",
                                              "0/1 absorbing treatment status column (give this or 'cohort')")
    static let cohort = MemberSchema("cohort", .string, role: "cohort",
                                     "first treated period of each unit; 0 or missing = never treated (give this or 'treatment')")
    static let didFormula = CommonMembers.formula("y ~ controls | id + year (the treatment indicator is added by the estimator)")

    static let did = EstimatorSchema(
        "did", "2×2 or two-way fixed-effects difference in differences",
        page: "abi/did.md",
        members: [didFormula, treatmentStatus, cohort,
                  MemberSchema("treat", .string, role: "group", "2×2 design: the 0/1 treated-group column (with 'post')"),
                  MemberSchema("post", .string, role: "period", "2×2 design: the 0/1 post-period column (with 'treat')"),
                  CommonMembers.vcov, CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: [CommonMembers.level, CommonMembers.seed, CommonMembers.save],
        results: ["effect (the DID coefficient)", "regression (the full regression result)", "saved (options.save)", "table: regression"],
        example: [("formula", .string("NQP ~ UL + CSL | city + year")), ("treatment", .string("pilot")),
                  ("vcov", .object(JSONObject([.init(key: "cluster", value: .string("city"))])))])

    static let eventStudy = EstimatorSchema(
        "event_study", "event study around adoption with binned end points, a reference period and a pre-trend F test",
        page: "abi/did.md",
        members: [didFormula, treatmentStatus, cohort, CommonMembers.vcov, CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: [CommonMembers.level,
                  MemberSchema("window", .numbers, "[low, high] relative periods shown (default: the observed range)"),
                  MemberSchema("reference", .integer, default: .number(-1), "the omitted relative period"),
                  MemberSchema("bin", .boolean, default: .bool(true), "relative times beyond the window are binned at its ends (false: dropped)")],
        results: ["coefficients (rel_time)", "pretrend test", "figure: event_study", "table: event study"],
        example: [("formula", .string("NQP ~ UL | city + year")), ("treatment", .string("pilot")),
                  ("vcov", .object(JSONObject([.init(key: "cluster", value: .string("city"))])))])

    static let placebo = EstimatorSchema(
        "placebo", "placebo tests: random treated units, fake adoption years, random subsamples",
        page: "abi/did.md",
        members: [didFormula, treatmentStatus, cohort, CommonMembers.vcov, CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: [CommonMembers.level, CommonMembers.seed,
                  MemberSchema("mode", .string, default: .string("random_units"), allowed: ["random_units", "fake_years", "subsample"],
                               "what is randomised"),
                  CommonMembers.replications(default: 500, maximum: 1_000_000, "placebo draws (not used by fake_years)"),
                  MemberSchema("shift", .integer, default: .number(1), minimum: 1, "fake_years: periods by which adoption moves earlier"),
                  MemberSchema("share", .number, default: .number(0.1), minimum: 0, maximum: 1,
                               "subsample: fraction of observations dropped per replication")],
        results: ["actual", "draws summary", "figure: placebo_density", "table: placebo"],
        example: [("formula", .string("NQP ~ UL | city + year")), ("treatment", .string("pilot")),
                  ("options", .object(JSONObject([.init(key: "replications", value: .number(100))])))])

    static let bacon = EstimatorSchema(
        "bacon", "Goodman-Bacon decomposition of the two-way fixed-effects DID estimate",
        page: "abi/did.md",
        members: [CommonMembers.formula("y ~ 1 (no controls, no '|' part: unit and period effects come from 'panel')"),
                  treatmentStatus, cohort, CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        results: ["comparisons (type, weight, estimate)", "table: bacon"],
        example: [("formula", .string("NQP ~ 1")), ("treatment", .string("pilot"))])

    static let propensityScoreDID = EstimatorSchema(
        "psm_did", "propensity-score matching (logit; nearest neighbour or kernel) followed by DID on the matched sample",
        page: "abi/did-robust.md",
        members: [didFormula, MemberSchema("treatment", .string, required: true, role: "treatment", "0/1 treated-group column"),
                  MemberSchema("covariates", .strings, required: true, role: "covariates", "the propensity-score columns"),
                  CommonMembers.vcov, CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: [CommonMembers.level,
                  MemberSchema("method", .string, default: .string("nearest"), allowed: ["nearest", "kernel"], "matching method"),
                  MemberSchema("neighbors", .integer, default: .number(1), minimum: 1, maximum: 1000, "nearest: neighbours per treated unit"),
                  MemberSchema("replacement", .boolean, default: .bool(true), "nearest: match with replacement"),
                  MemberSchema("caliper", .number, minimum: 0, "nearest: largest propensity-score distance of a match"),
                  MemberSchema("bandwidth", .number, minimum: 0, "kernel: Epanechnikov bandwidth"),
                  MemberSchema("common_support", .boolean, default: .bool(false), "drop treated units outside the controls' score range"),
                  MemberSchema("score_period", .numberOrString, "the period whose rows estimate the score (default: pooled rows)")],
        results: ["did (regression)", "balance table", "matches", "table: psm_did"],
        example: [("formula", .string("NQP ~ pilot + UL | city + year")), ("treatment", .string("pilot")),
                  ("covariates", .array([.string("UL"), .string("FDL")])),
                  ("options", .object(JSONObject([.init(key: "score_period", value: .string("pooled"))])))])

    static let callawaySantAnna = EstimatorSchema(
        "callaway_santanna", "Callaway–Sant'Anna group-time ATTs with simple, dynamic, group and calendar aggregations",
        page: "abi/did-robust.md",
        members: [CommonMembers.formula("y ~ covariates (y ~ 1 for none; unit and period effects come from 'panel')", required: false),
                  treatmentStatus, cohort,
                  MemberSchema("outcome", .string, role: "response", replacement: "write the outcome left of '~' in 'formula'",
                               "the outcome column (old spelling)"),
                  MemberSchema("covariates", .strings, role: "covariates", replacement: "write the covariates right of '~' in 'formula'",
                               "covariate columns (old spelling)"),
                  CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: [CommonMembers.level,
                  MemberSchema("control_group", .string, default: .string("never_treated"), allowed: ["never_treated", "not_yet_treated"],
                               "the comparison units"),
                  MemberSchema("base_period", .string, default: .string("varying"), allowed: ["varying", "universal"],
                               "the base period of pre-treatment cells"),
                  MemberSchema("est_method", .string, default: .string("dr"), allowed: ["dr", "ipw", "reg"],
                               "the 2×2 estimator with covariates: doubly robust, inverse probability weighting, outcome regression"),
                  MemberSchema("bootstrap", .string, default: .string("none"), allowed: ["none", "rademacher", "mammen"],
                               "multiplier bootstrap by unit (standard errors and simultaneous bands) and its multipliers"),
                  CommonMembers.replications(default: 999, maximum: 1_000_000, "bootstrap draws"), CommonMembers.seed,
                  MemberSchema("panel", .boolean, default: .bool(true),
                               "false: repeated cross-sections (every row its own unit; needs 'cohort'), R did's panel = FALSE"),
                  MemberSchema("allow_unbalanced_panel", .boolean, default: .bool(false),
                               "keep an unbalanced panel (repeated-cross-section estimators, influence by unit) instead of dropping incomplete units")],
        results: ["cells (group, time, att)", "aggregations (simple, dynamic, group, calendar)", "pretest (Wald, parallel trends)",
                  "table: callaway_santanna"],
        example: [("formula", .string("NQP ~ 1")), ("treatment", .string("pilot"))],
        formulaRoles: .outcomeCovariates(member: "covariates"))

    static let sunAbraham = EstimatorSchema(
        "sun_abraham", "Sun–Abraham interaction-weighted event study",
        page: "abi/did-robust.md",
        members: [CommonMembers.formula("y ~ controls (y ~ 1 for none; unit and period effects come from 'panel')", required: false),
                  treatmentStatus, cohort,
                  MemberSchema("outcome", .string, role: "response", replacement: "write the outcome left of '~' in 'formula'",
                               "the outcome column (old spelling)"),
                  MemberSchema("controls", .strings, role: "controls", replacement: "write the controls right of '~' in 'formula'",
                               "control columns (old spelling)"),
                  CommonMembers.vcovClusteredByUnit, CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: [CommonMembers.level,
                  MemberSchema("control", .string, default: .string("never_treated"), allowed: ["never_treated", "last_treated"],
                               "the control cohort")],
        results: ["cells", "event-time averages", "overall", "table: sun_abraham"],
        example: [("formula", .string("NQP ~ 1")), ("treatment", .string("pilot"))],
        formulaRoles: .outcomeCovariates(member: "controls"))
}
