extension ComparedModel {
    /// A regression as a comparison-table column: its coefficients, `nobs` and its statistics (`r2`, `n_clusters`…)
    /// with `extra` after them, its absorbed fixed effects, and `label` over the column (default: the response).
    init(_ regression: RegressionResult, label: String? = nil, extra: [NamedStatistic] = []) {
        self.init(response: regression.responseName, label: label, coefficients: regression.coefficients,
                  statistics: [NamedStatistic("nobs", Double(regression.observationCount))] + regression.statistics + extra,
                  fixedEffects: regression.fixedEffects)
    }
}
