/// Observations split into the samples the evolution estimators summarise: one per period, in ascending order, or a
/// single pooled sample (period nil) — always pooled when there is no time variable.
public struct PeriodSamples: Sendable {
    /// The period of each sample (nil for the pooled sample).
    public let periods: [Int?]
    /// members[s]: the positions (in the caller's observation order) of sample s's observations.
    public let members: [[Int]]

    /// `timeOf[k]`: the period of observation k (nil: no time variable).
    public init(timeOf: [Int]?, count: Int, pooled: Bool) {
        guard let timeOf, !pooled else {
            periods = [nil]
            members = [Array(0..<count)]
            return
        }
        let distinct = Array(Set(timeOf)).sorted()
        var position: [Int: Int] = [:]
        for (s, period) in distinct.enumerated() { position[period] = s }
        var members = [[Int]](repeating: [], count: distinct.count)
        for (k, period) in timeOf.enumerated() { members[position[period]!].append(k) }
        self.periods = distinct.map { Optional($0) }
        self.members = members
    }

    /// "in period 2015", or "" for the pooled sample (messages and warnings).
    public func place(_ sample: Int) -> String {
        periods[sample].map { " in period " + String($0) } ?? ""
    }
}
