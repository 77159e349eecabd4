/// The exact projection off the dummies of one factor: subtracting from each observation the mean of its level
/// (the within transformation of `xtreg, fe` for one factor; one step of the method of alternating projections).
struct FactorDemeaning {
    let levelOf: [Int]
    /// Observations per level as a Double (levels without observations are never read).
    let counts: [Double]

    init(_ factor: FixedEffectFactor) {
        self.levelOf = factor.levelOf
        self.counts = factor.observationsPerLevel.map { Double($0) }
    }

    var levelCount: Int { counts.count }

    /// Demeans `x` in place within the levels; `levelSums` is scratch of at least `levelCount` entries.
    func demean(_ x: UnsafeMutableBufferPointer<Double>, levelSums: UnsafeMutableBufferPointer<Double>) {
        levelOf.withUnsafeBufferPointer { level in
            counts.withUnsafeBufferPointer { count in
                for l in 0..<count.count { levelSums[l] = 0 }
                for i in 0..<x.count { levelSums[level[i]] += x[i] }
                for l in 0..<count.count where count[l] > 0 { levelSums[l] = levelSums[l] / count[l] }
                for i in 0..<x.count { x[i] -= levelSums[level[i]] }
            }
        }
    }
}
