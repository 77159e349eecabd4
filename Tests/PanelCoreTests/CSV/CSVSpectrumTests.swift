import Testing
@testable import PanelCore

/// csv-spectrum (max-mapper/csv-spectrum, BSD-2-Clause; copied byte-exact in Fixtures/csv-spectrum): each CSV
/// against the rows of its JSON twin, read with our own JSONReader. Comparison: exact string equality.
@Suite struct CSVSpectrumTests {
    static let csvPaths = Fixtures.files(in: "csv-spectrum/csvs")

    /// Upstream's location_coordinates.json gives a phone number that is not the one in the CSV (see the
    /// fixture LICENSE note); the CSV's own value is asserted instead.
    static let upstreamErrata: [String: [String: String]] = [
        "location_coordinates": ["Contact Phone Number": "2095257564"],
    ]

    /// The expected records as key → value maps; a single top-level object is one row.
    static func expectedRows(_ name: String) throws -> [[String: String]] {
        let json = try JSONReader.parse(TextFormatTestSupport.bytes(atPath:
            Fixtures.directory + "/csv-spectrum/json/" + name + ".json"))
        let objects: [JSONValue]
        switch json {
        case .array(let rows): objects = rows
        default: objects = [json]
        }
        return try objects.map { row in
            guard case .object(let object) = row else { throw TestFailure("row is not an object") }
            var fields: [String: String] = [:]
            for member in object.members {
                guard case .string(let text) = member.value else { throw TestFailure("field is not a string") }
                fields[member.key] = text
            }
            return fields.merging(upstreamErrata[name] ?? [:]) { _, corrected in corrected }
        }
    }

    @Test func corpusIsComplete() {
        #expect(Self.csvPaths.count == 12)
    }

    @Test(arguments: csvPaths) func matchesExpectedRows(path: String) throws {
        let name = String(TextFormatTestSupport.fileName(path).dropLast(4))
        let table = try CSVReader.parse(TextFormatTestSupport.bytes(atPath: path))
        let rows = table.records.map { record in
            Dictionary(uniqueKeysWithValues: zip(table.header, record))
        }
        #expect(rows == (try Self.expectedRows(name)), "\(name)")
        #expect(table.recordLines.count == table.records.count)
    }

    @Test func crlfFixturesReallyContainCRLF() {
        for name in ["empty_crlf", "newlines_crlf", "simple_crlf"] {
            let bytes = TextFormatTestSupport.bytes(atPath: Fixtures.directory + "/csv-spectrum/csvs/" + name + ".csv")
            #expect(bytes.firstIndex(of: 0x0D).map { bytes[$0 + 1] } == 0x0A, "\(name)")
        }
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
