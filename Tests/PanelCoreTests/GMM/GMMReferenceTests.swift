import Foundation
import Testing
@testable import PanelCore

/// Dynamic-panel GMM against R plm 2.6.2 `pgmm` on Arellano and Bond's UK employment panel (EmplUK: 140 firms,
/// 1976–1984, unbalanced), fixtures by references/gmm/make_gmm_fixtures.R. Conventions reproduced: plm's
/// instrument matrix (GMM-style blocks, time dummies as instruments of the differenced equation, the default IV-style
/// instruments), its H (tridiagonal 2/−1 for differences, `FSM(…, "full")` for the system), its time dummies and
/// constant in system GMM, `summary(robust = TRUE)`: Arellano's robust one-step and Windmeijer's two-step covariance,
/// `mtest` with that covariance, `sargan(fit, "twosteps")` (our Hansen J). The non-robust Sargan is Stata xtabond's,
/// computed in the same script from pgmm's matrices. Tolerance: 1e-8 relative for every number (the largest
/// difference seen is 7.5e-9, on system two-step coefficients with 113 instruments for 60 units).
@Suite struct GMMReferenceTests {
    static let tolerance = 1e-8
    static let csv = Fixtures.text("gmm/emplUK.csv")
    /// EmplUK without three firm-years inside their series (firm 1 in 1980, 5 in 1979, 77 in 1981): interior gaps.
    static let gapsCSV = Fixtures.text("gmm/emplUK_gaps.csv")

    static let ab = "log(emp) ~ l(log(emp), 1) + l(log(emp), 2) + log(wage) + l(log(wage), 1) + log(capital) + l(log(capital), 1) "
        + "+ l(log(capital), 2) + log(output) + l(log(output), 1) + l(log(output), 2)"
    static let b4 = "log(emp) ~ l(log(emp), 1) + l(log(emp), 2) + log(wage) + l(log(wage), 1) + log(capital) + log(output) + l(log(output), 1)"
    static let bb = "log(emp) ~ l(log(emp), 1) + log(wage) + l(log(wage), 1) + log(capital) + l(log(capital), 1)"

    static func gmm(_ variables: [String], collapse: Bool = false) -> [[String: Any]] {
        variables.map { ["variable": $0, "lags": [2, 99], "collapse": collapse] }
    }

    /// Runs a model on EmplUK and returns its result.
    static func fit(_ model: [String: Any], csv: String = csv) -> [String: Any] {
        var spec = model
        spec["estimator"] = "gmm"
        let response = ABIClient.run(["abi": 1, "data": ["csv": csv], "panel": ["id": "firm", "time": "year"], "model": spec])
        return response["result"] as? [String: Any] ?? response
    }

    /// The fixture's lines as name → values.
    static func reference(_ name: String) -> [String: [Double]] {
        var values: [String: [Double]] = [:]
        for line in Fixtures.text("gmm/\(name).txt").split(separator: "\n") {
            let parts = line.split(separator: " ")
            let key = String(parts[0])
            if key == "coef" || key == "se" || key == "classical_se" {
                values[key, default: []].append(Double(parts.last!)!)
            } else {
                values[key] = parts.dropFirst().map { Double($0)! }
            }
        }
        return values
    }

    static func check(_ name: String, _ model: [String: Any], csv: String = csv) {
        let result = fit(model, csv: csv)
        let expected = reference(name)
        let rows = result["coefficients"] as? [[String: Any]] ?? []
        #expect(rows.count == expected["coef"]?.count, "\(name): \(result)")
        for (row, (b, se)) in zip(rows, zip(expected["coef"] ?? [], expected["se"] ?? [])) {
            #expect(isClose(row["estimate"] as! Double, b, relative: tolerance), "\(name) \(row["term"]!)")
            #expect(isClose(row["std_error"] as! Double, se, relative: tolerance), "\(name) \(row["term"]!) se")
        }
        #expect(result["n_instruments"] as? Int == Int(expected["instruments"]![0]))
        #expect(result["nobs"] as? Int == Int(expected["observations"]![0]))
        let diagnostics = result["diagnostics"] as? [String: Any] ?? [:]
        func statistic(_ test: String) -> Double? { (diagnostics[test] as? [String: Any])?["statistic"] as? Double }
        #expect(isClose(statistic("ar1") ?? .nan, expected["ar1"]![0], relative: tolerance), "\(name) ar1")
        #expect(isClose(statistic("ar2") ?? .nan, expected["ar2"]![0], relative: tolerance), "\(name) ar2")
        #expect(isClose(statistic("hansen") ?? .nan, expected["sargan"]![0], relative: tolerance), "\(name) hansen")
        #expect((diagnostics["hansen"] as? [String: Any])?["df"] as? Int == Int(expected["sargan"]![1]))
        #expect(isClose(statistic("wald") ?? .nan, expected["wald"]![0], relative: tolerance), "\(name) wald")
        if let sargan = expected["sargan_xtabond"] {
            #expect(isClose(statistic("sargan") ?? .nan, sargan[0], relative: tolerance), "\(name) sargan")
        } else {
            #expect(diagnostics["sargan"] is NSNull, "system GMM reports no non-robust Sargan")
        }
    }

    @Test func arellanoBondOneStepModelA1() {
        Self.check("ab_a1", ["formula": Self.ab, "gmm": Self.gmm(["log(emp)"])])
    }

    @Test func arellanoBondTwoStepModelA2WithWindmeijerErrors() {
        Self.check("ab_a2", ["formula": Self.ab, "gmm": Self.gmm(["log(emp)"]), "two_step": true])
    }

    @Test func collapsedInstrumentsTwoStep() {
        Self.check("ab_b_collapse", ["formula": Self.b4, "gmm": Self.gmm(["log(emp)"], collapse: true), "two_step": true])
    }

    @Test func withoutTimeDummiesTwoStep() {
        Self.check("ab_b_individual", ["formula": Self.b4, "gmm": Self.gmm(["log(emp)"]), "two_step": true, "time_dummies": false])
    }

    @Test func blundellBondSystemOneStep() {
        Self.check("bb_onestep", ["formula": Self.bb, "gmm": Self.gmm(["log(emp)", "log(wage)", "log(capital)"]), "transformation": "ld"])
    }

    @Test func blundellBondSystemTwoStep() {
        Self.check("bb_twosteps", ["formula": Self.bb, "gmm": Self.gmm(["log(emp)", "log(wage)", "log(capital)"]), "transformation": "ld", "two_step": true])
    }

    @Test func systemCollapsedWithoutTimeDummies() {
        Self.check("bb_individual_collapse", ["formula": Self.bb, "gmm": Self.gmm(["log(emp)", "log(wage)", "log(capital)"], collapse: true),
                                              "transformation": "ld", "two_step": true, "time_dummies": false])
    }

    /// plm pads an unbalanced panel to the full grid, so a gap makes the differences and lags that span it missing.
    @Test func interiorGapsDropTheEquationsThatSpanThem() {
        Self.check("ab_a2_gaps", ["formula": Self.ab, "gmm": Self.gmm(["log(emp)"]), "two_step": true], csv: Self.gapsCSV)
        Self.check("bb_twosteps_gaps", ["formula": Self.bb, "gmm": Self.gmm(["log(emp)", "log(wage)", "log(capital)"]), "transformation": "ld",
                                        "two_step": true], csv: Self.gapsCSV)
    }

    /// 113 instruments for the 60 firms numbered up to 60: Σ Z'HZ and Σ Z'ee'Z are singular and plm, like us, inverts
    /// them with the Moore–Penrose inverse (MASS `ginv`).
    @Test func moreInstrumentsThanUnitsUseTheGeneralisedInverseAsPlmDoes() {
        Self.check("bb_twosteps_60", ["formula": Self.bb, "gmm": Self.gmm(["log(emp)", "log(wage)", "log(capital)"]), "transformation": "ld",
                                      "two_step": true], csv: Fixtures.text("gmm/emplUK_60.csv"))
        let warnings = Self.fit(["formula": Self.bb, "gmm": Self.gmm(["log(emp)", "log(wage)", "log(capital)"]), "transformation": "ld", "two_step": true],
                                csv: Fixtures.text("gmm/emplUK_60.csv"))["warnings"] as? [String] ?? []
        #expect(warnings.count == 3, "\(warnings)")
        #expect(warnings.last?.hasPrefix("113 instruments exceed the 60 units") == true)
    }

    /// An independent implementation: pydynpd 0.2.2 (xtabond2's conventions) on the no-time-dummy two-step model
    /// (references/gmm/make_pydynpd_fixture.py) — coefficients, Windmeijer errors, Hansen and AR tests to 1e-8.
    @Test func pydynpdAgreesOnTwoStepDifferenceGMM() {
        let result = Self.fit(["formula": Self.b4, "gmm": Self.gmm(["log(emp)"]), "two_step": true, "time_dummies": false])
        let expected = Self.reference("pydynpd_ab_b_individual")
        let rows = result["coefficients"] as? [[String: Any]] ?? []
        #expect(rows.count == 7)
        for (row, (b, se)) in zip(rows, zip(expected["coef"]!, expected["se"]!)) {
            #expect(isClose(row["estimate"] as! Double, b, relative: Self.tolerance), "\(row["term"]!)")
            #expect(isClose(row["std_error"] as! Double, se, relative: Self.tolerance), "\(row["term"]!) se")
        }
        let diagnostics = result["diagnostics"] as? [String: Any] ?? [:]
        for test in ["hansen", "ar1", "ar2"] {
            let statistic = (diagnostics[test] as? [String: Any])?["statistic"] as? Double ?? .nan
            #expect(isClose(statistic, expected[test]![0], relative: Self.tolerance), "\(test)")
        }
    }
}
