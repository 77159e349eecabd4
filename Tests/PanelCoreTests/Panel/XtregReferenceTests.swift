import Foundation
import Testing
@testable import PanelCore

/// The xtreg family and the Hausman test through the ABI, against references/panel/make_xtreg_fixtures.py.
/// numpy-reference.json (Stata's formulas, 17 digits): estimates 1e-10 relative, standard errors, covariance entries
/// and statistics 1e-8 relative (relative to max(|reference|, 1e-3) so near-zero entries get an absolute floor);
/// p-values 1e-8 relative with a 1e-15 floor. stata-printed.json (Stata 13's %13.12g output, ≈ 11 digits, smaller
/// covariance entries fewer): estimates and statistics 1e-9 relative, covariance entries 2e-6 relative with a
/// 1e-12 absolute floor.
@Suite struct XtregReferenceTests {
    static var numpy: [String: Any] { load("numpy-reference.json") }
    static var stata: [String: Any] { load("stata-printed.json") }

    static func load(_ name: String) -> [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(Fixtures.text("panel/" + name).utf8)) as! [String: Any]
    }

    static func cases(_ fixture: [String: Any], _ key: String) -> [[String: Any]] { fixture[key] as! [[String: Any]] }

    static func run(_ model: [String: Any], _ c: [String: Any]) -> [String: Any] {
        ABIClient.run(["abi": 1, "data": ["csv": Fixtures.text("panel/" + (c["data"] as! String))], "panel": c["panel"]!, "model": model])
    }

    static func runCase(_ c: [String: Any]) -> [String: Any]? {
        let model: [String: Any] = ["estimator": "panel", "method": c["method"]!, "formula": c["formula"]!, "vcov": c["vcov"]!]
        let response = run(model, c)
        guard let result = response["result"] as? [String: Any] else {
            Issue.record("\(c["method"]!) \(c["formula"]!): \(response)")
            return nil
        }
        return result
    }

    static func check(_ c: [String: Any], _ result: [String: Any], estimate: Double, spread: Double, statistic: Double, floor: Double) {
        let label = "\(c["method"]!) \(c["vcov"]!) \(c["formula"]!)"
        #expect(result["nobs"] as? Int == c["nobs"] as? Int, "\(label)")
        let rows = Dictionary(uniqueKeysWithValues: (result["coefficients"] as! [[String: Any]]).map { ($0["term"] as! String, $0) })
        let expectedTerms = (c["coefficients"] as! [[String: Any]]).map { $0["term"] as! String }
        for expected in c["coefficients"] as! [[String: Any]] {
            let term = expected["term"] as! String
            guard let row = rows[term] else { Issue.record("\(label): no \(term)"); continue }
            #expect(isClose(row["estimate"] as! Double, expected["estimate"] as! Double, relative: estimate, floor: 1e-3), "\(label) \(term)")
            if let se = expected["std_error"] as? Double {
                #expect(isClose(row["std_error"] as! Double, se, relative: spread, floor: 1e-3), "\(label) \(term) se")
            }
        }
        let vcov = result["vcov"] as! [String: Any]
        let terms = vcov["terms"] as! [String]
        let matrix = vcov["matrix"] as! [[Double]]
        let reference = c["vcov_matrix"] as! [[Double]]
        for (a, ta) in expectedTerms.enumerated() {
            for (b, tb) in expectedTerms.enumerated() {
                guard let i = terms.firstIndex(of: ta), let j = terms.firstIndex(of: tb) else { continue }
                #expect(isClose(matrix[i][j], reference[a][b], relative: spread, floor: floor), "\(label) V[\(ta), \(tb)]")
            }
        }
        let stats = result["stats"] as! [String: Any]
        for (name, value) in c["stats"] as! [String: Any] {
            guard let expected = value as? Double else {
                #expect(stats[name] is NSNull, "\(label) \(name) should be null")
                continue
            }
            guard let actual = stats[name] as? Double else { Issue.record("\(label): no statistic \(name)"); continue }
            let isP = name.hasSuffix("p_value")
            #expect(isClose(actual, expected, relative: statistic, floor: isP ? 1e-15 : 1e-300), "\(label) \(name): \(actual) vs \(expected)")
        }
    }

    @Test(arguments: 0..<cases(numpy, "cases").count)
    func matchesStataFormulas(index: Int) {
        let c = Self.cases(Self.numpy, "cases")[index]
        guard let result = Self.runCase(c) else { return }
        #expect(result["method"] as? String == c["method"] as? String)
        Self.check(c, result, estimate: 1e-10, spread: 1e-8, statistic: 1e-8, floor: 1e-3)
    }

    @Test(arguments: 0..<cases(stata, "cases").count)
    func matchesStataOutput(index: Int) {
        let c = Self.cases(Self.stata, "cases")[index]
        guard let result = Self.runCase(c) else { return }
        Self.check(c, result, estimate: 1e-9, spread: 2e-6, statistic: 1e-9, floor: 1e-6)
    }

    /// 1e-8 relative, except where V_FE − V_RE is nearly singular: there its smallest eigenvalue (≈ 10⁻⁹ of the
    /// largest on wagepan) carries only the digits that survive the subtraction, and the statistic with it.
    static func hausmanTolerance(_ c: [String: Any]) -> Double {
        c["data"] as? String == "wagepan.csv" && c["variant"] as? String == "classic" ? 1e-4 : 1e-8
    }

    @Test(arguments: 0..<cases(numpy, "hausman").count)
    func hausmanMatchesFormula(index: Int) {
        let c = Self.cases(Self.numpy, "hausman")[index]
        let model: [String: Any] = ["estimator": "hausman", "formula": c["formula"]!, "options": c["options"]!]
        guard let result = Self.run(model, c)["result"] as? [String: Any] else {
            Issue.record("hausman \(c["formula"]!) failed")
            return
        }
        #expect(result["variant"] as? String == c["variant"] as? String)
        #expect(result["df"] as? Int == c["df"] as? Int)
        #expect(isClose(result["statistic"] as! Double, c["statistic"] as! Double, relative: Self.hausmanTolerance(c)))
        if let p = c["p_value"] as? Double {
            #expect(isClose(result["p_value"] as! Double, p, relative: 1e-8, floor: 1e-15))
        } else {
            #expect(result["p_value"] is NSNull)
            #expect((result["warnings"] as! [String]).contains { $0.contains("negative") })
        }
        let rows = result["coefficients"] as! [[String: Any]]
        for (row, expected) in zip(rows, c["coefficients"] as! [[String: Any]]) {
            #expect(row["term"] as? String == expected["term"] as? String)
            for key in ["fixed", "random"] {
                #expect(isClose(row[key] as! Double, expected[key] as! Double, relative: 1e-10, floor: 1e-3))
            }
            #expect(isClose(row["difference"] as! Double, expected["difference"] as! Double, relative: 1e-8, floor: 1e-3))
            if let se = expected["std_error"] as? Double {
                #expect(isClose(row["std_error"] as! Double, se, relative: 1e-8))
            } else {
                #expect(row["std_error"] is NSNull)
            }
        }
    }
}
