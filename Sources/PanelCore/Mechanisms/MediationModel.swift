/// The variables of a mediation model with one or more parallel mediators (Baron & Kenny 1986 causal steps;
/// Preacher & Hayes 2008 parallel multiple mediators): outcome Y, treatment X, mediators M₁…M_K, control terms C
/// and absorbed fixed effects. Its equations are
///   total:    Y = c·X + C γ (+ FE)
///   paths:    M_k = a_k·X + C γ_k (+ FE), one per mediator
///   outcome:  Y = c′·X + Σ b_k M_k + C δ (+ FE)
/// with indirect effects a_k·b_k, direct effect c′ and total effect c = c′ + Σ a_k b_k (exact in least squares on a
/// common sample).
public struct MediationModel: Equatable {
    public var outcome: String
    public var treatment: String
    public var mediators: [String]
    /// Control terms as written in formulas (`size`, `log(pop)`, `i(region)`).
    public var controls: [String]
    /// Fixed-effect terms as written after `|` in formulas (`city`, `province^year`).
    public var fixedEffects: [String]

    public init(outcome: String, treatment: String, mediators: [String], controls: [String], fixedEffects: [String]) {
        self.outcome = outcome
        self.treatment = treatment
        self.mediators = mediators
        self.controls = controls
        self.fixedEffects = fixedEffects
    }

    /// The formula `response ~ treatment [+ mediators] + controls [| fixed effects]`.
    func formula(response: String, includingMediators: Bool, at location: String) throws(PanelError) -> Formula {
        let regressors = [treatment] + (includingMediators ? mediators : []) + controls
        var text = response + " ~ " + regressors.joined(separator: " + ")
        if !fixedEffects.isEmpty { text += " | " + fixedEffects.joined(separator: " + ") }
        return try FormulaParser.parse(text, at: location)
    }
}
