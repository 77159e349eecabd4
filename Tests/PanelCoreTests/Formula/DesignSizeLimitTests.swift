import Foundation
import Testing
@testable import PanelCore

/// Size limits of formula designs are checked before anything large is built (issue 17): the width of `i()` terms
/// comes from the factor's level count, so `y ~ x + i(g)` with more columns than the 10⁸-element limit allows is
/// refused without building an indicator column; a `*` product is refused before it is expanded.
@Suite struct DesignSizeLimitTests {
    /// A request whose columns are sent as binary (compact for many rows): y, x float64 and g int32 with
    /// `levels` levels.
    static func request(rows: Int, levels: Int, formula: String) -> String {
        func base64<T>(_ values: [T]) -> String { values.withUnsafeBytes { Data($0).base64EncodedString() } }
        let y = (0..<rows).map { Double($0 % 17) }, x = (0..<rows).map { Double($0 % 13) }
        let g = (0..<rows).map { Int32($0 % levels) }
        return #"{"abi": 1, "data": {"columns": {"y": {"float64": ""# + base64(y) + #""}, "x": {"float64": ""# + base64(x)
            + #""}, "g": {"int32": ""# + base64(g) + #""}}}, "model": {"estimator": "ols", "formula": ""# + formula + #""}}"#
    }

    static func error(_ text: String) -> [String: Any] { ABIClient.run(text: text)["error"] as? [String: Any] ?? [:] }

    @Test func factorWidthIsCheckedBeforeBuilding() {
        // 20,000 rows × (1 + 1 + 4,999) columns = 1.0002 · 10⁸ elements.
        let error = Self.error(Self.request(rows: 20_000, levels: 5_000, formula: "y ~ x + i(g)"))
        #expect(error["code"] as? String == "too_large")
        #expect(error["where"] as? String == "/model/formula")
        #expect((error["message"] as? String)?.contains("20000 rows × 5001 columns") == true, "\(error)")
        #expect((error["message"] as? String)?.contains("763.1 MiB") == true, "\(error)")
    }

    @Test func interactedFactorWidthsMultiply() {
        // i(g):i(x) has 4,999 × 12 columns (the level counts multiply): 6 · 10⁸ elements at 10,000 rows. (i(g):i(g) is
        // i(g), as in R.)
        let error = Self.error(Self.request(rows: 10_000, levels: 5_000, formula: "y ~ i(g):i(x)"))
        #expect(error["code"] as? String == "too_large", "\(error)")
    }

    @Test func designBelowTheLimitStillFits() {
        let response = ABIClient.run(text: Self.request(rows: 2_000, levels: 50, formula: "y ~ x + i(g)"))
        #expect(response["ok"] as? Bool == true, "\(response)")
        let result = response["result"] as? [String: Any] ?? [:]
        #expect((result["coefficients"] as? [Any])?.count == 51)
    }

    /// 20 factors would expand to 2²⁰ − 1 terms (over 120 s before this check, for columns that do not exist).
    @Test func starProductIsBoundedBeforeExpanding() throws {
        let formula = "y ~ " + (0..<20).map { "v\($0)" }.joined(separator: "*")
        let error = Self.error(Self.request(rows: 10, levels: 2, formula: formula))
        #expect(error["code"] as? String == "too_large")
        #expect(error["where"] as? String == "/model/formula: column 5")
        #expect(throws: PanelError.self) { try FormulaParser.parse("y ~ " + (0..<14).map { "v\($0)" }.joined(separator: "*"), at: "/f") }
        #expect(try FormulaParser.parse("y ~ " + (0..<13).map { "v\($0)" }.joined(separator: "*"), at: "/f").regressors.count == 8_191)
    }

    /// Column names are checked before any term is evaluated or expanded.
    @Test func unknownColumnsComeFirst() {
        let formula = "y ~ " + (0..<12).map { "v\($0)" }.joined(separator: "*")
        let error = Self.error(Self.request(rows: 10, levels: 2, formula: formula))
        #expect(error["code"] as? String == "unknown_column")
    }

    /// A product of finite values that overflows is refused instead of entering the design as ±∞.
    @Test func overflowingInteractionIsInvalidData() {
        let text = #"{"abi": 1, "data": {"columns": {"y": [1, 2, 3, 4], "x": [1e200, 2e200, 3, 4], "z": [1e200, 1e200, 1, 1]}}, "model": {"estimator": "ols", "formula": "y ~ x:z"}}"#
        #expect(Self.error(text)["code"] as? String == "invalid_data")
    }
}
