/// The matched sample that Stata `psmatch2` leaves behind: a weight per observation (`_weight`) — 1 for each matched
/// treated observation, for each control the sum of its shares in the counterfactuals it enters, 0 for unmatched
/// observations — after nearest-neighbour or kernel matching on the propensity score.
public struct PropensityMatching {
    public let method: MatchingMethod
    /// Whether treated observations outside [min, max] of the control scores were dropped first (`psmatch2, common`).
    public let commonSupport: Bool
    /// The `_weight` of each observation (0 when it is not in the matched sample).
    public let weights: [Double]
    public let isTreated: [Bool]
    public let treatedCount: Int
    /// Treated observations that found at least one control (on support).
    public let treatedMatched: Int
    public let controlCount: Int
    /// Controls with a positive weight.
    public let controlsUsed: Int

    /// Matches the observations with `isTreated` true to the others on `scores`.
    public init(scores: [Double], isTreated: [Bool], method: MatchingMethod, commonSupport: Bool) {
        precondition(scores.count == isTreated.count, "one score per observation")
        let controls = isTreated.indices.filter { !isTreated[$0] }
        var treated = isTreated.indices.filter { isTreated[$0] }
        if commonSupport, let low = controls.map({ scores[$0] }).min(), let high = controls.map({ scores[$0] }).max() {
            treated = treated.filter { scores[$0] >= low && scores[$0] <= high }
        }
        let matches: [[MatchedControl]]
        switch method {
        case .nearestNeighbour(let neighbours, let replacement, let caliper):
            matches = NearestNeighbourMatching.match(scores: scores, treated: treated, controls: controls, neighbours: neighbours,
                                                     replacement: replacement, caliper: caliper)
        case .epanechnikovKernel(let bandwidth):
            matches = KernelMatching.match(scores: scores, treated: treated, controls: controls, bandwidth: bandwidth)
        }
        var weights = [Double](repeating: 0, count: scores.count)
        for (i, matched) in zip(treated, matches) where !matched.isEmpty {
            weights[i] = 1
            for m in matched { weights[m.control] += m.weight }
        }
        self.method = method
        self.commonSupport = commonSupport
        self.weights = weights
        self.isTreated = isTreated
        self.treatedCount = isTreated.count - controls.count
        self.treatedMatched = treated.indices.filter { !matches[$0].isEmpty }.count
        self.controlCount = controls.count
        self.controlsUsed = controls.filter { weights[$0] > 0 }.count
    }
}
