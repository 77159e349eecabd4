import Foundation
import Testing
@testable import PanelCore

/// Self-consistency of OLS with absorbed fixed effects through the ABI (fixest-style checks): absorbing a factor
/// gives the slopes of explicit `i()` dummies, a regressor constant within every unit is reported as omitted (as
/// reghdfe does) rather than failing, and singletons are dropped and counted.
@Suite struct FixedEffectsBehaviourTests {
    static let csv = Fixtures.text("feols/grunfeld.csv")

    func result(_ formula: String, vcov: Any = "iid", csv: String = csv) throws -> [String: Any] {
        let response = ABIClient.run(["abi": 1, "data": ["csv": csv], "model": ["estimator": "ols", "formula": formula, "vcov": vcov]])
        return try #require(response["result"] as? [String: Any], "\(response)")
    }

    func estimates(_ result: [String: Any]) -> [String: Double] {
        var values: [String: Double] = [:]
        for row in result["coefficients"] as! [[String: Any]] { values[row["term"] as! String] = row["estimate"] as? Double }
        return values
    }

    /// Tolerance 1e-10 relative: two exact routes to the same least-squares slopes.
    @Test func absorbedEqualsExplicitDummies() throws {
        let absorbed = estimates(try result("invest ~ value + capital | firm + year"))
        let explicit = estimates(try result("invest ~ value + capital + i(firm) + i(year)"))
        for term in ["value", "capital"] {
            #expect(isClose(absorbed[term]!, explicit[term]!, relative: 1e-10), "\(term)")
        }
    }

    @Test func regressorConstantWithinUnitsIsOmitted() throws {
        let table = try DataTable(csv: try CSVReader.parse(Array(Self.csv.utf8)))
        let firms = GroupIndex(table.column(named: "firm")!, rows: Array(0..<table.rowCount))
        var lines = Self.csv.split(separator: "\n").map(String.init)
        lines[0] += ",firm_size"
        for k in 1..<lines.count { lines[k] += ",\(firms.groupOf[k - 1] * 3)" }
        let result = try result("invest ~ value + firm_size | firm", csv: lines.joined(separator: "\n") + "\n")
        #expect(result["omitted"] as? [String] == ["firm_size"])
        #expect((result["warnings"] as! [String]).contains { $0.contains("absorbed by the fixed effects") })
    }

    @Test func singletonsAreDroppedAndCounted() throws {
        let csv = "y,x,g\n1,2,a\n2,1,a\n3,5,b\n4,3,b\n5,4,c\n"
        let result = try result("y ~ x | g", csv: csv)
        #expect(result["nobs"] as? Int == 4)
        #expect((result["stats"] as! [String: Any])["singletons_dropped"] as? Int == 1)
    }
}
