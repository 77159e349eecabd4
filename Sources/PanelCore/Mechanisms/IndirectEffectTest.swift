/// A normal-theory test of one mediator's indirect effect a·b from the path coefficients a (treatment → mediator)
/// and b (mediator → outcome) and their standard errors sₐ, s_b under the chosen covariance:
/// - Sobel (1982), first-order delta method: SE² = b²sₐ² + a²s_b²;
/// - Aroian (1947), second-order: SE² = b²sₐ² + a²s_b² + sₐ²s_b²;
/// - Goodman (1960), unbiased variance: SE² = b²sₐ² + a²s_b² − sₐ²s_b² (undefined when not positive).
/// z = a·b ÷ SE with the two-sided standard normal p-value. Standard error, z and p are nil when SE² ≤ 0.
public struct IndirectEffectTest: Equatable {
    public enum Method: String, Equatable, Sendable, CaseIterable {
        case sobel, aroian, goodman
    }

    public let method: Method
    public let mediator: String
    public let estimate: Double
    public let standardError: Double?
    public let statistic: Double?
    public let pValue: Double?

    /// The three tests of `mediator`'s indirect effect.
    static func all(mediator: String, a: CoefficientEstimate, b: CoefficientEstimate) -> [IndirectEffectTest] {
        Method.allCases.map { IndirectEffectTest(method: $0, mediator: mediator, a: a, b: b) }
    }

    init(method: Method, mediator: String, a: CoefficientEstimate, b: CoefficientEstimate) {
        let (sa2, sb2) = (a.standardError * a.standardError, b.standardError * b.standardError)
        let firstOrder = b.estimate * b.estimate * sa2 + a.estimate * a.estimate * sb2
        let variance: Double
        switch method {
        case .sobel: variance = firstOrder
        case .aroian: variance = firstOrder + sa2 * sb2
        case .goodman: variance = firstOrder - sa2 * sb2
        }
        let estimate = a.estimate * b.estimate
        let se: Double? = variance > 0 ? variance.squareRoot() : nil
        let z = se.map { estimate / $0 }
        self.method = method
        self.mediator = mediator
        self.estimate = estimate
        self.standardError = se
        self.statistic = z
        self.pValue = z.map { 2 * StandardNormal.survival($0.magnitude) }
    }
}
