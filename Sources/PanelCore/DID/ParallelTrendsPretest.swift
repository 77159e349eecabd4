/// The Wald pre-test of parallel trends that R `did::att_gt` reports ("P-value for pre-test of parallel trends
/// assumption" in `summary`): that every pre-treatment ATT(g,t) (t < g) is zero. W = n·θ̂ᵀV̂⁻¹θ̂ over the
/// pre-treatment cells whose influence function is not identically zero (the universal base cell is left out), with
/// V̂ = ΨᵀΨ/n their analytic influence-function covariance (also when standard errors are bootstrapped, as `did`),
/// against χ²(q), q the number of those cells. `did` prints p rounded to 5 decimals; this is the unrounded tail.
///
/// Not computable — a value with a reason, not an error — when no such cell exists or V̂ is singular (reciprocal
/// 1-norm condition number ≤ ε, `did`'s `rcond` rule).
public struct ParallelTrendsPretest {
    public let statistic: Double?
    public let degreesOfFreedom: Int?
    public let pValue: Double?
    /// Why the test is not reported (nil when it is).
    public let reason: String?

    /// The pre-test on the pre-treatment cells of `effects`.
    public init(_ effects: GroupTimeEffects) {
        let pre = effects.cells.filter { cell in cell.time < cell.group && cell.influence.contains { $0 != 0 } }
        guard !pre.isEmpty else {
            self.init(statistic: nil, degreesOfFreedom: nil, pValue: nil, reason: "no pre-treatment ATT(g,t) with a nonzero variance to test")
            return
        }
        let n = Double(effects.cohortOfUnit.count)
        var covariance = Matrix(rows: pre.count, columns: pre.count)
        for j in pre.indices {
            for k in 0...j {
                var sum = 0.0
                for (a, b) in zip(pre[j].influence, pre[k].influence) { sum += a * b }
                covariance[j, k] = sum / n
                covariance[k, j] = sum / n
            }
        }
        guard let inverse = try? SymmetricPositiveDefinite.inverse(covariance),
              1 / (Self.oneNorm(covariance) * Self.oneNorm(inverse)) > Double.ulpOfOne else {
            self.init(statistic: nil, degreesOfFreedom: nil, pValue: nil, reason: "the covariance of the pre-treatment ATT(g,t) is singular")
            return
        }
        let estimates = pre.map { $0.estimate }
        let quadratic = zip(estimates, inverse.times(estimates)).reduce(0) { $0 + $1.0 * $1.1 }
        let statistic = n * quadratic
        self.init(statistic: statistic, degreesOfFreedom: pre.count, pValue: ChiSquared(degreesOfFreedom: Double(pre.count)).survival(statistic),
                  reason: nil)
    }

    private init(statistic: Double?, degreesOfFreedom: Int?, pValue: Double?, reason: String?) {
        self.statistic = statistic
        self.degreesOfFreedom = degreesOfFreedom
        self.pValue = pValue
        self.reason = reason
    }

    /// max over columns of Σᵢ|aᵢⱼ|.
    private static func oneNorm(_ a: Matrix) -> Double {
        (0..<a.columns).reduce(0) { norm, j in max(norm, a.column(j).reduce(0) { $0 + $1.magnitude }) }
    }
}
