import Testing
@testable import PanelCore

/// Issue 17, the time budget in the fixed-effects iteration: the alternating projections read the budget every 16
/// iterations and stop unconverged once it has run out; the regression then answers `time_limit` (not
/// `numerical_failure`) at the model.
@Suite struct FixedEffectsBudgetTests {
    /// Three factors over 2,000 rows that connect their levels only loosely — a worker (4 rows each) moving along a
    /// chain of 400 firms, and a period of 9 — so the iteration needs well over 16 steps; a response without pattern.
    static let columns: (a: [Double], b: [Double], c: [Double], y: [Double], x: [Double]) = {
        let n = 2000
        var state: UInt64 = 12_345
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        let a = (0..<n).map { Double($0 / 4) }
        let b = (0..<n).map { (row: Int) -> Double in Double((row / 4 + (row % 4) / 3) % 400) }
        let c = (0..<n).map { Double($0 % 9) }
        return (a, b, c, (0..<n).map { _ in uniform() }, (0..<n).map { _ in uniform() })
    }()

    @Test func expiredBudgetStopsTheIterationUnconverged() throws {
        let factors = [Self.columns.a, Self.columns.b, Self.columns.c].map { column in
            let groups = GroupIndex(DataColumn(name: "f", values: .numeric(column)), rows: Array(column.indices))
            return FixedEffectFactor(name: "f", levelOf: groups.groupOf, levelCount: groups.count)
        }
        let free = FixedEffectsAbsorber(factors: factors).absorb(Self.columns.y)
        #expect(free.converged && free.iterations > 16, "\(free.iterations) iterations")
        let stopped = FixedEffectsAbsorber(factors: factors, budget: TestClock.budget(seconds: 0.5)).absorb(Self.columns.y)
        #expect(!stopped.converged && stopped.iterations == 16)
    }

    @Test func regressionAnswersTimeLimit() throws {
        let request: [String: Any] = ["abi": 1,
                                      "data": ["columns": ["y": Self.columns.y, "x": Self.columns.x, "a": Self.columns.a, "b": Self.columns.b, "c": Self.columns.c]],
                                      "model": ["estimator": "ols", "formula": "y ~ x | a + b + c", "options": ["max_seconds": 1.5]]]
        let response = ABIClient.decode(ABIClient.respond(request, budget: TestClock.budget(seconds: .infinity)))
        let error = try #require(response["error"] as? [String: Any])
        #expect(error["code"] as? String == "time_limit" && error["where"] as? String == "/model/formula")
        #expect((error["message"] as? String)?.contains("absorbing the fixed effects") == true)
    }
}
