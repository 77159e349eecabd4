import Foundation
import Testing
@testable import PanelCore

/// Issue 17: the Anderson–Rubin confidence set's grid costs O(L³) per point under robust errors (400 instruments
/// took over 300 s), so `options.ar_set` turns it on or off, and by default it is left out beyond 50 instruments.
@Suite struct AndersonRubinSetOptionTests {
    /// y = e + u with e driven by `instruments` columns z1…zL (a deterministic pseudo-random design, n = 240).
    static func request(instruments: Int, options: [String: Any] = [:]) -> [String: Any] {
        let n = 240
        var state: UInt64 = 99
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) - 0.5
        }
        var columns: [String: [Double]] = [:]
        var e = [Double](repeating: 0, count: n)
        for j in 1...instruments {
            let z = (0..<n).map { _ in uniform() }
            for i in 0..<n { e[i] += z[i] }
            columns["z\(j)"] = z
        }
        let u = (0..<n).map { _ in uniform() }
        columns["e"] = (0..<n).map { e[$0] + u[$0] }
        columns["y"] = (0..<n).map { e[$0] + 0.5 * u[$0] + uniform() }
        let instrumentTerms = (1...instruments).map { "z\($0)" }.joined(separator: " + ")
        return ["abi": 1, "data": ["columns": columns],
                "model": ["estimator": "iv", "formula": "y ~ 1 | e ~ \(instrumentTerms)", "vcov": "hc1", "options": options]]
    }

    static func result(_ request: [String: Any]) throws -> [String: Any] {
        try #require(ABIClient.decode(ABIClient.respond(request))["result"] as? [String: Any])
    }

    static func confidenceSet(_ result: [String: Any]) -> Any? {
        ((result["diagnostics"] as? [String: Any])?["anderson_rubin"] as? [String: Any])?["confidence_set"]
            ?? (result["anderson_rubin"] as? [String: Any])?["confidence_set"]
    }

    @Test func arSetFalseLeavesTheSetOut() throws {
        #expect(!(Self.confidenceSet(try Self.result(Self.request(instruments: 3))) is NSNull))
        #expect(Self.confidenceSet(try Self.result(Self.request(instruments: 3, options: ["ar_set": false]))) is NSNull)
    }

    @Test func manyInstrumentsLeaveTheGridOutWithAWarning() throws {
        let result = try Self.result(Self.request(instruments: 51))
        #expect(Self.confidenceSet(result) is NSNull)
        let warnings = (result["warnings"] as? [String]) ?? []
        #expect(warnings.contains { $0.contains("ar_set") }, "\(warnings)")
    }

    @Test func arSetMustBeABoolean() {
        let response = ABIClient.decode(ABIClient.respond(Self.request(instruments: 2, options: ["ar_set": "yes"])))
        #expect((response["error"] as? [String: Any])?["where"] as? String == "/model/options/ar_set")
    }
}
