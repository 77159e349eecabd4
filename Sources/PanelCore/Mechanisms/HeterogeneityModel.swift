/// A heterogeneity analysis (seed 003 Table 6): the regression `outcome ~ treatment + controls (+ fixed effects)`
/// estimated separately in each group of `group` (e.g. Northwest / Southwest), and tests that the treatment's
/// coefficient differs between each group and the first.
public struct HeterogeneityModel: Equatable {
    public var outcome: String
    public var treatment: String
    public var controls: [String]
    public var fixedEffects: [String]
    /// The grouping column (numeric or text).
    public var group: String

    public init(outcome: String, treatment: String, controls: [String], fixedEffects: [String], group: String) {
        self.outcome = outcome
        self.treatment = treatment
        self.controls = controls
        self.fixedEffects = fixedEffects
        self.group = group
    }

    /// `outcome ~ treatment + controls [| fixed effects]`, the same model as a mediation model without mediators.
    func formula(at location: String) throws(PanelError) -> Formula {
        try MediationModel(outcome: outcome, treatment: treatment, mediators: [], controls: controls, fixedEffects: fixedEffects)
            .formula(response: outcome, includingMediators: false, at: location)
    }
}
