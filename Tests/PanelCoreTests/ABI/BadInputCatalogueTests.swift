import Foundation
import Testing
@testable import PanelCore

/// Every entry of the bad-input catalogue (references/abi/make_bad_inputs.py) is answered with an error response
/// carrying the expected code and, where the catalogue fixes it, the expected location — never a crash.
@Suite struct BadInputCatalogueTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String, request: String, code: String, location: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        let rows = try! JSONSerialization.jsonObject(with: Data(Fixtures.text("abi/bad-inputs.json").utf8)) as! [[String: Any]]
        return rows.map { Case(name: $0["name"] as! String, request: $0["request"] as! String,
                               code: $0["code"] as! String, location: $0["where"] as? String) }
    }()

    @Test(arguments: cases)
    func answersWithTheDocumentedError(_ entry: Case) {
        let response = ABIClient.run(text: entry.request)
        #expect(response["ok"] as? Bool == false, "\(entry.name): \(response)")
        let error = response["error"] as? [String: Any] ?? [:]
        #expect(error["code"] as? String == entry.code, "\(entry.name): \(error)")
        if let location = entry.location {
            #expect(error["where"] as? String == location, "\(entry.name): \(error)")
        }
        #expect((error["message"] as? String)?.isEmpty == false)
    }

    @Test func sameInputSameBytes() {
        for entry in Self.cases {
            #expect(PanelCoreABI.respond(to: Array(entry.request.utf8)) == PanelCoreABI.respond(to: Array(entry.request.utf8)))
        }
    }
}
