/// The exact projection off the dummies of one factor: subtracting from each observation the mean of its level
/// (the within transformation of `xtreg, fe` for one factor; one step of the method of alternating projections).
/// Levels are kept as Int32 to halve the memory traffic of the sweeps.
struct FactorDemeaning {
    let levels: [Int32]
    /// Observations per level as a Double (levels without observations are never read).
    let counts: [Double]

    init(_ factor: FixedEffectFactor) {
        precondition(factor.levelCount <= Int(Int32.max), "Too many levels for one factor")
        self.levels = factor.levelOf.map { Int32(truncatingIfNeeded: $0) }
        self.counts = factor.observationsPerLevel.map { Double($0) }
    }

    var levelCount: Int { counts.count }

    /// Demeans `x` in place within the levels; `means` is scratch of at least `levelCount` entries.
    func demean(_ x: UnsafeMutableBufferPointer<Double>, means: UnsafeMutableBufferPointer<Double>) {
        levelMeans(of: x, into: means)
        levels.withUnsafeBufferPointer { level in
            for i in 0..<x.count { x[i] -= means[Int(level[i])] }
        }
    }

    /// Writes the mean of `x` within each level into `means`.
    func levelMeans(of x: UnsafeMutableBufferPointer<Double>, into means: UnsafeMutableBufferPointer<Double>) {
        clearSums(means)
        levels.withUnsafeBufferPointer { level in
            for i in 0..<x.count { means[Int(level[i])] += x[i] }
        }
        turnSumsIntoMeans(means)
    }

    /// Zeroes the per-level sums before accumulation.
    func clearSums(_ sums: UnsafeMutableBufferPointer<Double>) {
        for l in 0..<levelCount { sums[l] = 0 }
    }

    /// Divides accumulated per-level sums by the level sizes.
    func turnSumsIntoMeans(_ sums: UnsafeMutableBufferPointer<Double>) {
        counts.withUnsafeBufferPointer { count in
            for l in 0..<count.count where count[l] > 0 { sums[l] = sums[l] / count[l] }
        }
    }

    /// One fused pass of two consecutive sweeps: `target = source − means[level]` (finishing this factor's
    /// demeaning) while accumulating the result into `nextSums` by the levels of `next`.
    func subtractMeans(
        _ means: UnsafeMutableBufferPointer<Double>, from source: UnsafeMutableBufferPointer<Double>,
        into target: UnsafeMutableBufferPointer<Double>, accumulatingBy next: FactorDemeaning,
        into nextSums: UnsafeMutableBufferPointer<Double>
    ) {
        next.clearSums(nextSums)
        levels.withUnsafeBufferPointer { level in
            next.levels.withUnsafeBufferPointer { nextLevel in
                for i in 0..<source.count {
                    let value = source[i] - means[Int(level[i])]
                    target[i] = value
                    nextSums[Int(nextLevel[i])] += value
                }
            }
        }
        next.turnSumsIntoMeans(nextSums)
    }
}
