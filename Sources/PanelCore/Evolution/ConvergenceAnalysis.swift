/// σ and β convergence of a positive panel variable (`estimator: "convergence"`, docs/abi/evolution.md): its
/// dispersion by period with the trend (`ConvergenceSigma`), overall and within each group of a grouping column
/// (`ConvergenceGroupSigma`), absolute β convergence (growth on the log level with
/// the formula's fixed effects) and, when the formula names controls, conditional β convergence
/// (`ConvergenceBeta`). The regressions read the data with two added columns: `log(y)` and the growth `Δlog(y)`.
struct ConvergenceAnalysis {
    let variable: String
    let levelName: String
    let growthName: String
    let sigma: ConvergenceSigma
    /// The grouping column's name and σ convergence within each of its groups (nil without a grouping column).
    let groups: (name: String, sigma: [ConvergenceGroupSigma])?
    let absolute: ConvergenceBeta
    let conditional: ConvergenceBeta?

    /// `formula` is `y ~ controls | fixed effects` (`y ~ 1 | …` for none); `y` must be a column of positive values
    /// that is not constant; `group` names an optional grouping column (read at `location/group`).
    init(formula: Formula, group: String?, table: DataTable, panel: PanelIndex, covariance: CovarianceChoice, confidenceLevel: Double,
         budget: TimeBudget, at location: String) throws(PanelError) {
        let place = location + "/formula"
        guard case .variable(let variable) = formula.response, formula.endogenous.isEmpty else {
            throw PanelError(.badFormula, "convergence reads 'LEVEL ~ controls | fixed effects': the left side names the level column (it takes "
                             + "the logarithm and the growth itself), and there is no instruments part", at: place)
        }
        let values = try table.requireNumeric(variable, at: place)
        let present = values.filter { !$0.isNaN }
        if let first = present.first, present.allSatisfy({ $0 == first }) {
            throw PanelError(.invalidData, "\(variable) is constant: it has no dispersion to converge", at: place)
        }
        let logs = try ConvergenceLogLevels(values, variable: variable, panel: panel, at: place)
        let sigma = try ConvergenceSigma(values, logs: logs.logLevel, periodOf: panel.timeOf, at: place)
        groups = try group.map { (name: String) throws(PanelError) -> (name: String, sigma: [ConvergenceGroupSigma]) in
            let levels = FactorLevels(try table.requireColumn(name, at: location + "/group"))
            return (name, try ConvergenceGroupSigma.byGroup(values, logs: logs.logLevel, periodOf: panel.timeOf, labels: levels.labels,
                                                            levelOf: levels.levelOf, at: location + "/group"))
        }
        let levelName = "log(\(variable))", growthName = "Δlog(\(variable))"
        for name in [levelName, growthName] where table.column(named: name) != nil {
            throw PanelError(.invalidData, "the data has a column named '\(name)', the name convergence gives its own column", at: place)
        }
        let extended = table.setting(DataColumn(name: levelName, values: .numeric(logs.logLevel)))
            .setting(DataColumn(name: growthName, values: .numeric(logs.growth)))
        func fit(_ controls: [FormulaTerm]) throws(PanelError) -> ConvergenceBeta {
            try ConvergenceBeta(growth: growthName, level: levelName, controls: controls, fixedEffects: formula.fixedEffects, table: extended,
                                panel: panel, covariance: covariance, confidenceLevel: confidenceLevel, budget: budget, at: location)
        }
        self.variable = variable
        self.levelName = levelName
        self.growthName = growthName
        self.sigma = sigma
        absolute = try fit([])
        conditional = formula.regressors.isEmpty ? nil : try fit(formula.regressors)
    }
}
