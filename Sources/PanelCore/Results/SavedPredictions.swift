/// Per-row residuals and fitted values of a linear model and its estimated fixed effects — reghdfe's `resid` and
/// `savefe`, pyfixest's `resid()`, `predict()` and `fixef()` — as `options.save` asks for them.
///
/// Rows are the rows of the data the model sees (after any steps): rows outside the estimation sample (missing values,
/// singletons) have nil. Residuals are y − xβ − (fixed effects); fitted values are y − residual = xβ + (fixed
/// effects), pyfixest's `predict()`. Fixed effects follow `FixedEffectRecovery` (fixest's `fixef()` references).
public struct SavedPredictions {
    /// One entry per data row, nil outside the estimation sample; nil when not asked for.
    public let residuals: [Double?]?
    public let fitted: [Double?]?
    /// One table per absorbed effect, in the formula's order; nil when not asked for.
    public let fixedEffects: [FixedEffectValues]?

    /// What `choice` asks for of `result` (nil when it asks for nothing); fails at `options/save` when the result
    /// has no estimation sample.
    init?(_ choice: SaveChoice, of result: RegressionResult, formula: Formula, table: DataTable, panel: PanelIndex?,
          at location: String) throws(PanelError) {
        guard !choice.isEmpty else { return nil }
        guard let sample = result.estimationSample else {
            throw PanelError(.invalidOption, "'save' is not available for this model: it has no per-row residuals", at: location + "/options/save")
        }
        try self.init(choice, sample: sample, formula: formula, coefficients: result.coefficients, table: table, panel: panel, at: location)
    }

    /// Computes what `choice` asks for from `sample`, the model's `coefficients` and its formula on `table`.
    init(_ choice: SaveChoice, sample: EstimationSample, formula: Formula, coefficients: [CoefficientEstimate], table: DataTable,
         panel: PanelIndex?, at location: String) throws(PanelError) {
        let linear = try LinearPrediction(formula: formula, coefficients: coefficients, rows: sample.rows,
                                          includesIntercept: sample.fixedEffects.isEmpty, table: table, panel: panel, at: location)
        let residuals = sample.residuals ?? linear.response.indices.map { linear.response[$0] - linear.prediction[$0] }
        func perRow(_ value: (Int) -> Double) -> [Double?] {
            var values = [Double?](repeating: nil, count: table.rowCount)
            for (i, row) in sample.rows.enumerated() { values[row] = value(i) }
            return values
        }
        self.residuals = choice.residuals ? perRow { residuals[$0] } : nil
        self.fitted = choice.fitted ? perRow { linear.response[$0] - residuals[$0] } : nil
        guard choice.fixedEffects, !sample.fixedEffects.isEmpty else {
            self.fixedEffects = choice.fixedEffects ? [] : nil
            return
        }
        let explained = linear.response.indices.map { linear.response[$0] - linear.prediction[$0] - residuals[$0] }
        var levels: [FixedEffectLevels] = []
        for term in sample.fixedEffects {
            levels.append(try FixedEffectLevels(term, rows: sample.rows, table: table, at: location + "/options/save"))
        }
        let values = try FixedEffectRecovery.values(explained: explained, factors: levels.map { $0.factor }, ranks: levels.map { $0.ranks },
                                                    at: location + "/options/save")
        self.fixedEffects = levels.indices.map { FixedEffectValues(levels[$0], values: values[$0]) }
    }
}

/// The estimated effect of every level of one absorbed factor, levels in fixest's order (`FixedEffectLevels.ranks`).
public struct FixedEffectValues {
    /// The term as written (`firm`, `province^year`).
    public let name: String
    public let levels: [String]
    public let values: [Double]

    init(_ levels: FixedEffectLevels, values: [Double]) {
        let order = levels.ranks.indices.sorted { levels.ranks[$0] < levels.ranks[$1] }
        self.name = levels.factor.name
        self.levels = order.map { levels.labels[$0] }
        self.values = order.map { values[$0] }
    }
}
