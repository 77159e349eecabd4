/// The exact projection off the dummies of one factor: subtracting from each observation the mean of its level
/// (the within transformation of `xtreg, fe` for one factor; one step of the method of alternating projections).
/// Levels are kept as Int32 to halve the memory traffic of the sweeps. When a level holds more than
/// `largestPlainLevel` observations the level sums are compensated (Kahan), so a mean over a level of m observations
/// carries O(ε) rather than O(m ε) relative error: with large levels (a year dummy over 100,000 firms) plain sums
/// leave rounding noise near 1e-12, the default tolerance of the iteration. Small levels (a firm's years) are summed
/// plainly — at most 128 ε of error, and a quarter of the latency on rows sorted by level.
struct FactorDemeaning {
    let levels: [Int32]
    /// Observations per level as a Double (levels without observations are never read).
    let counts: [Double]
    /// Whether level sums are compensated (some level holds more than `largestPlainLevel` observations).
    let compensated: Bool

    /// The largest level summed without compensation.
    static let largestPlainLevel = 128

    init(_ factor: FixedEffectFactor) {
        precondition(factor.levelCount <= Int(Int32.max), "Too many levels for one factor")
        self.levels = factor.levelOf.map { Int32(truncatingIfNeeded: $0) }
        let counts = factor.observationsPerLevel
        self.counts = counts.map { Double($0) }
        self.compensated = (counts.max() ?? 0) > Self.largestPlainLevel
    }

    var levelCount: Int { counts.count }

    /// Demeans `x` in place within the levels; `means` and `carries` are scratch of at least `levelCount` entries.
    func demean(
        _ x: UnsafeMutableBufferPointer<Double>, means: UnsafeMutableBufferPointer<Double>,
        carries: UnsafeMutableBufferPointer<Double>
    ) {
        levelMeans(of: x, into: means, carries: carries)
        subtract(means, from: x)
    }

    /// Subtracts from each observation of `x` the entry of `means` at its level.
    func subtract(_ means: UnsafeMutableBufferPointer<Double>, from x: UnsafeMutableBufferPointer<Double>) {
        levels.withUnsafeBufferPointer { level in
            for i in 0..<x.count { x[i] -= means[Int(level[i])] }
        }
    }

    /// Writes the mean of `x` within each level into `means` (`carries`: scratch for the compensation).
    func levelMeans(
        of x: UnsafeMutableBufferPointer<Double>, into means: UnsafeMutableBufferPointer<Double>,
        carries: UnsafeMutableBufferPointer<Double>
    ) {
        clearSums(means, carries)
        levels.withUnsafeBufferPointer { level in
            for i in 0..<x.count { accumulate(x[i], into: means, carries, at: Int(level[i])) }
        }
        turnSumsIntoMeans(means, carries)
    }

    /// Adds `value` to `sums[l]`: plainly, or when `compensated` by Kahan's compensated addition, the lost low-order
    /// part kept (negated) in `carries[l]`. (The test is the same for every observation; the compiler moves it out of
    /// the loops.)
    @inline(__always)
    func accumulate(
        _ value: Double, into sums: UnsafeMutableBufferPointer<Double>, _ carries: UnsafeMutableBufferPointer<Double>,
        at l: Int
    ) {
        guard compensated else {
            sums[l] += value
            return
        }
        let corrected = value - carries[l]
        let total = sums[l] + corrected
        carries[l] = (total - sums[l]) - corrected
        sums[l] = total
    }

    /// Zeroes the per-level sums and carries before accumulation.
    func clearSums(_ sums: UnsafeMutableBufferPointer<Double>, _ carries: UnsafeMutableBufferPointer<Double>) {
        for l in 0..<levelCount {
            sums[l] = 0
            carries[l] = 0
        }
    }

    /// Turns compensated per-level sums into means.
    func turnSumsIntoMeans(_ sums: UnsafeMutableBufferPointer<Double>, _ carries: UnsafeMutableBufferPointer<Double>) {
        counts.withUnsafeBufferPointer { count in
            for l in 0..<count.count where count[l] > 0 { sums[l] = (sums[l] - carries[l]) / count[l] }
        }
    }

    /// One fused pass of two consecutive sweeps: `target = source − means[level]` (finishing this factor's
    /// demeaning) while accumulating the result into `nextSums` by the levels of `next`.
    func subtractMeans(
        _ means: UnsafeMutableBufferPointer<Double>, from source: UnsafeMutableBufferPointer<Double>,
        into target: UnsafeMutableBufferPointer<Double>, accumulatingBy next: FactorDemeaning,
        into nextSums: UnsafeMutableBufferPointer<Double>, carries: UnsafeMutableBufferPointer<Double>
    ) {
        next.clearSums(nextSums, carries)
        levels.withUnsafeBufferPointer { level in
            next.levels.withUnsafeBufferPointer { nextLevel in
                for i in 0..<source.count {
                    let value = source[i] - means[Int(level[i])]
                    target[i] = value
                    next.accumulate(value, into: nextSums, carries, at: Int(nextLevel[i]))
                }
            }
        }
        next.turnSumsIntoMeans(nextSums, carries)
    }
}
