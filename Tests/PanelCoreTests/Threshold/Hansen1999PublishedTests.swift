import Foundation
import Testing
@testable import PanelCore

/// Hansen (1999, J. Econometrics 93) as printed — Tables 2 (p. 358), 3 (p. 359) and 4 (p. 361) — and the printed
/// output of Hansen's own GAUSS program (`thresh.out`, a reference implementation's run, not the paper), against
/// PanelCore with his program's options and `"deleted_period": "last"` (Fixtures/threshold/hansen1999_published.json,
/// transcribed and checked by references/threshold/hansen1999_published.py).
///
/// - Tolerances are the printed digits: the paper's F to 0.05, thresholds and interval ends to 0.00005;
///   `thresh.out`'s thresholds and intervals exactly (grid values), its SSRs and F to 8 significant digits.
/// - Table 5 (p. 361, the double-threshold regression) to its printed three decimals after the paper's scaling
///   (coefficients on Q²/10³ and Q³/10⁶): coefficients, OLS errors (`vcov: "iid"`) and White errors (`"hc1"`).
/// - The bootstrap only distributionally: Table 2's p-values and critical values are one 300-draw run of Hansen's
///   generator, which cannot be replayed, and his own program's second printed run differs from it by up to 25% in
///   the critical values. PanelCore's draws must give the paper's decisions and p-values within three binomial
///   standard errors of two independent runs.
@Suite struct Hansen1999PublishedTests {
    static var fixture: [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(Fixtures.text("threshold/hansen1999_published.json").utf8)) as! [String: Any]
    }
    static var published: [String: Any] { fixture["published"] as! [String: Any] }
    static var programOutput: [String: Any] { fixture["hansen_program_output"] as! [String: Any] }

    static func hansensProgram(_ changes: [String: Any] = [:], vcov: String? = nil) -> [String: Any] {
        Hansen1999Tests.run(changes.merging(["deleted_period": "last"]) { given, _ in given }, vcov: vcov)
    }

    static func rounded(_ value: Double?, _ digits: Double) -> Double? { value.map { ($0 * digits).rounded() / digits } }

    static func thresholds(_ result: [String: Any]) -> [String: [String: Any]] {
        Dictionary(uniqueKeysWithValues: (result["thresholds"] as? [[String: Any]] ?? []).map { ($0["name"] as! String, $0) })
    }

    @Test func tablesTwoAndThreeAsPrinted() {
        let result = Self.hansensProgram()
        let tests = result["tests"] as? [[String: Any]] ?? []
        let printedTests = (Self.published["table_2"] as! [String: Any])["tests"] as! [[String: Any]]
        #expect(tests.count == printedTests.count)
        for (computed, printed) in zip(tests, printedTests) {
            #expect(Self.rounded(computed["f_stat"] as? Double, 10) == printed["f_stat"] as? Double, "F of \(printed["thresholds"]!)")
        }
        let found = Self.thresholds(result)
        for printed in (Self.published["table_3"] as! [String: Any])["thresholds"] as! [[String: Any]] {
            let name = printed["name"] as! String, row = found[name]
            #expect(Self.rounded(row?["estimate"] as? Double, 10_000) == printed["estimate"] as? Double, "\(name)")
            let interval = [row?["conf_low"] as? Double, row?["conf_high"] as? Double].map { Self.rounded($0, 10_000) }
            #expect(interval == (printed["interval_95"] as! [Double]).map { Optional($0) }, "\(name) 95% interval")
        }
    }

    @Test func ninetyNinePercentIntervalsAsPrinted() {
        let found = Self.thresholds(Self.hansensProgram(["thresholds": 2, "threshold_level": 0.99]))
        for printed in (Self.published["table_3"] as! [String: Any])["thresholds"] as! [[String: Any]] {
            let name = printed["name"] as! String, row = found[name]
            let interval = [row?["conf_low"] as? Double, row?["conf_high"] as? Double].map { Self.rounded($0, 10_000) }
            #expect(interval == (printed["interval_99"] as! [Double]).map { Optional($0) }, "\(name) 99% interval")
        }
    }

    /// `thresh.out`: the single, double (with the refined first threshold) and triple models of Hansen's program.
    @Test func hansensProgramOutputToItsPrintedDigits() {
        let result = Self.hansensProgram()
        let found = Self.thresholds(result)
        let tests = result["tests"] as? [[String: Any]] ?? []
        for printed in Self.programOutput["tests"] as! [[String: Any]] {
            let count = printed["thresholds"] as! Int
            let computed = tests.first { $0["thresholds"] as? Int == count }
            #expect(isClose(computed?["rss"] as? Double ?? .nan, printed["rss"] as! Double, relative: 5e-8), "SSR of \(count)")
            #expect(isClose(computed?["f_stat"] as? Double ?? .nan, printed["f_stat"] as! Double, relative: 5e-8), "F of \(count)")
            let name = "th\(count)", row = found[name]
            #expect(row?["estimate"] as? Double == printed["threshold"] as? Double, "\(name)")
            #expect([row?["conf_low"] as? Double, row?["conf_high"] as? Double] == (printed["interval"] as! [Double]).map { Optional($0) },
                    "\(name) interval")
        }
        let refined = ((Self.programOutput["tests"] as! [[String: Any]])[1]["refined"] as! [String: Any])
        #expect(found["th1"]?["estimate"] as? Double == refined["threshold"] as? Double)
        #expect([found["th1"]?["conf_low"] as? Double, found["th1"]?["conf_high"] as? Double]
                == (refined["interval"] as! [Double]).map { Optional($0) })
    }

    /// Table 5: each printed value is the term's value divided by `to_term` (Q²/10³ is 10 × the data's q2 = Q²/100,
    /// Q³/10⁶ is 1000 × q3 = Q³/1000), rounded to three decimals.
    @Test func tableFiveAsPrinted() {
        let printed = (Self.published["table_5"] as! [String: Any])["rows"] as! [[String: Any]]
        for (vcov, key) in [("iid", "ols_se"), ("hc1", "white_se")] {
            let regression = Self.hansensProgram(["thresholds": 2], vcov: vcov)["regression"] as? [String: Any] ?? [:]
            let rows = Dictionary(uniqueKeysWithValues: (regression["coefficients"] as? [[String: Any]] ?? []).map { ($0["term"] as! String, $0) })
            #expect(rows.count == printed.count)
            for row in printed {
                let term = row["term"] as! String, scale = row["to_term"] as! Double
                let computed = rows[term]
                #expect(Self.rounded((computed?["estimate"] as? Double).map { $0 / scale }, 1000) == row["estimate"] as? Double, "\(term)")
                #expect(Self.rounded((computed?["std_error"] as? Double).map { $0 / scale }, 1000) == row[key] as? Double, "\(term) \(key)")
            }
        }
    }

    /// Table 4 from the regimes PanelCore reports (lower ≤ d1 < upper), counted per year in the data.
    @Test func regimesSplitTheFirmsAsTableFour() {
        let regimes = Self.hansensProgram(["thresholds": 2])["regimes"] as? [[String: Any]] ?? []
        let table = Self.published["table_4"] as! [String: Any]
        let years = table["years"] as! [Int], printed = table["percent"] as! [[Int]]
        #expect(regimes.count == printed.count)
        let lines = Fixtures.text("dta/hansen1999_invest.csv").split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let yearColumn = lines[0].firstIndex(of: "year")!, thresholdColumn = lines[0].firstIndex(of: "d1")!
        for (k, year) in years.enumerated() {
            let values = lines.dropFirst().filter { Int($0[yearColumn]) == year }.map { Double($0[thresholdColumn])! }
            for (r, regime) in regimes.enumerated() {
                let lower = regime["lower"] as? Double ?? -.infinity, upper = regime["upper"] as? Double ?? .infinity
                let share = Double(values.filter { $0 >= lower && $0 < upper }.count) / Double(values.count)
                #expect(Int((100 * share).rounded()) == printed[r][k], "\(year), regime \(r + 1)")
            }
        }
    }

    @Test func bootstrapAgreesWithThePrintedRunLoosely() {
        let draws = 40.0
        let result = Self.hansensProgram(["replications": Int(draws), "seed": 1999])
        let tests = result["tests"] as? [[String: Any]] ?? []
        let printedTests = (Self.published["table_2"] as! [String: Any])["tests"] as! [[String: Any]]
        for (computed, printed) in zip(tests, printedTests) {
            let p = computed["p_value"] as? Double ?? .nan, printedP = printed["p_value"] as! Double
            #expect((p < 0.05) == (printedP < 0.05) && (p < 0.10) == (printedP < 0.10), "decision of \(printed["thresholds"]!): \(p)")
            let pooled = (p * draws + printedP * 300) / (draws + 300)
            let tolerance = 3 * (pooled * (1 - pooled) * (1 / draws + 1 / 300)).squareRoot() + 1 / draws
            #expect(abs(p - printedP) <= tolerance, "p of \(printed["thresholds"]!): \(p) against \(printedP) ± \(tolerance)")
        }
    }
}
