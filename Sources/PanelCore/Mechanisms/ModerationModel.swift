/// A moderation (interaction) model, seed 003 Table 5: Y = β₁X + β₂W + β₃X·W + C γ (+ FE), the effect of treatment X
/// moderated by W. With `centred`, X and W are replaced by their deviations from their means on the estimation sample
/// before the product is formed (the columns keep their names). Simple slopes are reported at `slopesAt` (values of
/// W in its original units; by default mean − 1 sd, mean, mean + 1 sd, sd with divisor n − 1).
public struct ModerationModel: Equatable {
    public var outcome: String
    public var treatment: String
    public var moderator: String
    public var controls: [String]
    public var fixedEffects: [String]
    public var centred: Bool
    public var slopesAt: [Double]?

    public init(outcome: String, treatment: String, moderator: String, controls: [String], fixedEffects: [String],
                centred: Bool, slopesAt: [Double]?) {
        self.outcome = outcome
        self.treatment = treatment
        self.moderator = moderator
        self.controls = controls
        self.fixedEffects = fixedEffects
        self.centred = centred
        self.slopesAt = slopesAt
    }

    /// The name of the interaction term in results: `treatment:moderator`.
    public var interactionTerm: String { treatment + ":" + moderator }

    /// `outcome ~ treatment + moderator [+ treatment:moderator] + controls [| fixed effects]`.
    func formula(withInteraction: Bool, at location: String) throws(PanelError) -> Formula {
        let regressors = [treatment, moderator] + (withInteraction ? [interactionTerm] : []) + controls
        var text = outcome + " ~ " + regressors.joined(separator: " + ")
        if !fixedEffects.isEmpty { text += " | " + fixedEffects.joined(separator: " + ") }
        return try FormulaParser.parse(text, at: location)
    }
}
