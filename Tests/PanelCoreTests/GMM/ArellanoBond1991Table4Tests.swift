import Foundation
import Testing
@testable import PanelCore

/// Arellano and Bond (1991) Table 4 as published, on their UK employment panel (plm's EmplUK): column (a1), one-step
/// with robust standard errors, and column (b), two-step (coefficients and Sargan; the printed standard errors are
/// the uncorrected two-step ones, which the ABI does not report). The paper rounds to three significant figures, so
/// each published number is matched to half a unit in its last printed digit. The same columns are compared with
/// R plm's pgmm to 1e-8 relative (references/gmm/make_ab1991_table4.R).
@Suite struct ArellanoBond1991Table4Tests {
    /// Column (a1) is GMMReferenceTests.ab in one step; column (b) is GMMReferenceTests.b4 in two steps.
    static func model(_ column: String) -> [String: Any] {
        column == "a1" ? ["formula": GMMReferenceTests.ab, "gmm": GMMReferenceTests.gmm(["log(emp)"])]
            : ["formula": GMMReferenceTests.b4, "gmm": GMMReferenceTests.gmm(["log(emp)"]), "two_step": true]
    }

    /// A printed number and the half unit in its last digit.
    struct Printed {
        let value: Double
        let tolerance: Double
        init(_ text: Substring) {
            value = Double(text)!
            let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
            var unit = 1.0
            for _ in 0..<decimals { unit /= 10 }
            tolerance = unit / 2
        }
    }

    /// The published lines of one column, in the paper's row order: (name, estimate, standard error).
    static func published(_ column: String) -> [(String, Printed, Printed?)] {
        Fixtures.text("gmm/ab1991_table4_published.txt").split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let parts = line.split(separator: " ")
            guard parts[0] == column else { return nil }
            return (String(parts[1]), Printed(parts[2]), parts[3] == "-" ? nil : Printed(parts[3]))
        }
    }

    static func statistic(_ result: [String: Any], _ test: String) -> Double {
        ((result["diagnostics"] as? [String: Any])?[test] as? [String: Any])?["statistic"] as? Double ?? .nan
    }

    @Test(arguments: ["a1", "b"])
    func publishedColumnIsReproducedToPrintPrecision(column: String) {
        let result = GMMReferenceTests.fit(Self.model(column))
        let rows = result["coefficients"] as? [[String: Any]] ?? []
        let tests = ["m1": "ar1", "m2": "ar2", "sargan": column == "a1" ? "sargan" : "hansen"]
        var slope = 0
        for (name, estimate, standardError) in Self.published(column) {
            if let test = tests[name] {
                #expect((Self.statistic(result, test) - estimate.value).magnitude <= estimate.tolerance, "\(column) \(name): \(Self.statistic(result, test))")
                continue
            }
            let row = rows[slope]
            slope += 1
            let b = row["estimate"] as? Double ?? .nan
            #expect((b - estimate.value).magnitude <= estimate.tolerance, "\(column) \(name): \(b)")
            if let standardError {
                let se = row["std_error"] as? Double ?? .nan
                #expect((se - standardError.value).magnitude <= standardError.tolerance, "\(column) \(name) se: \(se)")
            }
        }
        #expect(slope == (column == "a1" ? 10 : 7))
    }

    @Test(arguments: ["a1", "b"])
    func columnAgreesWithPlm(column: String) {
        let result = GMMReferenceTests.fit(Self.model(column))
        var expected: [String: [Double]] = [:]
        for line in Fixtures.text("gmm/ab1991_table4_plm.txt").split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts[0] == column { expected[String(parts[1]), default: []].append(Double(parts[3])!) }
        }
        let rows = result["coefficients"] as? [[String: Any]] ?? []
        #expect(rows.count == expected["coef"]?.count)
        for (row, (b, se)) in zip(rows, zip(expected["coef"] ?? [], expected["se"] ?? [])) {
            #expect(isClose(row["estimate"] as? Double ?? .nan, b, relative: GMMReferenceTests.tolerance), "\(column) \(row["term"]!)")
            #expect(isClose(row["std_error"] as? Double ?? .nan, se, relative: GMMReferenceTests.tolerance), "\(column) \(row["term"]!) se")
        }
        for (name, test) in [("m1", "ar1"), ("m2", "ar2"), ("hansen", "hansen")] {
            #expect(isClose(Self.statistic(result, test), expected[name]![0], relative: GMMReferenceTests.tolerance), "\(column) \(name)")
        }
    }
}
