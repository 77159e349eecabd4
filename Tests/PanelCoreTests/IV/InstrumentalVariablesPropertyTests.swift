import Foundation
import Testing
@testable import PanelCore

/// Self-consistency of the IV estimator on the fixture data (no external reference needed):
/// - absorbed fixed effects give the same slopes, standard errors and diagnostics as explicit `i()` dummies
///   (fixest-style; 1e-9 relative, the absorption is iterative);
/// - the identities the Kleibergen–Paap statistics must satisfy: under iid errors rk LM = Anderson's LM and rk Wald F =
///   Cragg–Donald F; with one endogenous regressor rk Wald F = Sanderson–Windmeijer F under any covariance (1e-10);
/// - 2SLS, LIML and GMM coincide when the model is exactly identified (κ = 1, 1e-10);
/// - `small: false` drops the small-sample factor and uses normal inference (standard errors ÷ √factor, 1e-12).
@Suite struct InstrumentalVariablesPropertyTests {
    private func result(_ model: [String: Any], data: String, panel: Bool = false) throws -> [String: Any] {
        var request: [String: Any] = ["abi": 1, "model": model, "data": ["csv": Fixtures.text("iv/" + data)]]
        if panel { request["panel"] = ["id": "city", "time": "year"] }
        let response = ABIClient.run(request)
        return try #require(response["result"] as? [String: Any], "\(response)")
    }

    private func number(_ object: [String: Any], _ path: String...) -> Double {
        var current: Any = object
        for key in path { current = (current as! [String: Any])[key]! }
        return current as! Double
    }

    @Test func absorbedFixedEffectsEqualExplicitDummies() throws {
        let instruments = "x1 + x2 ~ geo1:l(phones, 1) + geo2:l(phones, 1) + z3"
        for vcov: Any in ["iid", "hc1"] {
            let absorbed = try result(["estimator": "iv", "formula": "y ~ control | city + year | " + instruments, "vcov": vcov], data: "panel.csv", panel: true)
            let dummies = try result(["estimator": "iv", "formula": "y ~ control + i(city) + i(year) | " + instruments, "vcov": vcov], data: "panel.csv", panel: true)
            let rows = (dummies["coefficients"] as! [[String: Any]])
            for row in absorbed["coefficients"] as! [[String: Any]] {
                let twin = try #require(rows.first { $0["term"] as? String == row["term"] as? String })
                for key in ["estimate", "std_error"] {
                    #expect(isClose(row[key] as! Double, twin[key] as! Double, relative: 1e-9), "\(vcov) \(row["term"]!) \(key)")
                }
            }
            for key in ["cragg_donald_f", "kleibergen_paap_f"] {
                #expect(isClose(number(absorbed, "diagnostics", key), number(dummies, "diagnostics", key), relative: 1e-9), "\(vcov) \(key)")
            }
        }
    }

    @Test func kleibergenPaapIdentities() throws {
        let formula = "lwage ~ exper + expersq | educ ~ fatheduc + motheduc"
        let iid = try result(["estimator": "iv", "formula": formula], data: "mroz.csv")
        #expect(isClose(number(iid, "diagnostics", "kleibergen_paap_lm", "statistic"), number(iid, "diagnostics", "anderson_lm", "statistic"), relative: 1e-10))
        #expect(isClose(number(iid, "diagnostics", "kleibergen_paap_f"), number(iid, "diagnostics", "cragg_donald_f"), relative: 1e-10))
        for vcov in ["iid", "hc1"] {
            let fitted = try result(["estimator": "iv", "formula": formula, "vcov": vcov], data: "mroz.csv")
            let stage = (fitted["first_stages"] as! [[String: Any]])[0]
            #expect(isClose(number(fitted, "diagnostics", "kleibergen_paap_f"), stage["sw_f"] as! Double, relative: 1e-10), "\(vcov)")
        }
    }

    @Test func methodsCoincideWhenExactlyIdentified() throws {
        let formula = "lwage ~ exper + expersq | educ ~ fatheduc"
        let estimates = try ["2sls", "liml", "gmm"].map { method in
            try result(["estimator": "iv", "method": method, "formula": formula, "vcov": "hc1"], data: "mroz.csv")
        }
        let reference = (estimates[0]["coefficients"] as! [[String: Any]]).map { $0["estimate"] as! Double }
        for other in estimates.dropFirst() {
            for (a, b) in zip((other["coefficients"] as! [[String: Any]]).map { $0["estimate"] as! Double }, reference) {
                #expect(isClose(a, b, relative: 1e-10))
            }
        }
        #expect(isClose(estimates[1]["kappa"] as! Double, 1, relative: 1e-10))
    }

    @Test func largeSampleOptionDropsTheFactor() throws {
        let model: [String: Any] = ["estimator": "iv", "formula": "lwage ~ exper + expersq | educ ~ fatheduc + motheduc", "vcov": "hc1"]
        let small = try result(model, data: "mroz.csv")
        var largeModel = model
        largeModel["options"] = ["small": false]
        let large = try result(largeModel, data: "mroz.csv")
        let factor = number(small, "vcov", "small_sample_factor")
        #expect(number(large, "vcov", "small_sample_factor") == 1)
        #expect((large["vcov"] as! [String: Any])["inference"] as? String == "normal")
        for (a, b) in zip(large["coefficients"] as! [[String: Any]], small["coefficients"] as! [[String: Any]]) {
            #expect(isClose(a["std_error"] as! Double, (b["std_error"] as! Double) / factor.squareRoot(), relative: 1e-12))
        }
    }
}
