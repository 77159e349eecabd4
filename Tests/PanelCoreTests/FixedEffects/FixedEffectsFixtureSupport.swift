@testable import PanelCore

/// Builds fixed-effect factors from the identifier vectors of the fixedeffects fixtures.
enum FixedEffectsFixtureSupport {
    /// A factor whose levels are the distinct values of `identifiers`, numbered in order of first appearance.
    static func factor(_ name: String, _ identifiers: [Double]) -> FixedEffectFactor {
        var levels: [Double: Int] = [:]
        let levelOf = identifiers.map { value in
            if let level = levels[value] { return level }
            levels[value] = levels.count
            return levels.count - 1
        }
        return FixedEffectFactor(name: name, levelOf: levelOf, levelCount: levels.count)
    }

    /// The factors f0, f1, … of a fixture with a `factor_count` scalar.
    static func numberedFactors(_ fixture: MatrixFixture) -> [FixedEffectFactor] {
        (0..<Int(fixture.scalar("factor_count"))).map { factor("f\($0)", fixture.vector("f\($0)")) }
    }

    /// The n × levelCount matrix of 0/1 dummies of a factor.
    static func dummyColumns(_ factor: FixedEffectFactor) -> [[Double]] {
        var columns = [[Double]](repeating: [Double](repeating: 0, count: factor.observationCount), count: factor.levelCount)
        for (i, level) in factor.levelOf.enumerated() { columns[level][i] = 1 }
        return columns
    }

    /// Whether |a − b| ≤ tolerance × scale entry by entry.
    static func agree(_ a: [Double], _ b: [Double], tolerance: Double, scale: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * scale }
    }
}
