import Foundation
import Testing
@testable import PanelCore

/// The fixed-effects SEM panel model through the ABI against references/spatial/make_sar_fixtures.py: the NumPy
/// implementation (λ from the score, unit/time/two-way effects) to 1e-9 and spreg `Panel_FE_Error` (unit effects) to
/// 1e-6 on β, λ, σ², standard errors and log-likelihood (+ NT/2 log NT, as for the lag model).
@Suite struct SpatialErrorPanelTests {
    @Test(arguments: [0, 1])
    func matchesReferences(_ dataset: Int) {
        let (name, csv) = SpatialLagPanelTests.datasets[dataset]
        let reference = SpatialFixture.reference("sar.json")[name] as! [String: Any]
        let y = reference["y"] as! String, x = reference["x"] as! [String]
        let cases = reference["sem"] as! [[String: Any]]
        #expect(cases.count == 3)
        for expected in cases {
            let effects = expected["effects"] as! String
            let result = SpatialLagPanelTests.fit(csv, y: y, x: x, effects: effects, model: "sem")
            let rows = result["coefficients"] as! [[String: Any]]
            #expect(rows.map { $0["term"] as! String } == x + ["lambda"])
            let wanted = (expected["betas"] as! [Double]) + [expected["lambda"] as! Double]
            let errors = expected["std_err"] as! [Double]
            for j in wanted.indices {
                #expect(isClose(rows[j]["estimate"] as! Double, wanted[j], relative: 1e-9), "\(name) \(effects) coefficient \(j)")
                #expect(isClose(rows[j]["std_error"] as! Double, errors[j], relative: 1e-9), "\(name) \(effects) std error \(j)")
            }
            #expect(isClose(result["sigma2"] as! Double, expected["sigma2"] as! Double, relative: 1e-9))
            #expect(isClose(result["log_likelihood"] as! Double, expected["logll"] as! Double, relative: 1e-9))
            #expect(isClose(pow(result["sigma2_std_error"] as! Double, 2), expected["var_sigma2"] as! Double, relative: 1e-8))
            #expect(result["effects"] == nil)
            guard effects == "unit" else { continue }
            let spreg = reference["spreg_error"] as! [String: Any]
            let spregErrors = spreg["std_err"] as! [Double]
            for (j, b) in (spreg["betas"] as! [Double]).enumerated() {
                #expect(isClose(rows[j]["estimate"] as! Double, b, relative: 1e-6), "\(name) spreg coefficient \(j)")
                #expect(isClose(rows[j]["std_error"] as! Double, spregErrors[j], relative: 1e-6), "\(name) spreg std error \(j)")
            }
            #expect(isClose(result["sigma2"] as! Double, spreg["sig2"] as! Double, relative: 1e-6))
            let nt = Double(result["nobs"] as! Int)
            #expect(isClose(result["log_likelihood"] as! Double, (spreg["logll"] as! Double) + nt / 2 * log(nt), relative: 1e-6))
        }
    }
}
