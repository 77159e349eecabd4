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

    @Test func specialValues() {
        #expect(SpecialFunctions.logGamma(0) == .infinity)
        #expect(SpecialFunctions.logGamma(-3) == .infinity)
        #expect(SpecialFunctions.logGamma(1) == 0)
        #expect(SpecialFunctions.logGamma(2) == 0)
        #expect(SpecialFunctions.regularizedGammaP(a: -1, x: 1).isNaN)
        #expect(SpecialFunctions.regularizedBeta(a: 1, b: 1, x: 1.5).isNaN)
        #expect(SpecialFunctions.erfc(-.infinity) == 2)
        #expect(SpecialFunctions.erf(.infinity) == 1)
    }
}
