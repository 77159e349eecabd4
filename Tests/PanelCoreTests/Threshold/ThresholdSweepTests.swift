import Testing
@testable import PanelCore

/// Self-consistency of the one-pass SSR sweep: at every candidate it equals the residual sum of squares of a full
/// least-squares fit (`LeastSquaresFit`) of the demeaned response on the fixed and threshold columns, also when two
/// regime regressors are identical (the collinear threshold column is dropped), with either regime boundary (q at
/// the threshold below or above it; q has ties, so the two differ), and with the last period of every unit deleted
/// after demeaning (Hansen's program: zero rows). Tolerance 1e-10 relative.
@Suite struct ThresholdSweepTests {
    /// 12 units × 5 periods of seeded normal draws; q takes 15 distinct values.
    static func panel(identicalRegressors: Bool, boundary: RegimeBoundary = .lowerIncludes,
                      deletedPeriod: DeletedPeriod = .none) -> ThresholdPanel {
        var random = Xoshiro256StarStar(seed: 42)
        let units = 12, periods = 5, n = units * periods
        let unitOf = (0..<n).map { $0 / periods }
        let x1 = (0..<n).map { _ in random.nextNormal() }
        let x2 = identicalRegressors ? x1 : (0..<n).map { _ in random.nextNormal() }
        let z = (0..<n).map { _ in random.nextNormal() }
        let q = (0..<n).map { _ in Double(random.nextInt(below: 15)) }
        let y = (0..<n).map { i in (q[i] > 6 ? 2.0 : 1.0) * x1[i] - 0.5 * x2[i] + z[i] + random.nextNormal() }
        return ThresholdPanel(response: y, controls: [z], regimeRegressors: [x1, x2], thresholdValues: q, unitOf: unitOf,
                              unitCount: units, timeOf: (0..<n).map { $0 % periods }, boundary: boundary,
                              deletedPeriod: deletedPeriod)
    }

    static func directSumOfSquares(_ panel: ThresholdPanel, thresholds: [Double]) throws -> Double {
        let columns = panel.fixedColumns + thresholds.flatMap { panel.thresholdColumns($0) }
        let design = RegressionDesign(responseName: "y", response: panel.response, regressors: Matrix(columnVectors: columns),
                                      termNames: columns.indices.map { "c\($0)" }, hasIntercept: false,
                                      rowsUsed: Array(panel.response.indices), rowsDropped: 0)
        return try LeastSquaresFit(design, at: "").residualSumOfSquares
    }

    @Test(arguments: [false, true], [RegimeBoundary.lowerIncludes, .upperIncludes])
    func sweepEqualsAFitPerCandidate(identicalRegressors: Bool, boundary: RegimeBoundary) throws {
        try Self.checkSweep(Self.panel(identicalRegressors: identicalRegressors, boundary: boundary))
    }

    @Test(arguments: [false, true])
    func sweepWithTheLastPeriodDeletedEqualsAFitPerCandidate(identicalRegressors: Bool) throws {
        let panel = Self.panel(identicalRegressors: identicalRegressors, boundary: .upperIncludes, deletedPeriod: .last)
        #expect(panel.response.indices.filter { $0 % 5 == 4 }.allSatisfy { panel.response[$0] == 0 })
        try Self.checkSweep(panel)
    }

    static func checkSweep(_ panel: ThresholdPanel) throws {
        let boundary = panel.boundary
        let grid = ThresholdGrid(values: panel.thresholdValues, trim: 0.05, choice: .all, boundary: boundary)
        for fixed in [[], [4.0]] {
            let search = try #require(ThresholdSearch(response: panel.response, fixing: fixed, grid: grid, panel: panel))
            #expect(!search.candidates.isEmpty)
            for (k, gamma) in search.candidates.enumerated() {
                let direct = try Self.directSumOfSquares(panel, thresholds: fixed + [gamma])
                #expect(isClose(search.sumsOfSquares[k], direct, relative: 1e-10), "γ = \(gamma) fixed \(fixed)")
            }
            #expect(isClose(search.baseSumOfSquares, try Self.directSumOfSquares(panel, thresholds: fixed), relative: 1e-12))
        }
    }

    @Test func gridFollowsTheDocumentedPositionsAndTrimming() {
        let values = (0..<100).map { Double($0 / 2) }
        let grid = ThresholdGrid(values: values, trim: 0.1, choice: .observationQuantiles(5))
        #expect(grid.points == [5, 15, 25, 35, 45])
        #expect(grid.minimumRegimeSize == 10)
        #expect(grid.admissiblePoints(besides: []) == [5, 15, 25, 35])
        #expect(grid.admissiblePoints(besides: [25]) == [5, 15, 35])
    }
}
