/// One group's values sorted ascending with their running sums, so that sums of absolute differences take linear
/// time: Σ_i Σ_r |a_i − a_r| = 2 Σ_i (2i − n + 1) a_(i) within a sample, and Σ_i Σ_r |a_i − b_r| between two
/// samples by one merge pass (the Gini mean difference without the n² double loop).
struct SortedSample {
    let values: [Double]
    /// prefix[k] = a_(0) + … + a_(k−1).
    let prefix: [Double]

    init(_ values: [Double]) {
        self.values = values.sorted()
        var prefix = [0.0]
        prefix.reserveCapacity(values.count + 1)
        for x in self.values { prefix.append(prefix[prefix.count - 1] + x) }
        self.prefix = prefix
    }

    var count: Int { values.count }
    var sum: Double { prefix[values.count] }

    /// Σ_i Σ_r |a_i − a_r| over every ordered pair of the sample.
    var absoluteDifferenceSum: Double {
        var total = 0.0
        for (i, x) in values.enumerated() { total += Double(2 * i - values.count + 1) * x }
        return 2 * total
    }

    /// Σ_i Σ_r |a_i − b_r| over the pairs of this sample (a) and `other` (b).
    func absoluteDifferenceSum(with other: SortedSample) -> Double {
        var total = 0.0
        var below = 0
        for a in values {
            while below < other.count && other.values[below] < a { below += 1 }
            let lower = other.prefix[below], upper = other.sum - lower
            total += (a * Double(below) - lower) + (upper - a * Double(other.count - below))
        }
        return total
    }
}
