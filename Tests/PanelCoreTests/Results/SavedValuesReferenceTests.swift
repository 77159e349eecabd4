import Foundation
import Testing
@testable import PanelCore

/// `options.save` against pyfixest 0.60 (`references/saved/make_saved_fixtures.py`, the example panel's columns with
/// DF missing on three rows): residuals and fitted values row by row — null exactly on the rows pyfixest drops — to
/// 1e-7 absolute (both sides absorb the fixed effects iteratively, pyfixest to its default 1e-8 tolerance; the data
/// are of order 0.1–1), and the fixed effects' level values (fixest's references) to 1e-9 absolute.
@Suite struct SavedValuesReferenceTests {
    static let cases = ["feols_fe2", "feols_plain", "within", "iv_fe2"]

    private func saved(_ model: [String: Any]) throws -> [String: Any] {
        var model = model
        model["options"] = ["save": ["residuals", "fitted", "fixef"]]
        let response = ABIClient.run(["abi": 1, "data": ["csv": Fixtures.text("saved/nqpf.csv")], "panel": ["id": "city", "time": "year"],
                                      "model": model])
        let result = try #require(response["result"] as? [String: Any], "\(response)")
        return try #require(result["saved"] as? [String: Any])
    }

    private func expectRows(_ mine: [Any], _ reference: [Any], _ what: String) {
        #expect(mine.count == reference.count, "\(what): \(mine.count) rows, pyfixest \(reference.count)")
        for (row, (value, expected)) in zip(mine, reference).enumerated() {
            switch (value as? Double, expected as? Double) {
            case (let value?, let expected?): #expect(abs(value - expected) <= 1e-7, "\(what) row \(row): \(value) vs \(expected)")
            case (nil, nil): continue
            default: Issue.record("\(what) row \(row): \(value) vs \(expected) (null on one side only)")
            }
        }
    }

    @Test(arguments: cases) func matchesPyfixest(_ name: String) throws {
        let reference = try #require(try JSONSerialization.jsonObject(with: Data(Fixtures.text("saved/\(name).json").utf8)) as? [String: Any])
        let saved = try saved(reference["model"] as! [String: Any])
        expectRows(saved["residuals"] as! [Any], reference["residuals"] as! [Any], "\(name) residuals")
        expectRows(saved["fitted"] as! [Any], reference["fitted"] as! [Any], "\(name) fitted")
        guard let effects = reference["fixef"] as? [String: [String: Double]] else { return }
        let mine = try #require(saved["fixef"] as? [String: [String: Double]])
        #expect(Set(mine.keys) == Set(effects.keys))
        for (factor, levels) in effects {
            #expect(Set(mine[factor]?.keys ?? [:].keys) == Set(levels.keys), "\(name) \(factor) levels")
            for (level, value) in levels {
                #expect(abs((mine[factor]?[level] ?? .nan) - value) <= 1e-9, "\(name) \(factor)=\(level)")
            }
        }
    }
}
