import Testing
@testable import PanelCore

/// cdf, survival and quantiles of the normal, t, chi-square and F distributions against mpmath at 50 digits
/// (references/distributions/make_distribution_fixtures.py). Tolerances, relative: 1e-13 in the bulk,
/// 1e-10 in the far tails (probability, or for quantiles min(p, 1 − p), below 1e-10). Probabilities below
/// 1e-300 (past the double range) need only be below 1e-290; infinite quantiles must be infinite, and
/// quantiles below the smallest normal double must come back below it (the solver returns 0 there).
@Suite struct DistributionAccuracyTests {
    static let bulkTolerance = 1e-13
    static let tailTolerance = 1e-10

    /// The bulk and far-tail trackers of one family, checked together.
    struct Bands {
        var bulk: AccuracyTracker
        var tail: AccuracyTracker
        init(_ label: String) {
            bulk = AccuracyTracker(label + " bulk")
            tail = AccuracyTracker(label + " far tail")
        }

        mutating func probability(_ computed: Double, _ expected: Double, _ row: String) {
            if expected < 1e-300 {
                #expect(computed < 1e-290, "\(row): \(computed) for \(expected)")
            } else if expected < 1e-10 {
                tail.record(computed, expected, row: row)
            } else {
                bulk.record(computed, expected, row: row)
            }
        }

        mutating func quantile(_ computed: Double, _ expected: Double, p: Double, _ row: String) {
            if expected.isInfinite || expected == 0 {
                #expect(computed == expected, "\(row): \(computed) for \(expected)")
            } else if abs(expected) < Double.leastNormalMagnitude {
                #expect(abs(computed) < Double.leastNormalMagnitude, "\(row): \(computed) for \(expected)")
            } else if min(p, 1 - p) < 1e-10 {
                tail.record(computed, expected, row: row)
            } else {
                bulk.record(computed, expected, row: row)
            }
        }

        func verify() {
            print(bulk.summary)
            print(tail.summary)
            #expect(bulk.worst <= DistributionAccuracyTests.bulkTolerance, "\(bulk.summary)")
            #expect(tail.worst <= DistributionAccuracyTests.tailTolerance, "\(tail.summary)")
        }
    }

    @Test func normal() {
        var bands = Bands("normal cdf/sf")
        for row in numericRows(Fixtures.text("distributions/normal.txt")) {
            bands.probability(StandardNormal.cdf(row[0]), row[1], "cdf z=\(row[0])")
            bands.probability(StandardNormal.survival(row[0]), row[2], "sf z=\(row[0])")
        }
        bands.verify()
    }

    @Test func studentT() {
        var bands = Bands("t cdf/sf")
        for row in numericRows(Fixtures.text("distributions/t.txt")) {
            let distribution = StudentT(degreesOfFreedom: row[0])
            let label = "df=\(row[0]) t=\(row[1])"
            bands.probability(distribution.cdf(row[1]), row[2], "cdf " + label)
            bands.probability(distribution.survival(row[1]), row[3], "sf " + label)
            bands.probability(distribution.twoSidedPValue(row[1]), 2 * min(row[2], row[3]), "p-value " + label)
        }
        bands.verify()
    }

    @Test func chiSquared() {
        var bands = Bands("chi2 cdf/sf")
        for row in numericRows(Fixtures.text("distributions/chi2.txt")) {
            let distribution = ChiSquared(degreesOfFreedom: row[0])
            let label = "df=\(row[0]) x=\(row[1])"
            bands.probability(distribution.cdf(row[1]), row[2], "cdf " + label)
            bands.probability(distribution.survival(row[1]), row[3], "sf " + label)
        }
        bands.verify()
    }

    @Test func fisherF() {
        var bands = Bands("F cdf/sf")
        for row in numericRows(Fixtures.text("distributions/f.txt")) {
            let distribution = FisherF(numeratorDegrees: row[0], denominatorDegrees: row[1])
            let label = "df=\(row[0]),\(row[1]) x=\(row[2])"
            bands.probability(distribution.cdf(row[2]), row[3], "cdf " + label)
            bands.probability(distribution.survival(row[2]), row[4], "sf " + label)
        }
        bands.verify()
    }

    @Test(arguments: [0, 1, 2, 3])
    func quantiles(family: Int) {
        var bands = Bands("quantiles of family \(family)")
        for row in numericRows(Fixtures.text("distributions/quantiles.txt")) where Int(row[0]) == family {
            let (first, second, p) = (row[1], row[2], row[3])
            let computed: Double
            switch family {
            case 0: computed = StandardNormal.quantile(p)
            case 1: computed = StudentT(degreesOfFreedom: first).quantile(p)
            case 2: computed = ChiSquared(degreesOfFreedom: first).quantile(p)
            default: computed = FisherF(numeratorDegrees: first, denominatorDegrees: second).quantile(p)
            }
            bands.quantile(computed, row[4], p: p, "df=\(first),\(second) p=\(p)")
        }
        bands.verify()
    }

    @Test func invalidParametersGiveNaN() {
        #expect(StudentT(degreesOfFreedom: 0).cdf(1).isNaN)
        #expect(StudentT(degreesOfFreedom: -1).quantile(0.3).isNaN)
        #expect(ChiSquared(degreesOfFreedom: .infinity).survival(1).isNaN)
        #expect(FisherF(numeratorDegrees: 1, denominatorDegrees: .nan).cdf(1).isNaN)
        #expect(StandardNormal.quantile(1.5).isNaN)
        #expect(StandardNormal.quantile(0) == -.infinity)
        #expect(ChiSquared(degreesOfFreedom: 3).quantile(1) == .infinity)
    }
}
