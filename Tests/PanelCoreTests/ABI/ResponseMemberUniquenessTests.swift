import Foundation
import Testing
@testable import PanelCore

/// No response object holds a member twice (issue 17: with `render` the SAC/SDEM Lee–Yu, threshold, event-study
/// and example-study responses repeated `text`), over every parity request as written and with every render format,
/// and over the example study; `render` and a table's `formats` refuse a repeated format.
@Suite struct ResponseMemberUniquenessTests {
    static let parityRequests: [String] = {
        let directory = URL(fileURLWithPath: Fixtures.directory).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Parity/requests").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { directory + "/" + $0 }
    }()

    static var exampleStudy: [UInt8] {
        let root = URL(fileURLWithPath: Fixtures.directory).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples")
        let study = try! String(contentsOf: root.appendingPathComponent("study.json"), encoding: .utf8)
        let csv = try! String(contentsOf: root.appendingPathComponent("nqpf_panel.csv"), encoding: .utf8)
        var request = try! JSONSerialization.jsonObject(with: Data(study.utf8)) as! [String: Any]
        request["data"] = ["csv": csv]
        return [UInt8](try! JSONSerialization.data(withJSONObject: request))
    }

    /// The JSON pointers of objects in `value` that hold some member name twice.
    static func duplicatedMembers(_ value: JSONValue, at location: String = "") -> [String] {
        switch value {
        case .object(let object):
            var found = Set(object.keys).count == object.keys.count ? [] : [location]
            for member in object.members { found += duplicatedMembers(member.value, at: location + "/" + member.key) }
            return found
        case .array(let items):
            return items.enumerated().flatMap { duplicatedMembers($1, at: location + "/\($0)") }
        default:
            return []
        }
    }

    static func duplicates(_ request: [UInt8]) throws -> [String] {
        duplicatedMembers(try JSONReader.parse(PanelCoreABI.respond(to: request)))
    }

    /// `request` with `render` set to every publication format (nil when it is not a JSON object with `abi`).
    static func renderingEverything(_ request: [UInt8]) -> [UInt8]? {
        guard var object = (try? JSONSerialization.jsonObject(with: Data(request))) as? [String: Any], object["abi"] != nil else { return nil }
        object["render"] = PublicationTable.formats
        return [UInt8](try! JSONSerialization.data(withJSONObject: object))
    }

    @Test func parityResponsesHoldEachMemberOnce() throws {
        #expect(Self.parityRequests.count > 50)
        for path in Self.parityRequests {
            let request = [UInt8](FileManager.default.contents(atPath: path)!)
            #expect(try Self.duplicates(request) == [], "\(path)")
            if let everything = Self.renderingEverything(request) {
                #expect(try Self.duplicates(everything) == [], "\(path) rendering every format")
            }
        }
    }

    @Test func exampleStudyResponseHoldsEachMemberOnce() throws {
        #expect(try Self.duplicates(Self.exampleStudy) == [])
    }

    @Test func repeatedRenderFormatIsRefused() {
        let response = ABIClient.run(text: #"{"abi": 1, "data": {"columns": {"y": [1, 2, 3, 5], "x": [0, 1, 2, 4]}}, "model": {"estimator": "ols", "formula": "y ~ x"}, "render": ["text", "text"]}"#)
        let error = response["error"] as? [String: Any]
        #expect(error?["code"] as? String == "invalid_option")
        #expect(error?["where"] as? String == "/render/1")
    }

    @Test func repeatedTableFormatIsRefused() {
        let response = ABIClient.run(text: #"{"abi": 1, "data": {"columns": {"y": [1, 2, 3, 5], "x": [0, 1, 2, 4]}}, "models": [{"estimator": "ols", "formula": "y ~ x"}], "tables": [{"formats": ["latex", "csv", "latex"]}]}"#)
        let error = response["error"] as? [String: Any]
        #expect(error?["code"] as? String == "invalid_option")
        #expect(error?["where"] as? String == "/tables/0/formats/2")
    }

    @Test func unknownRenderFormatIsRefusedWhereItStands() {
        let response = ABIClient.run(text: #"{"abi": 1, "data": {"columns": {"y": [1, 2, 3, 5], "x": [0, 1, 2, 4]}}, "model": {"estimator": "ols", "formula": "y ~ x"}, "render": ["text", 7]}"#)
        let error = response["error"] as? [String: Any]
        #expect(error?["code"] as? String == "invalid_option")
        #expect(error?["where"] as? String == "/render/1")
    }
}
