import Foundation
import Testing
@testable import PanelCore

/// Spatial β convergence (`convergence` with `weights`): the two-way fixed-effects spatial Durbin model of the growth
/// on the log level against a NumPy implementation of Elhorst's ML formulas with LeSage–Pace effects
/// (references/evolution/spatial_convergence_reference.py) on the example panel (absolute and conditional on UL and
/// CSL, 4-nearest-neighbour weights) and on a simulated convergence process with known β = −0.2, θ = 0.05, ρ = 0.3.
/// Tolerances: estimates, standard errors, σ², effects and speed 1e-8 relative (ρ is a bisection root to ~1e-13).
@Suite struct SpatialConvergenceTests {
    static func fixture(_ name: String) -> [String: Any] { EvolutionFixture.expected("spatial_convergence_" + name) }

    static func response(_ name: String) throws -> (result: [String: Any], expected: [String: Any]) {
        let fixture = fixture(name)
        let model = try #require(fixture["model"] as? [String: Any])
        let response: [String: Any]
        if name == "simulated" {
            response = ABIClient.run(["abi": 1, "data": ["csv": Fixtures.text("evolution/spatial_convergence_simulated.csv")],
                                      "panel": ["id": "city", "time": "year"], "model": model])
        } else {
            response = EvolutionFixture.run(model)
        }
        let result = try #require(response["result"] as? [String: Any], "\(response)")
        return (result, try #require(fixture["expected"] as? [String: Any]))
    }

    static func close(_ actual: Any?, _ expected: Any?) -> Bool {
        isClose(actual as? Double ?? .nan, expected as? Double ?? 0, relative: 1e-8, floor: 1e-12)
    }

    @Test(arguments: [("nqp", "absolute"), ("nqp", "conditional"), ("simulated", "absolute")])
    func matchesTheElhorstReference(_ name: String, _ model: String) throws {
        let (result, expected) = try Self.response(name)
        let fit = try #require((result["spatial_beta"] as? [String: Any])?[model] as? [String: Any])
        let target = try #require(expected[model] as? [String: Any])
        let estimates = try #require(target["estimates"] as? [Double]), errors = try #require(target["std_errors"] as? [Double])
        let rows = try #require(fit["coefficients"] as? [[String: Any]])
        #expect(rows.count == estimates.count)
        for (k, row) in rows.enumerated() {
            #expect(Self.close(row["estimate"], estimates[k]), "\(row["term"] ?? k)")
            #expect(Self.close(row["std_error"], errors[k]), "\(row["term"] ?? k)")
        }
        #expect(Self.close(fit["beta"], estimates[0]) && Self.close(fit["rho"], estimates.last))
        for key in ["speed", "half_life", "sigma2", "log_likelihood"] { #expect(Self.close(fit[key], target[key]), "\(key)") }
        #expect(fit["nobs"] as? Double == target["nobs"] as? Double)
        let effects = try #require(fit["effects"] as? [String: Any])
        let reference = try #require(target["effects"] as? [String: [String: [Double]]])
        for kind in ["direct", "indirect", "total"] {
            let computed = try #require(effects[kind] as? [[String: Any]])
            for (k, row) in computed.enumerated() {
                #expect(Self.close(row["estimate"], reference[kind]?["estimates"]?[k]), "\(kind) \(k)")
                #expect(Self.close(row["std_error"], reference[kind]?["std_errors"]?[k]), "\(kind) \(k)")
            }
        }
    }

    /// The simulated process's β, θ and ρ lie within three standard errors of the truth.
    @Test func recoversTheSimulatedTruth() throws {
        let (result, expected) = try Self.response("simulated")
        let truth = try #require(expected["truth"] as? [String: Double])
        let rows = try #require(((result["spatial_beta"] as? [String: Any])?["absolute"] as? [String: Any])?["coefficients"] as? [[String: Any]])
        for (row, value) in zip(rows, [truth["beta"], truth["theta"], truth["rho"]]) {
            let estimate = try #require(row["estimate"] as? Double), se = try #require(row["std_error"] as? Double)
            #expect(abs(estimate - (value ?? .nan)) < 3 * se, "\(row["term"] ?? "")")
        }
    }

    @Test func rendersTheSpatialTableInEveryFormat() throws {
        var model = try #require(Self.fixture("nqp")["model"] as? [String: Any])
        model["formula"] = "NQP ~ 1 | city + year"
        let response = EvolutionFixture.run(model, render: PublicationTable.formats)
        let rendered = try #require((response["result"] as? [String: Any])?["rendered"] as? [String: String])
        #expect(rendered.keys.sorted() == PublicationTable.formats.sorted())
        let text = try #require(rendered["text"])
        #expect(text.contains("Spatial β convergence of NQP") && text.contains("W*log(NQP)") && text.contains("Total effect of log(NQP)"))
    }
}
