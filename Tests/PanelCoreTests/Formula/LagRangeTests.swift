import Foundation
import Testing
@testable import PanelCore

/// Lag ranges `l(x, a:b)` and `f(x, a:b)` (fixest's and plm's ranges): one term per lag, lag 0 being x itself; a
/// factor of an interaction is distributed (`l(x, 1:2):z`); every other use is a `bad_formula` naming the column.
@Suite struct LagRangeTests {
    func labels(_ source: String) throws -> [String] {
        try FormulaParser.parse(source, at: "/f").regressors.map { $0.label }
    }

    @Test func aRangeIsOneTermPerLag() throws {
        #expect(try labels("y ~ l(x, 1:3)") == ["l(x, 1)", "l(x, 2)", "l(x, 3)"])
        #expect(try labels("y ~ l(log(x), 0:1) + z") == ["log(x)", "l(log(x), 1)", "z"])
        #expect(try labels("y ~ f(x, 1:2)") == ["f(x, 1)", "f(x, 2)"])
        #expect(try labels("y ~ l(x, 2:2) + l(x, 1:2)") == ["l(x, 2)", "l(x, 1)"])
    }

    @Test func aRangeInAnInteractionIsDistributed() throws {
        #expect(try labels("y ~ l(x, 1:2):z") == ["l(x, 1):z", "l(x, 2):z"])
        #expect(try labels("y ~ z:l(x, 0:1)") == ["z:x", "z:l(x, 1)"])
    }

    @Test func anInstrumentListEntryMayBeARange() throws {
        #expect(try FormulaParser.parseExpressions("l(w, 0:2)", at: "/iv/0").map { $0.label } == ["w", "l(w, 1)", "l(w, 2)"])
        #expect(try FormulaParser.parseExpressions("log(w)", at: "/iv/0").map { $0.label } == ["log(w)"])
    }

    /// Where one column is made (a `transform` step, a GMM-style variable), a range is refused.
    @Test func aSingleExpressionIsNotARange() throws {
        #expect(throws: PanelError.self) { try FormulaParser.parseExpression("l(w, 1:2)", at: "/x") }
        #expect(try FormulaParser.parseExpression("l(w, 2:2)", at: "/x").label == "l(w, 2)")
    }

    @Test(arguments: [
        ("y ~ l(x, 2:1)", "/f: column 5"),
        ("y ~ l(x, 1:1001)", "/f: column 5"),
        ("y ~ l(x, 1:)", "/f: column 12"),
        ("y ~ l(x, 1:2)*z", "/f: column 5"),
        ("y ~ z*l(x, 1:2)", "/f: column 7"),
        ("y ~ log(l(x, 1:2))", "/f: column 15"),
        ("l(y, 1:2) ~ x", "/f: column 7"),
    ])
    func misusedRangesAreBadFormulas(source: String, location: String) {
        do {
            _ = try FormulaParser.parse(source, at: "/f")
            Issue.record("'\(source)' should not parse")
        } catch {
            #expect(error.code == .badFormula, "\(source): \(error.message)")
            #expect(error.location == location, "\(source): \(error.message)")
        }
    }

    @Test func rangesMakingTooManyTermsAreTooLarge() {
        do {
            _ = try FormulaParser.parse("y ~ l(x, 0:1000):l(z, 0:1000)", at: "/f")
            Issue.record("should be refused")
        } catch {
            #expect(error.code == .tooLarge)
        }
    }

    /// Arellano–Bond's model (a1) written with ranges, as plm writes it, is the model written term by term.
    @Test func gmmWithRangesEqualsTheTermsWrittenOut() {
        let ranges = "log(emp) ~ l(log(emp), 1:2) + l(log(wage), 0:1) + l(log(capital), 0:2) + l(log(output), 0:2)"
        let written = GMMReferenceTests.fit(["formula": GMMReferenceTests.ab, "gmm": GMMReferenceTests.gmm(["log(emp)"])])
        let result = GMMReferenceTests.fit(["formula": ranges, "gmm": GMMReferenceTests.gmm(["log(emp)"]),
                                            "iv": ["l(log(wage), 0:1)", "l(log(capital), 0:2)", "l(log(output), 0:2)"]])
        let estimates = { (r: [String: Any]) in (r["coefficients"] as? [[String: Any]] ?? []).map { $0["estimate"] as? Double ?? .nan } }
        #expect(estimates(result).count == 16)
        #expect(estimates(result) == estimates(written))
        #expect(result["n_instruments"] as? Int == 41)
    }
}
