import Foundation
import Testing
@testable import PanelCore

/// `StockYogoTable` against Fixtures/iv/stock_yogo.json: 31 entries of Stock & Yogo (2005) Tables 5.1, 5.2 and 5.4
/// (every table, the first and last l for every k, and rows in between) read from public copies of the tables by
/// references/iv/make_stock_yogo_fixture.py (each entry's `source` names them; that script also checks every cell
/// of the Swift table against the copies). Exact equality: the table holds the published two-decimal values.
@Suite struct StockYogoTableTests {
    @Test func spotEntriesMatchThePublishedTables() throws {
        let fixture = try JSONSerialization.jsonObject(with: Data(Fixtures.text("iv/stock_yogo.json").utf8)) as! [String: Any]
        let entries = fixture["entries"] as! [[String: Any]]
        #expect(entries.count >= 30)
        #expect(Set(entries.map { $0["table"] as! String }) == ["2sls_relative_bias", "2sls_size", "liml_size"])
        for entry in entries {
            let k = entry["endogenous"] as! Int, l = entry["instruments"] as! Int
            let kind = try #require(StockYogoTable.Kind(rawValue: entry["table"] as! String))
            let method: InstrumentalVariablesMethod = kind == .limlSize ? .liml : .twoStageLeastSquares
            let values = StockYogoTable.criticalValues(endogenous: k, instruments: l, method: method)
            let value = values.first { $0.kind == kind && $0.level == entry["level"] as! Double }?.value
            #expect(value == entry["critical_value"] as? Double, "\(kind.rawValue) k=\(k) l=\(l) level \(entry["level"]!)")
        }
    }

    /// Tables 5.1: k = 1…3, l = k + 2…30; 5.2 and 5.4: k = 1…2, l = k…30. 2SLS and GMM get 5.1 and 5.2 (bias first),
    /// LIML gets 5.4; each table contributes its four levels in order, and nothing outside the coverage.
    @Test func coverageIsThatOfThePublishedTables() {
        let bias: Set<Int> = [1, 2, 3], size: Set<Int> = [1, 2]
        for k in -1...5 {
            for l in -1...32 {
                let hasBias = bias.contains(k) && l >= k + 2 && l <= 30
                let hasSize = size.contains(k) && l >= k && l <= 30
                for method in [InstrumentalVariablesMethod.twoStageLeastSquares, .gmm, .liml] {
                    let kinds: [StockYogoTable.Kind] = method == .liml
                        ? (hasSize ? [.limlSize] : []) : (hasBias ? [.twoStageBias] : []) + (hasSize ? [.twoStageSize] : [])
                    let values = StockYogoTable.criticalValues(endogenous: k, instruments: l, method: method)
                    #expect(values.map { $0.kind } == kinds.flatMap { Array(repeating: $0, count: 4) }, "\(method.rawValue) k=\(k) l=\(l)")
                    #expect(values.map { $0.level } == kinds.flatMap { $0.levels }, "\(method.rawValue) k=\(k) l=\(l)")
                }
            }
        }
    }

    @Test func tablesHoldOneRowOfFourValuesPerInstrumentCount() {
        for table in [StockYogoTable.twoStageBias, StockYogoTable.twoStageSize, StockYogoTable.limlSize] {
            for (index, rows) in table.rows.enumerated() {
                let k = index + 1
                #expect(rows.count == StockYogoTable.maximumInstruments - k - table.firstOverIdentification + 1, "\(table.kind.rawValue) k=\(k)")
                #expect(rows.allSatisfy { $0.count == 4 })
            }
        }
    }

    @Test func criticalValuesDecreaseWithTheTolerance() {
        for table in [StockYogoTable.twoStageBias, StockYogoTable.twoStageSize, StockYogoTable.limlSize] {
            for rows in table.rows {
                for values in rows { #expect(values == values.sorted(by: >), "\(table.kind.rawValue) \(values)") }
            }
        }
    }
}
