import Testing
@testable import PanelCore

/// Factor construction and singleton removal. The singleton cases (fixtures made by
/// references/fixedeffects/make_fe_fixtures.py) are checked there against pyfixest's `detect_singletons`
/// (fixest's `fixef_rm = "singleton"`); kept observations and the dropped count must match exactly.
@Suite struct FixedEffectFactorTests {
    @Test func interactionNumbersObservedPairsInOrderOfFirstAppearance() {
        let province = FixedEffectFactor(name: "province", levelOf: [1, 0, 1, 1, 0, 2], levelCount: 3)
        let year = FixedEffectFactor(name: "year", levelOf: [0, 0, 1, 0, 0, 1], levelCount: 2)
        let pairs = FixedEffectFactor.interaction(province, year)
        #expect(pairs == FixedEffectFactor(name: "province^year", levelOf: [0, 1, 2, 0, 1, 3], levelCount: 4))
    }

    @Test func restrictionRedensifiesLevels() {
        let firm = FixedEffectFactor(name: "firm", levelOf: [0, 1, 2, 1, 3, 2], levelCount: 4)
        let restricted = firm.restricted(to: [2, 3, 5, 1])
        #expect(restricted == FixedEffectFactor(name: "firm", levelOf: [0, 1, 0, 1], levelCount: 2))
    }

    @Test(arguments: ["chain", "three", "one", "random"])
    func singletonsMatchPyfixest(caseName: String) {
        let fixture = MatrixFixture.load("fixedeffects/singletons_\(caseName).txt")
        let factors = FixedEffectsFixtureSupport.numberedFactors(fixture)
        let (kept, dropped) = SingletonFilter.keptObservations(factors)
        #expect(kept == fixture.vector("kept").map { Int($0) })
        #expect(dropped == Int(fixture.scalar("dropped")))
        let restricted = factors.map { $0.restricted(to: kept) }
        #expect(restricted.allSatisfy { $0.observationsPerLevel.allSatisfy { $0 >= 2 } })
    }

    @Test func noFactorsKeepEverythingTrivially() {
        #expect(SingletonFilter.keptObservations([]).droppedCount == 0)
    }
}
