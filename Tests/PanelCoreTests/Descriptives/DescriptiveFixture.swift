import Foundation
import Testing
@testable import PanelCore

/// One data set of Fixtures/descriptives (written by references/descriptives/make_descriptive_fixtures.py): the CSV
/// as PanelCore reads it and the reference JSON (pandas describe, exact correlations, statsmodels VIF).
struct DescriptiveFixture {
    static let names = ["nqpf", "small_missing"]

    let name: String
    let table: DataTable
    let reference: [String: Any]

    init(_ name: String) throws {
        self.name = name
        table = try DataTable(csv: try CSVReader.parse(Array(Fixtures.text("descriptives/\(name).csv").utf8)))
        let json = Fixtures.text("descriptives/\(name).json")
        reference = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
    }

    var columns: [String] { reference["columns"] as! [String] }
    var percentiles: [Double] { (reference["percentiles"] as! [NSNumber]).map { $0.doubleValue } }
}

/// A reference number of the JSON fixtures, nil for JSON null (pandas NaN).
func referenceNumber(_ value: Any?) -> Double? {
    (value as? NSNumber)?.doubleValue
}

/// Expects `actual` within `relative` of `expected` (both nil, or both numbers).
func expectClose(_ actual: Double?, _ expected: Any?, relative: Double, _ what: String,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    let reference = referenceNumber(expected)
    guard let actual, let reference else {
        #expect(actual == nil && reference == nil, "\(what): \(String(describing: actual)) vs \(String(describing: reference))",
                sourceLocation: sourceLocation)
        return
    }
    #expect(isClose(actual, reference, relative: relative), "\(what): \(actual) vs \(reference)", sourceLocation: sourceLocation)
}
