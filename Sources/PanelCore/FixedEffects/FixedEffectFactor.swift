/// One fixed-effect dimension over the estimation sample: the level of each observation, dense `0..<levelCount`
/// (reghdfe's `absorb()` term, fixest's fixed effect after the `|`).
public struct FixedEffectFactor: Equatable {
    /// The term as written, e.g. "firm" or "province^year".
    public let name: String
    /// `levelOf[i]` is the level of observation i, in `0..<levelCount`.
    public let levelOf: [Int]
    public let levelCount: Int

    /// A factor over existing dense level numbers (every entry of `levelOf` must be in `0..<levelCount`).
    public init(name: String, levelOf: [Int], levelCount: Int) {
        precondition(levelCount >= 0, "A factor cannot have a negative number of levels")
        self.name = name
        self.levelOf = levelOf
        self.levelCount = levelCount
    }

    public var observationCount: Int { levelOf.count }

    /// The interaction of two factors over the same observations, named "a^b" (reghdfe's and fixest's `a^b`): its
    /// levels are the observed pairs, densified in order of first appearance.
    public static func interaction(_ a: FixedEffectFactor, _ b: FixedEffectFactor) -> FixedEffectFactor {
        precondition(a.levelOf.count == b.levelOf.count, "Interacted factors must cover the same observations")
        var pairLevel: [Int64: Int] = [:]
        var levelOf: [Int] = []
        levelOf.reserveCapacity(a.levelOf.count)
        let stride = Int64(b.levelCount)
        for i in 0..<a.levelOf.count {
            let key = Int64(a.levelOf[i]) * stride + Int64(b.levelOf[i])
            if let level = pairLevel[key] {
                levelOf.append(level)
            } else {
                pairLevel[key] = pairLevel.count
                levelOf.append(pairLevel.count - 1)
            }
        }
        return FixedEffectFactor(name: a.name + "^" + b.name, levelOf: levelOf, levelCount: pairLevel.count)
    }

    /// The factor on a subset of observations (positions into `levelOf`, in the order given), with its levels
    /// re-densified in order of first appearance in the subset; levels not observed there disappear.
    public func restricted(to observations: [Int]) -> FixedEffectFactor {
        var newLevel = [Int](repeating: -1, count: levelCount)
        var restrictedLevelOf = [Int](repeating: 0, count: observations.count)
        var count = 0
        for (position, observation) in observations.enumerated() {
            let old = levelOf[observation]
            if newLevel[old] < 0 {
                newLevel[old] = count
                count += 1
            }
            restrictedLevelOf[position] = newLevel[old]
        }
        return FixedEffectFactor(name: name, levelOf: restrictedLevelOf, levelCount: count)
    }

    /// How many observations fall in each level.
    public var observationsPerLevel: [Int] {
        var counts = [Int](repeating: 0, count: levelCount)
        for level in levelOf { counts[level] += 1 }
        return counts
    }
}
