import Testing
@testable import PanelCore

/// The exact two-way within transformation for factors crossed in balance: recognised only when every cell holds
/// the same number of observations, equal to x − x̄_a − x̄_b + x̄ (computed here directly, tolerance 1e-14 of the
/// column scale) and to what the accelerated alternating projections converge to on the same data (1e-12). Its
/// agreement with an independent reference is `AbsorptionReferenceTests` (the balanced firm × year fixture).
@Suite struct CrossedTwoWayDemeaningTests {
    /// Two observations in each of the 4 × 3 cells, rows in a shuffled order.
    static let (firmOf, yearOf): ([Int], [Int]) = {
        let cells = (0..<24).map { ($0 * 7) % 24 }
        return (cells.map { ($0 / 2) / 3 }, cells.map { ($0 / 2) % 3 })
    }()

    static func sweeps(_ firm: [Int], _ year: [Int]) -> (FactorDemeaning, FactorDemeaning) {
        (FactorDemeaning(FixedEffectFactor(name: "firm", levelOf: firm, levelCount: (firm.max() ?? -1) + 1)),
         FactorDemeaning(FixedEffectFactor(name: "year", levelOf: year, levelCount: (year.max() ?? -1) + 1)))
    }

    static let column: [Double] = (0..<24).map { (i: Int) -> Double in
        let wave = Double(i * i % 17) * 0.37
        return wave + Double(i).squareRoot() - 3
    }

    @Test func balancedCellsAreRecognisedAndUnevenOnesAreNot() {
        let (firm, year) = Self.sweeps(Self.firmOf, Self.yearOf)
        #expect(CrossedTwoWayDemeaning(firm, year) != nil)
        // One observation moved to another cell: one cell with 1, one with 3.
        var movedYear = Self.yearOf
        movedYear[0] = (movedYear[0] + 1) % 3
        let (firmAgain, uneven) = Self.sweeps(Self.firmOf, movedYear)
        #expect(CrossedTwoWayDemeaning(firmAgain, uneven) == nil)
        // A missing cell (3 firms × 2 years with firm 2 never in year 1), and more cells than observations.
        let (gappedFirm, gappedYear) = Self.sweeps([0, 0, 1, 1, 2, 2], [0, 1, 0, 1, 0, 0])
        #expect(CrossedTwoWayDemeaning(gappedFirm, gappedYear) == nil)
        let (wideFirm, wideYear) = Self.sweeps([0, 1, 2], [0, 1, 2])
        #expect(CrossedTwoWayDemeaning(wideFirm, wideYear) == nil)
    }

    @Test func equalsTheTwoWayWithinFormula() {
        let mean = { (level: [Int], count: Int) -> [Double] in
            var sums = [Double](repeating: 0, count: count), counts = sums
            for (i, l) in level.enumerated() {
                sums[l] += Self.column[i]
                counts[l] += 1
            }
            return zip(sums, counts).map { $0 / $1 }
        }
        let (firmMeans, yearMeans) = (mean(Self.firmOf, 4), mean(Self.yearOf, 3))
        let grandMean = Self.column.reduce(0, +) / 24
        let outcome = FixedEffectsAbsorber(factors: [
            FixedEffectFactor(name: "firm", levelOf: Self.firmOf, levelCount: 4),
            FixedEffectFactor(name: "year", levelOf: Self.yearOf, levelCount: 3),
        ]).absorb(Self.column)
        #expect(outcome.iterations == 1 && outcome.converged)
        let scale = Self.column.map { abs($0) }.max()!
        for i in 0..<24 {
            let expected = Self.column[i] - firmMeans[Self.firmOf[i]] - yearMeans[Self.yearOf[i]] + grandMean
            #expect(abs(outcome.values[i] - expected) <= 1e-14 * scale)
        }
    }

    @Test func agreesWithTheAlternatingProjections() {
        let (firm, year) = Self.sweeps(Self.firmOf, Self.yearOf)
        let projection = AcceleratedAlternatingProjections(sweeps: [firm, year], tolerance: 1e-14, maximumIterations: 1000)
        var iterated = Self.column, exact = Self.column
        var work = [Double](repeating: 0, count: projection.workCount(rows: 24))
        iterated.withUnsafeMutableBufferPointer { x in
            work.withUnsafeMutableBufferPointer { _ = projection.residualise(x, work: $0) }
        }
        let crossed = CrossedTwoWayDemeaning(firm, year)!
        exact.withUnsafeMutableBufferPointer { x in
            work.withUnsafeMutableBufferPointer { #expect(crossed.residualise(x, work: $0)) }
        }
        let scale = Self.column.map { abs($0) }.max()!
        for i in 0..<24 { #expect(abs(iterated[i] - exact[i]) <= 1e-12 * scale) }
    }

    @Test func aNonFiniteEntryIsReported() {
        let (firm, year) = Self.sweeps(Self.firmOf, Self.yearOf)
        let crossed = CrossedTwoWayDemeaning(firm, year)!
        for bad in [Double.nan, .infinity] {
            var x = Self.column
            x[5] = bad
            var work = [Double](repeating: 0, count: crossed.workCount)
            x.withUnsafeMutableBufferPointer { x in
                work.withUnsafeMutableBufferPointer { #expect(!crossed.residualise(x, work: $0)) }
            }
        }
    }
}
