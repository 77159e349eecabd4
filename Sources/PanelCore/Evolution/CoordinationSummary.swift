/// Means of the coupling coordination results by period, and by period within each group: mean D and mean T over
/// the sample's observations, mean C over those where it is defined (nil when it is defined nowhere).
public struct CoordinationSummary: Sendable {
    /// The means of one sample.
    public struct Mean: Sendable {
        public let count: Int
        public let coupling: Double?
        public let development: Double
        public let coordination: Double
    }

    /// periods[s]: the mean of sample s.
    public let periods: [Mean]
    /// groups[s][j]: the mean of group j's observations in sample s (empty without groups); a group without
    /// observations in the sample has count 0 and zero means (the result leaves it out of that period).
    public let groups: [[Mean]]

    public init(_ degrees: [CouplingCoordination], samples: PeriodSamples, groupOf: [Int]?, groupCount: Int) {
        periods = samples.members.map { Self.mean(of: $0.map { degrees[$0] }) }
        guard let groupOf else {
            groups = []
            return
        }
        groups = samples.members.map { members in
            (0..<groupCount).map { j in Self.mean(of: members.filter { groupOf[$0] == j }.map { degrees[$0] }) }
        }
    }

    private static func mean(of degrees: [CouplingCoordination]) -> Mean {
        let count = Double(max(degrees.count, 1))
        let couplings = degrees.compactMap { $0.coupling }
        return Mean(count: degrees.count,
                    coupling: couplings.isEmpty ? nil : couplings.reduce(0, +) / Double(couplings.count),
                    development: degrees.reduce(0.0) { $0 + $1.development } / count,
                    coordination: degrees.reduce(0.0) { $0 + $1.coordination } / count)
    }
}
