import Testing
@testable import PanelCore

/// logGamma, erf and erfc against mpmath at 50 digits (Fixtures/distributions/special.txt, rows
/// function x value with function 0 = log|Γ|, 1 = erf, 2 = erfc). Tolerance: relative 1e-13
/// (erfc below 1e-300 need only be below 1e-290).
@Suite struct SpecialFunctionTests {
    @Test func againstMpmath() {
        var trackers = [AccuracyTracker("logGamma"), AccuracyTracker("erf"), AccuracyTracker("erfc")]
        for row in numericRows(Fixtures.text("distributions/special.txt")) {
            let function = Int(row[0])
            let x = row[1]
            let computed: Double
            switch function {
            case 0: computed = SpecialFunctions.logGamma(x)
            case 1: computed = SpecialFunctions.erf(x)
            default: computed = SpecialFunctions.erfc(x)
            }
            if row[2] != 0 && abs(row[2]) < 1e-300 {
                #expect(abs(computed) < 1e-290, "f\(function)(\(x)) = \(computed)")
            } else {
                trackers[function].record(computed, row[2], row: "f\(function)(\(x))")
            }
        }
        for tracker in trackers {
            print(tracker.summary)
            #expect(tracker.worst <= 1e-13, "\(tracker.summary)")
        }
    }

    /// inverseErfc and the incomplete-gamma inverses against the mpmath quantiles of the normal and
    /// chi-square fixtures: erfc⁻¹(2p) = −Φ⁻¹(p)/√2 and P⁻¹(k/2, p) = Q⁻¹(k/2, 1 − p) = χ²ₖ⁻¹(p)/2.
    /// Tolerance: relative 1e-13, 1e-10 when min(p, 1 − p) < 1e-10 (as for the quantiles).
    @Test func inversesAgainstMpmathQuantiles() {
        var bulk = AccuracyTracker("inverses bulk")
        var tail = AccuracyTracker("inverses far tail")
        for row in numericRows(Fixtures.text("distributions/quantiles.txt")) where row[0] == 0 || row[0] == 2 {
            let (p, expected) = (row[3], row[4])
            if expected.isInfinite || abs(expected) < Double.leastNormalMagnitude { continue }
            let computed: Double
            let reference: Double
            if row[0] == 0 {
                computed = SpecialFunctions.inverseErfc(2 * p)
                reference = -expected * 0.7071067811865476
            } else {
                let a = 0.5 * row[1]
                computed = p < 0.5
                    ? SpecialFunctions.inverseRegularizedGammaP(a: a, p: p)
                    : SpecialFunctions.inverseRegularizedGammaQ(a: a, q: 1 - p)
                reference = 0.5 * expected
            }
            if min(p, 1 - p) < 1e-10 {
                tail.record(computed, reference, row: "family \(row[0]) df \(row[1]) p \(p)")
            } else {
                bulk.record(computed, reference, row: "family \(row[0]) df \(row[1]) p \(p)")
            }
        }
        print(bulk.summary)
        print(tail.summary)
        #expect(bulk.worst <= 1e-13, "\(bulk.summary)")
        #expect(tail.worst <= 1e-10, "\(tail.summary)")
    }

    @Test func specialValues() {
        #expect(SpecialFunctions.logGamma(0) == .infinity)
        #expect(SpecialFunctions.logGamma(-3) == .infinity)
        #expect(SpecialFunctions.logGamma(1) == 0)
        #expect(SpecialFunctions.logGamma(2) == 0)
        #expect(SpecialFunctions.regularizedGammaP(a: -1, x: 1).isNaN)
        #expect(SpecialFunctions.regularizedBeta(a: 1, b: 1, x: 1.5).isNaN)
        #expect(SpecialFunctions.erfc(-.infinity) == 2)
        #expect(SpecialFunctions.erf(.infinity) == 1)
        #expect(SpecialFunctions.inverseErfc(1) == 0)
        #expect(SpecialFunctions.inverseErfc(0) == .infinity)
        #expect(SpecialFunctions.inverseErfc(2.5).isNaN)
        #expect(SpecialFunctions.inverseRegularizedGammaQ(a: 2, q: 0) == .infinity)
        #expect(SpecialFunctions.inverseRegularizedGammaP(a: -1, p: 0.5).isNaN)
    }
}
