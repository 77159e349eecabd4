/// One row of a matching balance table in the layout of Stata `pstest, both`: the covariate's means in the treated
/// and control groups before (unmatched sample) and after matching (matched treated; controls weighted by
/// `_weight`), the standardised % bias 100 (x̄ₜ − x̄꜀)/√((s²ₜ + s²꜀)/2) — with the sample variances of the unmatched
/// groups in both rows (Rosenbaum & Rubin 1985) — its % reduction 100 (1 − |B_M|/|B_U|), and the t test of equal
/// means: before, the pooled two-sample test (`regress x treat`, n − 2 df); after, `regress x treat [iweight=_weight]`
/// on the matched sample, s² = Σw(x − x̄_group)²/(Σw − 2) with Σw − 2 degrees of freedom.
/// Values that cannot be computed (a zero variance, an empty group, fewer than 3 weighted observations) are nil.
public struct CovariateBalance: Equatable {
    public let name: String
    public let treatedMeanUnmatched: Double
    public let controlMeanUnmatched: Double
    public let biasUnmatched: Double?
    public let tUnmatched: Double?
    public let pUnmatched: Double?
    public let treatedMeanMatched: Double?
    public let controlMeanMatched: Double?
    public let biasMatched: Double?
    public let biasReduction: Double?
    public let tMatched: Double?
    public let pMatched: Double?

    /// The balance of covariate `values` (one per observation of `matching`).
    init(name: String, values: [Double], matching: PropensityMatching) {
        let unitWeights = matching.isTreated.map { _ in 1.0 }
        let before = Self.groupMoments(values, weights: unitWeights, isTreated: matching.isTreated)
        let after = Self.groupMoments(values, weights: matching.weights, isTreated: matching.isTreated)
        let unmatchedVariances = (before.treated.sumOfSquares / (before.treated.weight - 1), before.control.sumOfSquares / (before.control.weight - 1))
        let scale = ((unmatchedVariances.0 + unmatchedVariances.1) / 2).squareRoot()
        func bias(_ moments: GroupMoments) -> Double? {
            let b = 100 * (moments.treated.mean - moments.control.mean) / scale
            return b.isFinite ? b : nil
        }
        let testBefore = Self.meanTest(before), testAfter = Self.meanTest(after)
        self.name = name
        self.treatedMeanUnmatched = before.treated.mean
        self.controlMeanUnmatched = before.control.mean
        self.biasUnmatched = bias(before)
        self.tUnmatched = testBefore?.t
        self.pUnmatched = testBefore?.p
        self.treatedMeanMatched = after.treated.weight > 0 ? after.treated.mean : nil
        self.controlMeanMatched = after.control.weight > 0 ? after.control.mean : nil
        self.biasMatched = bias(after)
        if let u = biasUnmatched, let m = biasMatched, u != 0 { self.biasReduction = 100 * (1 - m.magnitude / u.magnitude) } else { self.biasReduction = nil }
        self.tMatched = testAfter?.t
        self.pMatched = testAfter?.p
    }

    private struct WeightedMoments {
        var weight = 0.0
        var mean = 0.0
        /// Σw(x − mean)².
        var sumOfSquares = 0.0
    }

    private struct GroupMoments {
        let treated: WeightedMoments
        let control: WeightedMoments
    }

    private static func groupMoments(_ values: [Double], weights: [Double], isTreated: [Bool]) -> GroupMoments {
        func moments(_ treatedGroup: Bool) -> WeightedMoments {
            var m = WeightedMoments()
            var sum = 0.0
            for k in values.indices where isTreated[k] == treatedGroup && weights[k] > 0 {
                m.weight += weights[k]
                sum += weights[k] * values[k]
            }
            m.mean = sum / m.weight
            for k in values.indices where isTreated[k] == treatedGroup && weights[k] > 0 {
                m.sumOfSquares += weights[k] * (values[k] - m.mean) * (values[k] - m.mean)
            }
            return m
        }
        return GroupMoments(treated: moments(true), control: moments(false))
    }

    /// The t test of equal group means of a weighted regression on a treatment dummy, with Σw − 2 degrees of freedom.
    private static func meanTest(_ g: GroupMoments) -> (t: Double, p: Double)? {
        let df = g.treated.weight + g.control.weight - 2
        guard df > 0, g.treated.weight > 0, g.control.weight > 0 else { return nil }
        let variance = (g.treated.sumOfSquares + g.control.sumOfSquares) / df
        let se = (variance * (1 / g.treated.weight + 1 / g.control.weight)).squareRoot()
        let t = (g.treated.mean - g.control.mean) / se
        guard t.isFinite else { return nil }
        return (t, StudentT(degreesOfFreedom: df).twoSidedPValue(t))
    }
}
