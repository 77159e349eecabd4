import Testing
@testable import PanelCore

/// The candidate grids and trimming rules of docs/abi/threshold.md: Hansen's quantiles of the distinct values, his
/// program's windows around fixed thresholds, explicit lists, and the regime boundary's count of observations below
/// a threshold. Exact (positions and values are integers here).
@Suite struct ThresholdGridTests {
    @Test func distinctQuantilesFollowHansensIndexing() {
        let values = (0..<100).map { Double($0 / 2) }  // 50 distinct values, each twice
        let grid = ThresholdGrid(values: values, trim: 0.1, choice: .distinctQuantiles(10))
        // k = 0…8: the ⌊50·(0.1 + k/10)⌋-th smallest distinct value (1-based).
        #expect(grid.points == [4, 9, 14, 19, 24, 29, 34, 39, 44])
    }

    @Test func distinctQuantilesSpreadWithThePointTrimAndSkipIndexZero() {
        let values = (0..<10).map { Double($0) }
        #expect(ThresholdGrid(values: values, trim: 0.3, choice: .distinctQuantiles(5), pointTrim: 0.1).points == [0, 2, 4, 6, 8])
        #expect(ThresholdGrid(values: values, trim: 0, choice: .distinctQuantiles(2)).points == [4, 9])
    }

    @Test func theGridWindowDropsHansensPositionsAroundAFixedThreshold() {
        let values = (0..<20).map { Double($0) }
        let grid = ThresholdGrid(values: values, trim: 0.1, choice: .values(values), rule: .gridWindow)
        // w = 20 · 0.1 = 2; r = 10 has m = 10 points below it: positions 8 < i ≤ 12 (values 8…11) go.
        #expect(grid.admissiblePoints(besides: []) == values)
        #expect(grid.admissiblePoints(besides: [10]) == values.filter { $0 < 8 || $0 > 11 })
        #expect(grid.admissiblePoints(besides: [10, 15]) == values.filter { ($0 < 8 || $0 > 11) && ($0 < 13 || $0 > 16) })
    }

    @Test func anExplicitListIsTheGridAsGiven() {
        let grid = ThresholdGrid(values: (0..<20).map { Double($0) }, trim: 0.25, choice: .values([1, 7.5, 12, 18]))
        #expect(grid.points == [1, 7.5, 12, 18])
        #expect(grid.admissiblePoints(besides: []) == [7.5, 12])
    }

    @Test func theBoundaryDecidesWhereTiedObservationsCount() {
        let values: [Double] = [1, 2, 2, 2, 3, 4]
        let lower = ThresholdGrid(values: values, trim: 0.3, choice: .all)
        let upper = ThresholdGrid(values: values, trim: 0.3, choice: .all, boundary: .upperIncludes)
        #expect(lower.countInLowerRegimes(2) == 4)
        #expect(upper.countInLowerRegimes(2) == 1)
        // ⌈0.3 · 6⌉ = 2 observations per regime.
        #expect(lower.admissiblePoints(besides: []) == [2])
        #expect(upper.admissiblePoints(besides: []) == [3])
    }
}
