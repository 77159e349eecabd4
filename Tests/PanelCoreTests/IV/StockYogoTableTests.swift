import Foundation
import Testing
@testable import PanelCore

/// Spot checks of `StockYogoTable` against entries written by hand in Fixtures/iv/stock_yogo.json (its `source`
/// member says where they come from). Exact equality: the table holds the published two-decimal values.
@Suite struct StockYogoTableTests {
    @Test func spotEntriesMatchThePublishedTables() throws {
        let fixture = try JSONSerialization.jsonObject(with: Data(Fixtures.text("iv/stock_yogo.json").utf8)) as! [String: Any]
        for entry in fixture["entries"] as! [[String: Any]] {
            let k = entry["endogenous"] as! Int, l = entry["instruments"] as! Int
            let kind = try #require(StockYogoTable.Kind(rawValue: entry["table"] as! String))
            let method: InstrumentalVariablesMethod = kind == .limlSize ? .liml : .twoStageLeastSquares
            let values = StockYogoTable.criticalValues(endogenous: k, instruments: l, method: method)
            let value = values.first { $0.kind == kind && $0.level == entry["level"] as! Double }?.value
            #expect(value == entry["critical_value"] as? Double, "\(kind.rawValue) k=\(k) l=\(l) level \(entry["level"]!)")
        }
    }

    @Test func untabulatedModelsHaveNoCriticalValues() {
        #expect(StockYogoTable.criticalValues(endogenous: 4, instruments: 9, method: .twoStageLeastSquares).isEmpty)
        #expect(StockYogoTable.criticalValues(endogenous: 1, instruments: 2, method: .twoStageLeastSquares).map { $0.kind } == Array(repeating: .twoStageSize, count: 4),
                "the bias table starts at l = k + 2")
    }

    @Test func criticalValuesDecreaseWithTheTolerance() {
        for table in [StockYogoTable.twoStageBias, StockYogoTable.twoStageSize, StockYogoTable.limlSize] {
            for (_, _, values) in table { #expect(values == values.sorted(by: >)) }
        }
    }
}
