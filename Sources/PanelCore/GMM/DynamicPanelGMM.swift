/// Dynamic-panel GMM (docs/abi/gmm.md): Arellano–Bond difference GMM and Blundell–Bond system GMM in one or two
/// steps, reproducing R plm's `pgmm` and `summary(…, robust = TRUE)`: the equations and instruments
/// (`GMMEquations`), the one-step estimate with its robust covariance (`OneStepGMM`), the two-step estimate with the
/// Windmeijer correction (`TwoStepGMM`), the Arellano–Bond tests, the Sargan and Hansen tests, the
/// difference-in-Hansen tests of the instrument subsets and (one step, difference GMM) the difference-in-Sargan tests.
public enum DynamicPanelGMM {
    public static func estimate(_ model: DynamicPanelModel, table: DataTable, panel: PanelIndex, budget: TimeBudget = .unlimited,
                                at location: String) throws(PanelError) -> DynamicPanelGMMResult {
        let levels = try DynamicPanelLevels(model: model, table: table, panel: panel, at: location)
        let equations = try GMMEquations(levels: levels, model: model, timeName: panel.timeName, at: location)
        let unitsUsed = equations.unitsWithData
        guard equations.differenceObservations + equations.levelObservations > equations.termCount else {
            throw PanelError(.noObservations, "\(equations.differenceObservations + equations.levelObservations) equations with data for "
                             + "\(equations.termCount) coefficients: too few observations after the lags and differences", at: location)
        }
        guard equations.instrumentCount >= equations.termCount else {
            throw PanelError(.singularDesign, "too few instruments left: \(equations.instrumentCount) instruments for \(equations.termCount) coefficients, so the model is not identified; "
                             + "widen the GMM lag ranges or add IV-style instruments", at: location)
        }
        try budget.check("building the GMM instruments", at: location)
        let moments = GMMMoments(equations)
        try budget.check("the GMM moment sums", at: location)
        let oneStep = try OneStepGMM(equations, moments, at: location)
        try budget.check("one-step GMM", at: location)
        var warnings = oneStep.warnings
        let step: GMMStep
        let covariance: Matrix
        if model.steps == 2 {
            let twoStep = try TwoStepGMM(equations, moments, oneStep: oneStep, at: location)
            step = twoStep.step
            covariance = twoStep.correctedCovariance
        } else {
            step = oneStep.step
            covariance = oneStep.robustCovariance
        }
        if equations.instrumentCount > unitsUsed {
            warnings.append("\(equations.instrumentCount) instruments exceed the \(unitsUsed) units: the Hansen test is weak and the estimates "
                            + "lean towards the biased ones (Roodman 2009); consider collapse or shorter lag ranges")
        }
        var coefficients: [CoefficientEstimate] = []
        for (j, term) in equations.termNames.enumerated() {
            let variance = covariance[j, j]
            guard variance >= 0, variance.isFinite else {
                throw PanelError(.numericalFailure, "the variance of '\(term)' came out as \(variance.messageText); the instruments are too weak or collinear",
                                 at: location)
            }
            coefficients.append(.normal(term: term, estimate: step.coefficients[j], standardError: variance.squareRoot(), level: model.level))
        }
        let tests = [1, 2].map { order in (order: order, test: ArellanoBondTest(order: order, equations, moments, step: step, covariance: covariance)) }
        for entry in tests where entry.test == nil {
            warnings.append("the AR(\(entry.order)) test cannot be computed: it needs more than \(entry.order) differenced periods (the sample has "
                            + "\(equations.differenceRows)) and a positive variance")
        }
        let slopes = equations.termCount - equations.timeTermCount
        let hansen = GMMOveridentification.hansen(equations, residuals: step.residuals, oneStep: oneStep)
        try budget.check("the GMM overidentification tests", at: location)
        let hansenSubsets = hansen == nil ? []
            : try InstrumentSubsetTest.tests(equations, moments, name: "hansen", momentCovariance: oneStep.scoreCovariance, scale: 1)
        var sarganSubsets: [InstrumentSubsetTest] = []
        if model.steps == 1, let scale = GMMOveridentification.sarganVariance(equations, oneStep: oneStep, transformation: model.transformation) {
            sarganSubsets = try InstrumentSubsetTest.tests(equations, moments, name: "sargan", momentCovariance: moments.instrumentsWeighted, scale: scale)
        }
        return DynamicPanelGMMResult(
            responseName: levels.responseName, transformation: model.transformation, steps: model.steps, timeDummies: model.timeDummies,
            coefficients: coefficients, covarianceType: model.steps == 2 ? "windmeijer" : "robust", covariance: covariance,
            differenceObservations: equations.differenceObservations, levelObservations: equations.levelObservations,
            unitCount: unitsUsed, periodCount: levels.periodCount, instrumentNames: equations.instrumentNames,
            autocorrelationTests: tests,
            sargan: GMMOveridentification.sargan(equations, oneStep: oneStep, transformation: model.transformation),
            hansen: hansen, differenceInHansen: hansenSubsets, differenceInSargan: sarganSubsets,
            wald: waldTest(step.coefficients, covariance, count: slopes),
            warnings: warnings, level: model.level)
    }

    /// Wald χ² that the first `count` coefficients are zero; nil when their covariance is not positive definite.
    static func waldTest(_ b: [Double], _ v: Matrix, count: Int) -> ChiSquaredTest? {
        guard count > 0 else { return nil }
        var block = Matrix(rows: count, columns: count)
        for i in 0..<count { for j in 0..<count { block[i, j] = v[i, j] } }
        guard let inverse = try? SymmetricPositiveDefinite.inverse(block) else { return nil }
        let slopes = Array(b.prefix(count))
        let product = inverse.times(slopes)
        var statistic = 0.0
        for j in 0..<count { statistic += slopes[j] * product[j] }
        return ChiSquaredTest(name: "wald", statistic: statistic, degreesOfFreedom: count)
    }
}
