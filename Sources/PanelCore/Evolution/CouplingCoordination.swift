/// The coupling coordination degree of m ≥ 2 subsystem levels U_1 … U_m in [0, 1] of one observation, in the general
/// form C = m (Π U_i)^{1/m} / Σ U_i = m [Π U_i / (Σ U_i)^m]^{1/m} (in [0, 1]; the normative form of Wang Shujia et al. 2021, Journal of Natural Resources 36(3)),
/// the comprehensive development index T = Σ w_i U_i (weights summing to 1) and D = √(C·T). When every U_i is 0, C
/// is undefined (nil) and D = 0, since T = 0.
public struct CouplingCoordination: Sendable {
    public let coupling: Double?
    public let development: Double
    public let coordination: Double
    public var band: CoordinationBand { CoordinationBand(coordination) }

    /// `levels`: U_i of each subsystem; `weights`: w_i (same count).
    public init(levels: [Double], weights: [Double]) {
        let total = levels.reduce(0, +)
        let development = zip(levels, weights).reduce(0.0) { $0 + $1.0 * $1.1 }
        let count = Double(levels.count)
        let product = levels.reduce(1.0, *)
        let coupling: Double? = total > 0 ? min(1, count * Elementary.pow(product, 1 / count) / total) : nil
        self.coupling = coupling
        self.development = development
        coordination = ((coupling ?? 0) * development).squareRoot()
    }
}
