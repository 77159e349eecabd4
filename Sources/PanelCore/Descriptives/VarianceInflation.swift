/// The variance inflation factor of one regressor: VIF = 1/(1 − R²ⱼ), with R²ⱼ from regressing it on the other
/// columns of the design, and its tolerance 1 − R²ⱼ = 1/VIF.
public struct VarianceInflation {
    public let term: String
    public let vif: Double
    public let tolerance: Double
}
