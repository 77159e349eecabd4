/// The Gini coefficient of one sample and its Dagum (1997) decomposition by k groups, G = G_w + G_nb + G_t.
///
/// With n observations of mean μ, group j of n_j observations with mean μ_j, p_j = n_j / n and s_j = n_j μ_j / (n μ):
/// G = Σ_j Σ_h Σ_i Σ_r |y_ji − y_hr| / (2 n² μ); within-group G_jj = Σ_i Σ_r |y_ji − y_jr| / (2 n_j² μ_j);
/// between-group G_jh = Σ_i Σ_r |y_ji − y_hr| / (n_j n_h (μ_j + μ_h)); the relative economic affluence
/// D_jh = (d_jh − p_jh) / (d_jh + p_jh) = |μ_j − μ_h| n_j n_h / Σ_i Σ_r |y_ji − y_hr| (d_jh and p_jh the gross
/// excesses of the richer and the poorer group); G_w = Σ_j G_jj p_j s_j, G_nb = Σ_{j<h} G_jh (p_j s_h + p_h s_j) D_jh,
/// G_t = Σ_{j<h} G_jh (p_j s_h + p_h s_j) (1 − D_jh). The values must be non-negative with a positive mean (the
/// caller checks); a group whose values are all 0 has no within-group Gini (nil), and D_jh is 0 when the two groups'
/// values are all equal.
public struct DagumGini: Sendable {
    /// One group of the sample.
    public struct Group: Sendable {
        public let count: Int
        public let mean: Double
        /// G_jj; nil when the group's mean is 0.
        public let gini: Double?
    }

    /// Two groups `first` < `second` (positions in `groups`).
    public struct Pair: Sendable {
        public let first: Int
        public let second: Int
        /// G_jh; nil when both groups' values are all 0.
        public let gini: Double?
        /// D_jh in [0, 1].
        public let relativeAffluence: Double
    }

    public let count: Int
    public let mean: Double
    public let gini: Double
    public let within: Double
    public let netBetween: Double
    public let transvariation: Double
    public let groups: [Group]
    public let pairs: [Pair]

    /// `values` by group: `values[j]` are group j's observations (each group non-empty, total mean positive). The
    /// sums run on the values divided by the power of two at or below the largest (an exact scaling every ratio
    /// ignores), so that they stay finite for values up to the largest double; means are reported unscaled.
    public init(_ values: [[Double]]) {
        let largest = values.reduce(0.0) { $1.reduce($0) { max($0, $1) } }
        let scale = Double(sign: .plus, exponent: largest.exponent, significand: 1)
        let samples = values.map { group in SortedSample(group.map { $0 / scale }) }
        let count = samples.reduce(0) { $0 + $1.count }
        let n = Double(count)
        let mean = samples.reduce(0.0) { $0 + $1.sum } / n
        var groups: [Group] = []
        var within = 0.0, netBetween = 0.0, transvariation = 0.0
        var differenceSum = 0.0
        for sample in samples {
            let size = Double(sample.count), groupMean = sample.sum / size
            let sum = sample.absoluteDifferenceSum
            differenceSum += sum
            let gini: Double? = groupMean > 0 ? sum / (2 * size * size * groupMean) : nil
            groups.append(Group(count: sample.count, mean: groupMean * scale, gini: gini))
            within += (gini ?? 0) * (size / n) * (sample.sum / (n * mean))
        }
        var pairs: [Pair] = []
        for j in samples.indices {
            for h in samples.indices where h > j {
                let sum = samples[j].absoluteDifferenceSum(with: samples[h])
                differenceSum += 2 * sum
                let sizes = Double(samples[j].count) * Double(samples[h].count)
                let (first, second) = (samples[j].sum / Double(samples[j].count), samples[h].sum / Double(samples[h].count))
                let gini: Double? = first + second > 0 ? sum / (sizes * (first + second)) : nil
                let affluence = sum > 0 ? min(1, abs(first - second) * sizes / sum) : 0
                let weight = (Double(samples[j].count) * samples[h].sum + Double(samples[h].count) * samples[j].sum) / (n * n * mean)
                netBetween += (gini ?? 0) * weight * affluence
                transvariation += (gini ?? 0) * weight * (1 - affluence)
                pairs.append(Pair(first: j, second: h, gini: gini, relativeAffluence: affluence))
            }
        }
        self.count = count
        self.mean = mean * scale
        self.gini = differenceSum / (2 * n * n * mean)
        self.within = within
        self.netBetween = netBetween
        self.transvariation = transvariation
        self.groups = groups
        self.pairs = pairs
    }

    /// G_w / G, G_nb / G and G_t / G; nil when G is 0 (all values equal).
    public var shares: (within: Double, netBetween: Double, transvariation: Double)? {
        gini > 0 ? (within / gini, netBetween / gini, transvariation / gini) : nil
    }
}
