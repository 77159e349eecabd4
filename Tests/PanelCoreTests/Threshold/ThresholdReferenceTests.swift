import Foundation
import Testing
@testable import PanelCore

/// The threshold regression against the independent NumPy implementation (references/threshold/), which refits
/// every grid point by least squares, on simulated balanced panels with known thresholds. Same resampling indices
/// (the Python xoshiro256** of references/random), so bootstrap p-values and critical values must agree exactly in
/// selection. Tolerances: threshold estimates, interval ends and grids exact; SSR, MSE and F 1e-10 relative;
/// bootstrap critical values 1e-9 relative; LR(γ) 1e-9 relative (absolute below 1); regime coefficients 1e-9 and
/// clustered standard errors 1e-8 relative.
@Suite struct ThresholdReferenceTests {
    static func reference(_ name: String) -> [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(Fixtures.text("threshold/\(name).json").utf8)) as! [String: Any]
    }

    static func run(_ name: String, _ expected: [String: Any]) -> [String: Any] {
        let request: [String: Any] = ["abi": 1, "data": ["csv": Fixtures.text("threshold/\(name).csv")],
                                      "panel": ["id": "id", "time": "t"], "model": expected["model"]!]
        let response = ABIClient.run(request)
        #expect(response["ok"] as? Bool == true, "\(response)")
        return response["result"] as? [String: Any] ?? [:]
    }

    @Test(arguments: ["single", "triple"])
    func matchesTheNumPyReference(_ name: String) {
        let expected = Self.reference(name)
        let result = Self.run(name, expected)
        let thresholds = result["thresholds"] as? [[String: Any]] ?? []
        let expectedThresholds = expected["thresholds"] as! [[String: Any]]
        #expect(thresholds.count == expectedThresholds.count)
        for (computed, reference) in zip(thresholds, expectedThresholds) {
            #expect(computed["name"] as? String == reference["name"] as? String)
            for key in ["estimate", "conf_low", "conf_high"] {
                #expect(computed[key] as? Double == reference[key] as? Double, "\(name) \(key)")
            }
        }
        let tests = result["tests"] as? [[String: Any]] ?? []
        for (computed, reference) in zip(tests, expected["tests"] as! [[String: Any]]) {
            for key in ["rss", "mse", "f_stat"] {
                #expect(isClose(computed[key] as! Double, reference[key] as! Double, relative: 1e-10), "\(name) \(key)")
            }
            #expect(computed["p_value"] as? Double == reference["p_value"] as? Double, "\(name) p-value")
            for (key, value) in zip(["crit_10", "crit_5", "crit_1"], reference["crit"] as! [Double]) {
                #expect(isClose(computed[key] as! Double, value, relative: 1e-9), "\(name) \(key)")
            }
        }
        #expect(isClose(result["lr_critical_value"] as! Double, expected["lr_critical_value"] as! Double, relative: 1e-15))
        let curves = result["lr_curves"] as? [[String: Any]] ?? []
        for (computed, reference) in zip(curves, expected["lr_curves"] as! [[String: Any]]) {
            #expect(computed["grid"] as? [Double] == reference["grid"] as? [Double], "\(name) grid")
            let lr = computed["lr"] as? [Double] ?? []
            let expectedLR = reference["lr"] as! [Double]
            #expect(lr.count == expectedLR.count)
            for (a, b) in zip(lr, expectedLR) { #expect(isClose(a, b, relative: 1e-9, floor: 1), "\(name) LR \(a) vs \(b)") }
        }
        let regression = result["regression"] as? [String: Any] ?? [:]
        let rows = regression["coefficients"] as? [[String: Any]] ?? []
        let expectedRows = expected["regression"] as! [[String: Any]]
        #expect(rows.map { $0["term"] as! String } == expectedRows.map { $0["term"] as! String })
        for (row, reference) in zip(rows, expectedRows) {
            #expect(isClose(row["estimate"] as! Double, reference["estimate"] as! Double, relative: 1e-9), "\(name) \(reference["term"]!)")
            #expect(isClose(row["std_error"] as! Double, reference["std_error"] as! Double, relative: 1e-8), "\(name) se \(reference["term"]!)")
        }
    }

    @Test func findsTheSimulatedThresholds() {
        let expected = Self.reference("triple")
        let estimates = (Self.run("triple", expected)["thresholds"] as? [[String: Any]] ?? []).map { $0["estimate"] as! Double }
        for truth in expected["true_thresholds"] as! [Double] {
            #expect(estimates.contains { abs($0 - truth) <= 0.1 }, "true threshold \(truth) in \(estimates)")
        }
    }

    @Test func bootstrapDoesNotDependOnTheExecutionOrder() {
        let expected = Self.reference("single")
        let reversed = ReplicationExecutor { count, body in
            for index in (0..<count).reversed() { body(index) }
        }
        let request: [String: Any] = ["abi": 1, "data": ["csv": Fixtures.text("threshold/single.csv")],
                                      "panel": ["id": "id", "time": "t"], "model": expected["model"]!]
        let bytes = [UInt8](try! JSONSerialization.data(withJSONObject: request))
        #expect(PanelCoreABI.respond(to: bytes, executor: reversed) == PanelCoreABI.respond(to: bytes))
    }
}
