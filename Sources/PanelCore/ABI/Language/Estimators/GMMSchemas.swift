/// Dynamic-panel GMM (docs/abi/gmm.md).
enum GMMSchemas {
    static let gmm = EstimatorSchema(
        "gmm", "Arellano–Bond difference and Blundell–Bond system GMM for dynamic panels (plm pgmm, xtabond2)",
        page: "abi/gmm.md",
        members: [CommonMembers.formula("y ~ l(y, 1) + x + l(x, 1) (lags with l(), ranges l(x, 0:2); no '|' parts: differencing removes the unit effects)"),
                  MemberSchema("gmm", .array, required: true,
                               "GMM-style instruments: [{\"variable\": \"y\", \"lags\": [2, 99], \"collapse\": false}] (xtabond2 gmm(y, lag(2 99)))"),
                  MemberSchema("iv", .strings, "IV-style instruments (expressions such as \"x\", \"l(x, 1)\" or a range \"l(x, 0:2)\"); default: the regressors without a GMM-style variable (plm)"),
                  MemberSchema("transformation", .string, default: .string("d"), allowed: ["d", "ld"],
                               "\"d\": difference GMM (Arellano–Bond); \"ld\": system GMM with level equations (Blundell–Bond), as plm's transformation"),
                  MemberSchema("two_step", .boolean, default: .bool(false),
                               "false: one-step with robust standard errors; true: two-step with Windmeijer-corrected standard errors (xtabond2 twostep)"),
                  MemberSchema("time_dummies", .boolean, default: .bool(true), "period dummies (plm effect = \"twoways\"); with \"ld\" also the constant"),
                  CommonMembers.label, CommonMembers.language, CommonMembers.layout],
        options: [CommonMembers.level],
        results: ["coefficients (z inference)", "AR(1)/AR(2) tests", "Sargan and Hansen tests", "difference-in-Hansen tests (two-step)", "instrument count", "table: gmm"],
        example: [("formula", .string("NQP ~ l(NQP, 1) + DF + UL")),
                  ("gmm", .array([.object(JSONObject([.init(key: "variable", value: .string("NQP")),
                                                      .init(key: "lags", value: .array([.number(2), .number(4)])),
                                                      .init(key: "collapse", value: .bool(true))]))])),
                  ("transformation", .string("ld")), ("two_step", .bool(true))])
}
