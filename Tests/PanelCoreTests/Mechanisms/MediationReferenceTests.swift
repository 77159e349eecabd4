import Foundation
import Testing
@testable import PanelCore

/// Mediation requests against references/mechanisms/make_mediation_fixtures.py: the causal-steps equations against
/// exact dummy-variable least squares with reghdfe's rules (checked there against pyfixest), the effects and the
/// Sobel/Aroian/Goodman tests written out, and a NumPy bootstrap that draws the SAME resampling indices — so the
/// bootstrap numbers must agree to rounding.
@Suite struct MediationReferenceTests {
    static let cases = ["mediation-twoway-cluster", "mediation-observation-hc1"]

    /// Equation coefficients and standard errors: 1e-9 relative — the equations absorb fixed effects with the
    /// shared iterative absorber (stops at a relative step of 1e-12 or a rounding-level residual).
    static let equationTolerance = 1e-9
    /// Effects and every bootstrap number: 1e-9 relative (exact partialling-out on both sides, identical draws).
    static let bootstrapTolerance = 1e-9

    struct Loaded {
        let result: [String: Any]
        let expected: [String: Any]
    }

    static func load(_ name: String, executor: ReplicationExecutor = .serial) -> Loaded {
        let request = Fixtures.text("mechanisms/\(name).request.json")
        let response = ABIClient.decode(PanelCoreABI.respond(to: Array(request.utf8), executor: executor))
        let expected = try! JSONSerialization.jsonObject(with: Data(Fixtures.text("mechanisms/\(name).expected.json").utf8)) as! [String: Any]
        return Loaded(result: response["result"] as? [String: Any] ?? ["response": response], expected: expected)
    }

    @Test(arguments: cases)
    func equationsMatchTheReference(_ name: String) {
        let loaded = Self.load(name)
        let result = loaded.result
        #expect(result["nobs"] as? Double == (loaded.expected["nobs"] as? NSNumber)?.doubleValue, "\(result)")
        let equations = result["equations"] as? [String: Any] ?? [:]
        let paths = equations["paths"] as? [[String: Any]] ?? []
        let mediators = result["mediators"] as? [String] ?? []
        var fitted: [String: [String: Any]] = ["total": equations["total"] as? [String: Any] ?? [:],
                                               "outcome": equations["outcome"] as? [String: Any] ?? [:]]
        for (k, mediator) in mediators.enumerated() where k < paths.count { fitted["path:" + mediator] = paths[k] }
        let expected = loaded.expected["equations"] as! [String: [String: [Double]]]
        for (equation, terms) in expected {
            let rows = fitted[equation]?["coefficients"] as? [[String: Any]] ?? []
            for (term, numbers) in terms {
                let row = rows.first { $0["term"] as? String == term }
                #expect(isClose(row?["estimate"] as? Double ?? .nan, numbers[0], relative: Self.equationTolerance), "\(name) \(equation) \(term)")
                #expect(isClose(row?["std_error"] as? Double ?? .nan, numbers[1], relative: Self.equationTolerance), "\(name) \(equation) \(term)")
            }
        }
    }

    @Test(arguments: cases)
    func effectsAndIndirectTestsMatchTheReference(_ name: String) {
        let loaded = Self.load(name)
        let effects = loaded.result["effects"] as? [[String: Any]] ?? []
        let expected = loaded.expected["effects"] as! [Double]
        #expect(effects.count == expected.count)
        for (row, value) in zip(effects, expected) {
            #expect(isClose(row["estimate"] as? Double ?? .nan, value, relative: Self.bootstrapTolerance), "\(name) \(row)")
        }
        let tests = loaded.result["indirect_tests"] as? [[String: Any]] ?? []
        let expectedTests = loaded.expected["indirect_tests"] as! [[String: Any]]
        #expect(tests.count == expectedTests.count)
        for (row, reference) in zip(tests, expectedTests) {
            #expect(row["mediator"] as? String == reference["mediator"] as? String)
            #expect(row["method"] as? String == reference["method"] as? String)
            for key in ["estimate", "std_error", "statistic", "p_value"] {
                // A normal tail multiplies the statistic's relative error by about z²: 1e-8 for p-values.
                let tolerance = key == "p_value" ? 1e-8 : Self.equationTolerance
                #expect(isClose(row[key] as? Double ?? .nan, (reference[key] as? NSNumber)?.doubleValue ?? .infinity,
                                relative: tolerance), "\(name) \(key) \(row)")
            }
        }
    }

    @Test(arguments: cases)
    func bootstrapMatchesTheSameDrawsInNumPy(_ name: String) {
        let loaded = Self.load(name)
        let bootstrap = loaded.result["bootstrap"] as? [String: Any] ?? [:]
        #expect(bootstrap["successful"] as? Double == bootstrap["replications"] as? Double)
        let rows = bootstrap["effects"] as? [[String: Any]] ?? []
        let expected = loaded.expected["bootstrap"] as! [[String: Any]]
        #expect(rows.count == expected.count)
        for (row, reference) in zip(rows, expected) {
            for key in ["estimate", "std_error", "statistic", "p_value"] {
                #expect(isClose(row[key] as? Double ?? .nan, (reference[key] as? NSNumber)?.doubleValue ?? .infinity,
                                relative: Self.bootstrapTolerance), "\(name) \(key) \(row)")
            }
            for key in ["percentile", "bc", "bca"] {
                let bounds = row[key] as? [Double] ?? []
                let referenceBounds = reference[key] as? [Double] ?? []
                #expect(bounds.count == 2 && referenceBounds.count == 2, "\(name) \(key)")
                for (a, b) in zip(bounds, referenceBounds) {
                    #expect(isClose(a, b, relative: Self.bootstrapTolerance), "\(name) \(key) \(row)")
                }
            }
        }
    }

    /// c = c′ + Σ a_k b_k: in least squares on one sample the total effect is the direct plus the indirect effects
    /// (to rounding, 1e-12 relative), and the shares of direct and indirect effects add up to one.
    @Test(arguments: cases)
    func totalIsDirectPlusIndirect(_ name: String) {
        let effects = (Self.load(name).result["effects"] as? [[String: Any]] ?? []).map { ($0["effect"] as? String ?? "", $0) }
        let value = { (effect: String, key: String) in effects.first { $0.0 == effect }?.1[key] as? Double ?? .nan }
        let indirect = effects.filter { $0.0.hasPrefix("indirect:") }
        let sum = indirect.reduce(0.0) { $0 + ($1.1["estimate"] as? Double ?? .nan) }
        #expect(isClose(value("direct", "estimate") + sum, value("total", "estimate"), relative: 1e-12))
        let shares = indirect.reduce(value("direct", "share")) { $0 + ($1.1["share"] as? Double ?? .nan) }
        #expect(isClose(shares, 1, relative: 1e-12))
    }

    /// The response does not depend on the order in which an executor runs the replications.
    @Test func sameBytesWhicheverOrderReplicationsRun() {
        let request = Array(Fixtures.text("mechanisms/mediation-twoway-cluster.request.json").utf8)
        let reversed = ReplicationExecutor { count, body in
            for index in (0..<count).reversed() { body(index) }
        }
        #expect(PanelCoreABI.respond(to: request) == PanelCoreABI.respond(to: request, executor: reversed))
    }
}
