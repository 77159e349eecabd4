/// `estimator: "iv"`: instrumental-variables regression `y ~ exog | fe | endog ~ instruments` by 2SLS, LIML or
/// two-step efficient GMM with absorbed fixed effects (Stata `ivreghdfe`, i.e. `ivreg2` after `reghdfe`'s
/// absorption; linearmodels `IV2SLS`/`IVLIML`/`IVGMM` without fixed effects), with first stages and the
/// identification, overidentification and endogeneity diagnostics. Covariances are those of OLS (`CovarianceChoice`)
/// applied to the IV scores; with `small` (the default) they carry reghdfe's small-sample factors, counting the
/// absorbed fixed effects in K, with t(df) inference (`ivreghdfe …, small`); without it, no factor and normal
/// inference (`ivreg2` without `small`).
enum InstrumentalVariablesEstimator {
    struct Options {
        var method = InstrumentalVariablesMethod.twoStageLeastSquares
        var small = true
        var endogeneityTest: [String] = []
        var level = 0.95
        /// Confidence level of the Anderson–Rubin set.
        var andersonRubinLevel = 0.95
        /// Whether to compute the Anderson–Rubin set (`ar_set`); nil: always in closed form (iid), on the grid only
        /// up to `AndersonRubinConfidenceSet.gridInstrumentLimit` instruments.
        var andersonRubinSet: Bool?
    }

    static func estimate(formula: Formula, table: DataTable, panel: PanelIndex?, covariance choice: CovarianceChoice,
                         options: Options, budget: TimeBudget = .unlimited, at location: String) throws(PanelError) -> InstrumentalVariablesResult {
        for name in choice.requiredColumns { _ = try table.requireColumn(name, at: location + "/vcov") }
        let sample = try InstrumentalVariablesSample(formula: formula, table: table, panel: panel, requiredColumns: choice.requiredColumns,
                                                     budget: budget, at: location)
        for (k, name) in options.endogeneityTest.enumerated() where !sample.endogenousNames.contains(name) || options.endogeneityTest[..<k].contains(name) {
            throw PanelError(.invalidOption, "'\(name)' is not an endogenous regressor of the model, or is listed twice", at: location + "/options/endogeneity_test")
        }
        var warnings = sample.warnings
        let grouping = try ScoreGrouping(choice, table: table, rowsUsed: sample.rowsUsed, at: location + "/vcov")
        let exogenous = ColumnSpaceProjection(sample.exogenous)
        let endogenous = exogenous.residuals(sample.endogenous), instruments = exogenous.residuals(sample.instruments)
        let n = sample.observationCount
        let residualDegrees = n - sample.exogenous.columns - sample.instruments.columns - sample.absorbedParameters
        var fScale = Double(residualDegrees) / Double(n)
        if let clusters = grouping.clusterCount { fScale *= Double(clusters - 1) / Double(clusters) }
        let identification = try IdentificationDiagnostics(endogenous: endogenous, instruments: instruments, grouping: grouping, fScale: fScale,
                                                           residualDegrees: residualDegrees, method: options.method, warnings: &warnings,
                                                           at: location)
        let context = OveridentificationTest.Context(choice: choice, grouping: grouping, table: table, panel: panel)
        let twoStage = try TwoStageLeastSquares.fit(sample, at: location)
        let fit: InstrumentalVariablesFit
        switch options.method {
        case .twoStageLeastSquares:
            fit = twoStage
        case .liml:
            fit = try LimitedInformationMaximumLikelihood.fit(sample, at: location)
        case .gmm where choice == .iid:
            warnings.append("with iid errors the efficient GMM weight is (Z'Z)^-1: the estimates are 2SLS")
            fit = twoStage
        case .gmm:
            let moments = try OveridentificationTest.moments(sample, residuals: twoStage.residuals, context: context, at: location)
            fit = try EfficientGMM(sample, firstStep: twoStage, moments: moments, at: location).fit
        }
        var covariance = try choice.estimate(regressors: fit.scoreRegressors, residuals: fit.scoreResiduals, rInverse: fit.breadFactor,
                                             rowsUsed: sample.rowsUsed, table: table, panel: panel,
                                             absorbedParameters: { sample.projection?.absorbedParameters(clusteredOn: $0) ?? 0 },
                                             warnings: &warnings, at: location + "/vcov")
        if !options.small {
            covariance = CovarianceEstimate(type: covariance.type, unscaled: covariance.unscaled,
                                            correction: SmallSampleCorrection(convention: "ivreg2_large_sample", factor: 1,
                                                                              inferenceDegreesOfFreedom: covariance.correction.inferenceDegreesOfFreedom),
                                            clusterCount: covariance.clusterCount)
        }
        let terms = sample.exogenousNames + sample.endogenousNames
        let rows = try CoefficientInference.rows(terms: terms, estimates: fit.coefficients, covariance: covariance, level: options.level,
                                                 distribution: options.small ? .studentT : .normal, warnings: &warnings, at: location)
        let firstStages = try FirstStage.all(sample, fixedEffects: formula.fixedEffects, endogenous: endogenous, instruments: instruments,
                                             table: table, panel: panel, covariance: choice, grouping: grouping, denominatorScale: fScale,
                                             denominatorDegrees: grouping.clusterCount.map { $0 - 1 } ?? residualDegrees,
                                             level: options.level, at: location)
        var overidentification: ChiSquaredTest?
        if sample.instruments.columns > sample.endogenous.columns {
            overidentification = choice == .iid ? OveridentificationTest.sargan(sample, residuals: fit.residuals)
                : try? OveridentificationTest.hansenJ(sample, twoStage: twoStage, context: context, at: location)
            if overidentification == nil { warnings.append("Hansen's J is not computed: the covariance of the moment conditions is not positive definite") }
        }
        var endogeneity: ChiSquaredTest?
        if !options.endogeneityTest.isEmpty {
            endogeneity = try? OveridentificationTest.endogeneity(sample, names: options.endogeneityTest, context: context, at: location)
            if endogeneity == nil { warnings.append("the C statistic is not computed: the covariance of the moment conditions is not positive definite") }
        }
        let setOnGrid: Bool
        switch choice {
        case .iid, .driscollKraay: setOnGrid = false
        case .hc1, .cluster, .twoWayCluster: setOnGrid = true
        }
        let gridTooLarge = setOnGrid && instruments.columns > AndersonRubinConfidenceSet.gridInstrumentLimit
        if options.andersonRubinSet == nil && gridTooLarge && endogenous.columns == 1 {
            warnings.append("the Anderson–Rubin confidence set is not computed with more than \(AndersonRubinConfidenceSet.gridInstrumentLimit) "
                            + "instruments under robust or clustered errors (its grid costs O(L³) per point); "
                            + "\"options\": {\"ar_set\": true} asks for it")
        }
        let andersonRubin = try AndersonRubin(response: exogenous.residuals(sample.response), endogenous: endogenous, instruments: instruments,
                                              grouping: grouping, fScale: fScale, residualDegrees: residualDegrees, level: options.andersonRubinLevel,
                                              computeSet: options.andersonRubinSet ?? !gridTooLarge, budget: budget, at: location)
        let statistics = InstrumentalVariablesStatistics(sample: sample, fit: fit, covariance: covariance, slopes: terms.indices.filter { terms[$0] != "(Intercept)" })
        var regression = RegressionResult(estimator: "iv", responseName: sample.responseName, observationCount: n, coefficients: rows,
                                          statistics: statistics.named(warnings: &warnings), covariance: covariance, covarianceTerms: terms,
                                          omitted: sample.omitted, warnings: warnings, level: options.level,
                                          inference: options.small ? .studentT : .normal,
                                          fixedEffects: formula.fixedEffects.map { $0.label.replacingColons() })
        regression.estimationSample = EstimationSample(rows: sample.rowsUsed, residuals: fit.residuals, fixedEffects: formula.fixedEffects)
        return InstrumentalVariablesResult(method: options.method, regression: regression, endogenous: sample.endogenousNames,
                                           instruments: sample.instrumentNames, kappa: fit.kappa.flatMap { options.method == .liml ? $0 : nil },
                                           firstStages: firstStages, identification: identification, overidentification: overidentification,
                                           endogeneity: endogeneity, endogeneityTested: options.endogeneityTest, andersonRubin: andersonRubin)
    }
}
