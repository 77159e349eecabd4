/// Moderation analysis (seed 003 Table 5): the interaction model by least squares with the model's fixed effects and
/// the chosen covariance (`OrdinaryLeastSquares`), on the rows where every variable is present; optional mean-centring
/// of treatment and moderator over those rows; simple slopes and the Johnson–Neyman region from the coefficients and
/// their covariance.
public enum ModerationAnalysis {
    public static func estimate(_ model: ModerationModel, table: DataTable, panel: PanelIndex?, covariance: CovarianceChoice,
                                level: Double, at location: String) throws(PanelError) -> ModerationResult {
        try validateNames(model, at: location)
        for name in covariance.requiredColumns { _ = try table.requireColumn(name, at: location + "/vcov") }
        let mainEffects = try model.formula(withInteraction: false, at: location)
        try mainEffects.refuseTemporalTerms(at: location + "/controls")
        let design = try RegressionDesign(formula: mainEffects, table: table, panel: panel,
                                          requiredColumns: mainEffects.fixedEffectVariables + covariance.requiredColumns, at: location)
        var sample = table.restricted(toRows: design.rowsUsed)
        let treatment = try sample.requireNumeric(model.treatment, at: location + "/treatment")
        let moderator = try sample.requireNumeric(model.moderator, at: location + "/moderator")
        let (mean, sd) = meanAndStandardDeviation(moderator)
        guard sd > 0 else {
            throw PanelError(.invalidData, "the moderator '\(model.moderator)' has no variance on the estimation sample", at: location + "/moderator")
        }
        if model.centred {
            let treatmentMean = meanAndStandardDeviation(treatment).mean
            sample = sample.setting(DataColumn(name: model.treatment, values: .numeric(treatment.map { $0 - treatmentMean })))
            sample = sample.setting(DataColumn(name: model.moderator, values: .numeric(moderator.map { $0 - mean })))
        }
        let regression = try OrdinaryLeastSquares.estimate(formula: try model.formula(withInteraction: true, at: location), table: sample,
                                                           panel: try sample.panelIndex(like: panel, at: "/panel"), covariance: covariance,
                                                           level: level, at: location)
        let coefficients = try interactionCoefficients(regression, model: model, at: location)
        let shift = model.centred ? mean : 0
        let slopes = (model.slopesAt ?? [mean - sd, mean, mean + sd]).map { value in
            SimpleSlope(at: value, modelValue: value - shift, coefficients: coefficients, level: level)
        }
        var warnings: [String] = []
        if design.rowsDropped > 0 { warnings.append("\(design.rowsDropped) rows with a missing variable were dropped") }
        return ModerationResult(model: model, regression: regression, moderatorMean: mean, moderatorStandardDeviation: sd,
                                moderatorRange: (moderator.min() ?? .nan, moderator.max() ?? .nan), simpleSlopes: slopes,
                                johnsonNeyman: JohnsonNeymanRegion(coefficients, level: level, shift: shift), warnings: warnings)
    }

    /// β₁, β₃ and their covariance from the fitted model; `singular_design` when either term was omitted.
    private static func interactionCoefficients(_ regression: RegressionResult, model: ModerationModel,
                                                at location: String) throws(PanelError) -> InteractionCoefficients {
        let terms = regression.covarianceTerms
        guard let i = terms.firstIndex(of: model.treatment), let j = terms.firstIndex(of: model.interactionTerm) else {
            throw PanelError(.singularDesign, "the treatment or its interaction with the moderator is omitted (collinear or absorbed by the fixed effects)",
                             at: location)
        }
        let v = regression.covariance.matrix
        return InteractionCoefficients(treatment: regression.coefficients[i].estimate, interaction: regression.coefficients[j].estimate,
                                       varianceTreatment: v[i, i], varianceInteraction: v[j, j], covariance: v[i, j],
                                       degreesOfFreedom: regression.covariance.correction.inferenceDegreesOfFreedom)
    }

    /// The mean and the standard deviation (divisor n − 1; 0 for one value).
    static func meanAndStandardDeviation(_ values: [Double]) -> (mean: Double, sd: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        guard values.count > 1 else { return (mean, 0) }
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, (squares / Double(values.count - 1)).squareRoot())
    }

    /// Treatment, moderator and outcome must be distinct, and no control may repeat them.
    private static func validateNames(_ model: ModerationModel, at location: String) throws(PanelError) {
        guard model.treatment != model.outcome else {
            throw PanelError(.invalidOption, "the treatment cannot also be the outcome", at: location + "/treatment")
        }
        guard model.moderator != model.treatment, model.moderator != model.outcome else {
            throw PanelError(.invalidOption, "the moderator must differ from the treatment and the outcome", at: location + "/moderator")
        }
        for (k, control) in model.controls.enumerated() where [model.treatment, model.moderator, model.outcome].contains(control) {
            throw PanelError(.invalidOption, "control '\(control)' is already the treatment, the moderator or the outcome", at: location + "/controls/\(k)")
        }
    }
}
