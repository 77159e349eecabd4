/// One effect of a mediation model with its share of the total effect (direct ÷ total, indirect ÷ total; nil for
/// the total itself and when the total is zero) — the "Proportion" column of seed 003 Table 4.
public struct MediationEffect: Equatable {
    public let name: String
    public let estimate: Double
    public let shareOfTotal: Double?
}

/// Everything a mediation request reports: the causal-steps equations, the effects with shares, the Sobel, Aroian
/// and Goodman tests of each indirect effect, and the bootstrap when replications were asked for.
public struct MediationResult {
    public let model: MediationModel
    public let equations: CausalSteps
    public let effects: [MediationEffect]
    public let indirectTests: [IndirectEffectTest]
    public let bootstrap: MediationBootstrap?
    public let observationCount: Int
    public let level: Double
    public let warnings: [String]
}
