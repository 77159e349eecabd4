import Testing
@testable import PanelCore

/// Absorbed degrees of freedom against references/fixedeffects/make_fe_fixtures.py: levels, redundant levels
/// (scipy connected components of the level graph), nesting in clusters and the total, exactly; for one and two
/// factors the total equals numpy's rank of the dummy matrix, for three it is reghdfe's bound (≥ the rank).
@Suite struct AbsorbedDegreesTests {
    @Test(arguments: ["connected", "three_components", "three_factors"])
    func matchesDummyRankAndReghdfeRule(caseName: String) {
        let fixture = MatrixFixture.load("fixedeffects/degrees_\(caseName).txt")
        let factors = FixedEffectsFixtureSupport.numberedFactors(fixture)
        let clusterOf = FixedEffectsFixtureSupport.factor("cluster", fixture.vector("cluster")).levelOf
        let degrees = AbsorbedDegrees(factors, clusterOf: clusterOf)
        #expect(degrees.levels == fixture.vector("levels").map { Int($0) })
        #expect(degrees.redundant == fixture.vector("redundant").map { Int($0) })
        #expect(degrees.nested == fixture.vector("nested").map { $0 == 1 })
        #expect(degrees.total == Int(fixture.scalar("total")))
        #expect(degrees.nestedInClusters == Int(fixture.scalar("nested_in_clusters")))
        let rank = Int(fixture.scalar("dummy_rank"))
        if factors.count <= 2 { #expect(degrees.total == rank) } else { #expect(degrees.total >= rank) }
    }

    /// The count made once without clusters, then asked for clustered errors, is the count made with the clusters.
    @Test(arguments: ["connected", "three_components", "three_factors"])
    func countsMadeOnceServeTheClusteredCount(caseName: String) {
        let fixture = MatrixFixture.load("fixedeffects/degrees_\(caseName).txt")
        let factors = FixedEffectsFixtureSupport.numberedFactors(fixture)
        let clusterOf = FixedEffectsFixtureSupport.factor("cluster", fixture.vector("cluster")).levelOf
        let once = AbsorbedDegrees(factors, clusterOf: nil)
        #expect(once.counted(factors, clusterings: [clusterOf]) == AbsorbedDegrees(factors, clusterOf: clusterOf).countedWithClusters)
        #expect(once.counted(factors, clusterings: []) == Int(fixture.scalar("total")))
    }

    @Test func oneFactorHasNoRedundantLevelAndNoClustersMeansNothingNested() {
        let firm = FixedEffectFactor(name: "firm", levelOf: [0, 0, 1, 2, 2], levelCount: 3)
        let degrees = AbsorbedDegrees([firm], clusterOf: nil)
        #expect(degrees.levels == [3] && degrees.redundant == [0] && degrees.nested == [false])
        #expect(degrees.total == 3 && degrees.nestedInClusters == 0)
    }

    @Test func twoFactorsWithThreeComponentsHaveThreeRedundantLevels() {
        let firm = FixedEffectFactor(name: "firm", levelOf: [0, 0, 1, 1, 2, 3], levelCount: 4)
        let year = FixedEffectFactor(name: "year", levelOf: [0, 1, 0, 1, 2, 3], levelCount: 4)
        let degrees = AbsorbedDegrees([firm, year], clusterOf: [0, 0, 0, 0, 1, 1])
        #expect(degrees.redundant == [0, 3])
        #expect(degrees.total == 5)
        #expect(degrees.nested == [true, true])
        #expect(degrees.nestedInClusters == 5)
    }
}
