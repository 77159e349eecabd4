/// Ordinary least squares, `estimator: "ols"`, optionally with absorbed fixed effects (`y ~ x | firm + year`).
/// References: Stata `regress` (with `vce(robust)` / `vce(cluster c)`) and statsmodels `OLS` without fixed effects;
/// Stata `reghdfe` and fixest/pyfixest `feols` with them (singletons dropped, absorbed degrees of freedom in the
/// small-sample factors, no intercept reported). Reports R² (uncentred without an intercept, as Stata does), within R²
/// with fixed effects, adjusted R², the Wald F test of all slopes under the chosen covariance, root MSE, and collinear
/// or absorbed terms as omitted.
public enum OrdinaryLeastSquares {
    public static func estimate(formula: Formula, table: consuming DataTable, panel: PanelIndex?, covariance choice: CovarianceChoice,
                                level: Double, budget: TimeBudget = .unlimited, executor: ReplicationExecutor = .serial,
                                at location: String) throws(PanelError) -> RegressionResult {
        guard formula.endogenous.isEmpty else {
            throw PanelError(.badFormula, "estimator 'ols' takes no instruments part; instrumental variables need an IV estimator",
                             at: location + "/formula")
        }
        for name in choice.requiredColumns { _ = try table.requireColumn(name, at: location + "/vcov") }
        let fixedEffectVariables = formula.fixedEffects.flatMap { term in term.factors.flatMap { $0.variables } }
        let design = try RegressionDesign(formula: formula, table: copy table, panel: panel,
                                          requiredColumns: choice.requiredColumns + fixedEffectVariables, at: location + "/formula")
        // From here on only the fixed effects and the clusters are read from the table: a caller that handed the
        // table over (a lone model, `PanelCoreABI`) has the other columns released now, before the fit.
        let remaining = (consume table).keepingColumns(choice.requiredColumns + fixedEffectVariables)
        return try estimate(design: consume design, fixedEffects: formula.fixedEffects, table: consume remaining, panel: panel, covariance: choice,
                            level: level, budget: budget, executor: executor, at: location)
    }

    /// OLS on a prepared design (rows already chosen; `fixedEffects` absorbed as in the formula version), e.g. the
    /// first-stage regressions of an instrumental-variables model on its estimation sample.
    /// The design is handed over (`consuming`), so with fixed effects its storage is reused, not copied; so is the
    /// table, whose columns other than the clusters' are released once the fixed effects are absorbed. The
    /// fixed-effects iteration stops with `time_limit` when `budget` runs out; its columns run on `executor`.
    static func estimate(design original: consuming RegressionDesign, fixedEffects: [FormulaTerm], table: consuming DataTable, panel: PanelIndex?,
                         covariance choice: CovarianceChoice, level: Double, budget: TimeBudget = .unlimited,
                         executor: ReplicationExecutor = .serial, at location: String) throws(PanelError) -> RegressionResult {
        var design = consume original
        var warnings: [String] = []
        var omitted: [String] = []
        var projection: FixedEffectsProjection?
        if !fixedEffects.isEmpty {
            let absorbed = try FixedEffectsProjection(consume design, fixedEffects: fixedEffects, table: copy table, budget: budget,
                                                      executor: executor, at: location + "/formula")
            design = absorbed.design
            projection = absorbed
        }
        let clusterColumns = (consume table).keepingColumns(choice.requiredColumns)
        if design.rowsDropped > 0 {
            warnings.append("\(design.rowsDropped - (projection?.singletonsDropped ?? 0)) rows with missing values were dropped")
        }
        if let projection {
            if projection.singletonsDropped > 0 {
                warnings.append("\(projection.singletonsDropped) singleton observations were dropped (as reghdfe and fixest do)")
            }
            for name in projection.absorbedTerms { warnings.append("'\(name)' omitted: absorbed by the fixed effects") }
            omitted += projection.absorbedTerms
        }
        let fit = try LeastSquaresFit(design, at: location)
        let covariance = try choice.estimate(for: fit, table: clusterColumns, panel: panel,
                                             absorbedParameters: { projection?.absorbedParameters(clusteredOn: $0) ?? 0 },
                                             warnings: &warnings, at: location + "/vcov")
        let terms = fit.keptColumns.map { design.termNames[$0] }
        let collinear = fit.omittedColumns.map { design.termNames[$0] }
        for name in collinear { warnings.append("'\(name)' omitted because of collinearity") }
        omitted += collinear
        let rows = try CoefficientInference.rows(terms: terms, estimates: fit.coefficients, covariance: covariance,
                                                 level: level, warnings: &warnings, at: location)
        let statistics = RegressionStatistics(fit: fit, covariance: covariance, projection: projection)
        var result = RegressionResult(estimator: "ols", responseName: design.responseName, observationCount: fit.observationCount,
                                      coefficients: rows, statistics: statistics.named(warnings: &warnings),
                                      covariance: covariance, covarianceTerms: terms, omitted: omitted, warnings: warnings, level: level,
                                      inference: .studentT, fixedEffects: fixedEffects.map { $0.label.replacingColons() })
        result.estimationSample = EstimationSample(rows: design.rowsUsed, residuals: fit.residuals, fixedEffects: fixedEffects)
        return result
    }
}

extension String {
    /// `a:b` written as `a^b`, the fixed-effect interaction spelling.
    func replacingColons() -> String {
        split(separator: ":").joined(separator: "^")
    }
}
