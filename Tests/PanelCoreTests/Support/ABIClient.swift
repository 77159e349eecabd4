import Foundation
@testable import PanelCore

/// Test-side helper: runs requests through the ABI entry point and decodes the response with Foundation
/// (an implementation independent of the core's JSON reader).
enum ABIClient {
    static func run(_ request: [String: Any]) -> [String: Any] {
        let bytes = [UInt8](try! JSONSerialization.data(withJSONObject: request))
        return decode(PanelCoreABI.respond(to: bytes))
    }

    static func run(text: String) -> [String: Any] {
        decode(PanelCoreABI.respond(to: Array(text.utf8)))
    }

    /// The response bytes to `request` (a JSON object) answered within `budget`.
    static func respond(_ request: [String: Any], budget: TimeBudget = .unlimited) -> [UInt8] {
        PanelCoreABI.respond(to: [UInt8](try! JSONSerialization.data(withJSONObject: request, options: [.sortedKeys])), budget: budget)
    }

    static func decode(_ response: [UInt8]) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(response), options: [.fragmentsAllowed])) as? [String: Any]
            ?? ["undecodable": String(decoding: response, as: UTF8.self)]
    }

    /// The error code of an error response, nil for a success.
    static func errorCode(_ response: [String: Any]) -> String? {
        (response["error"] as? [String: Any])?["code"] as? String
    }
}

/// |a − b| ≤ tolerance · max(|b|, floor): relative error with an absolute floor for values near zero.
func isClose(_ a: Double, _ b: Double, relative tolerance: Double, floor: Double = 1e-300) -> Bool {
    abs(a - b) <= tolerance * max(abs(b), floor)
}
