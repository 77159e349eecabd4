/// The first-stage regression of one endogenous regressor on the exogenous regressors and the excluded instruments
/// (same sample, fixed effects and covariance as the IV model; a full OLS result), with the strength measures
/// `ivreg2, first` reports: the F test of the excluded instruments under the chosen covariance, the partial R² of
/// the instruments, Shea's (1997) partial R², and the Sanderson–Windmeijer (2016) conditional F.
struct FirstStage {
    let endogenousName: String
    let regression: RegressionResult
    let partialR2: Double
    let sheaPartialR2: Double
    /// The Wald F test of the excluded instruments in `regression` (nil when their covariance is singular).
    let f: WaldTest?
    /// Sanderson–Windmeijer F with (l − k + 1, N − L) degrees of freedom, or (l − k + 1, G − 1) with clusters.
    let sandersonWindmeijerF: Double?
    let sandersonWindmeijerDegrees: (numerator: Int, denominator: Int)

    var sandersonWindmeijerPValue: Double? {
        sandersonWindmeijerF.map { FisherF(numeratorDegrees: Double(sandersonWindmeijerDegrees.numerator),
                                           denominatorDegrees: Double(sandersonWindmeijerDegrees.denominator)).survival($0) }
    }
}

extension FirstStage {
    /// The first stages of every endogenous regressor. `endogenous` and `instruments` are X₂ and Z₂ residualised on
    /// the exogenous regressors and the fixed effects; `denominatorScale` is (N − L)/N of `ivreg2`'s F statistics
    /// (times (G − 1)/G with clusters) and `denominatorDegrees` their N − L (G − 1 with clusters).
    static func all(_ sample: InstrumentalVariablesSample, fixedEffects: [FormulaTerm], endogenous: Matrix, instruments: Matrix,
                    table: DataTable, panel: PanelIndex?, covariance choice: CovarianceChoice, grouping: ScoreGrouping,
                    denominatorScale: Double, denominatorDegrees: Int, level: Double, at location: String) throws(PanelError) -> [FirstStage] {
        let k = endogenous.columns, l = instruments.columns
        let projection = ColumnSpaceProjection(instruments)
        let fitted = projection.fitted(endogenous)
        let actualInverse = try InstrumentalVariablesFit.factor(endogenous.gram(), at: location).inverse()
        let fittedInverse = try InstrumentalVariablesFit.factor(fitted.gram(), at: location).inverse()
        let design = sample.unabsorbed
        func values(_ name: String) -> [Double] { design.regressors.column(design.termNames.firstIndex(of: name)!) }
        let regressorNames = design.termNames.filter { !sample.endogenousNames.contains($0) && !sample.droppedInstruments.contains($0) }
        let regressors = Matrix(columnVectors: regressorNames.map(values), rows: design.response.count)
        var stages: [FirstStage] = []
        for (j, name) in sample.endogenousNames.enumerated() {
            let firstDesign = RegressionDesign(responseName: name, response: values(name), regressors: regressors, termNames: regressorNames,
                                               hasIntercept: design.hasIntercept, rowsUsed: design.rowsUsed, rowsDropped: design.rowsDropped)
            let regression = try OrdinaryLeastSquares.estimate(design: firstDesign, fixedEffects: fixedEffects, table: table, panel: panel,
                                                               covariance: choice, level: level, at: location + "/first_stage/\(j)")
            let terms = regression.coefficients.map { $0.term }
            let tested = terms.indices.filter { sample.instrumentNames.contains(terms[$0]) }
            var reason: String?
            let f = WaldTest.joint(tested, estimates: regression.coefficients.map { $0.estimate }, covariance: regression.covariance.matrix,
                                   denominatorDegrees: regression.covariance.correction.inferenceDegreesOfFreedom, reason: &reason)
            let column = endogenous.column(j)
            let total = Matrix.innerProduct(column, column)
            let residual = projection.residuals(column)
            let partial = 1 - Matrix.innerProduct(residual, residual) / total
            let conditional = sandersonWindmeijerWald(j, endogenous: endogenous, instruments: instruments, projection: projection,
                                                      grouping: grouping)
            stages.append(FirstStage(endogenousName: name, regression: regression, partialR2: partial,
                                     sheaPartialR2: actualInverse[j, j] / fittedInverse[j, j], f: f,
                                     sandersonWindmeijerF: conditional.map { $0 / Double(l - k + 1) * denominatorScale },
                                     sandersonWindmeijerDegrees: (l - k + 1, denominatorDegrees)))
        }
        return stages
    }

    /// The Wald statistic of Z₂ in the regression of εⱼ on Z₂, εⱼ the residual of the 2SLS regression of X₂ⱼ on the
    /// other endogenous regressors instrumented by Z₂ (εⱼ = X₂ⱼ with one endogenous regressor).
    private static func sandersonWindmeijerWald(_ j: Int, endogenous: Matrix, instruments: Matrix, projection: ColumnSpaceProjection,
                                                grouping: ScoreGrouping) -> Double? {
        let target = endogenous.column(j)
        var residual = target
        let others = (0..<endogenous.columns).filter { $0 != j }
        if !others.isEmpty {
            let other = Matrix(columnVectors: others.map { endogenous.column($0) }, rows: endogenous.rows)
            let delta = ColumnSpaceProjection(projection.fitted(other)).coefficients(target)
            let explained = other.times(delta)
            residual = (0..<target.count).map { target[$0] - explained[$0] }
        }
        return grouping.wald(of: residual, on: instruments, projection: projection)
    }
}
