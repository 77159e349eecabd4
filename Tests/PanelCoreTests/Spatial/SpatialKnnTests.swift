import Foundation
import Testing
@testable import PanelCore

/// Spatial panel models with row-standardised 5-nearest-neighbour weights — not symmetric, 28 complex eigenvalues —
/// on the simulated 60 × 8 panel of references/spatial/make_knn_fixtures.py: the spectrum against
/// numpy.linalg.eigvals, spreg `Panel_FE_Lag` / `Panel_FE_Error` (unit effects) and R spatialreg 1.2.6 (`lagsarlm`,
/// `errorsarlm`, method "eigen", tol.opt 1e-12, knearneigh/knn2nb weights; make_knn_spatialreg_fixtures.R) by the
/// stacked equivalence for unit and two-way effects: SAR, SDM with impacts, SEM; SAC and SDEM with unit effects.
@Suite struct SpatialKnnTests {
    static var reference: [String: Any] { SpatialFixture.reference("knn.json") }
    static var spatialreg: [String: Any] { SpatialFixture.reference("knn_spatialreg.json") }

    /// The binary knn matrix of the fixture as request weights.
    static func weightsSpec(_ standardise: String) -> [String: Any] {
        ["ids": reference["ids"]!, "dense": reference["binary"]!, "standardise": standardise]
    }

    static func fit(model: String, effects: String, options: [String: Any] = [:]) -> [String: Any] {
        let spec: [String: Any] = ["estimator": "spatial_panel", "model": model, "dependent": "y", "regressors": ["x1", "x2"],
                                   "fixed_effects": effects, "options": options, "weights": weightsSpec("row")]
        let response = ABIClient.run(["abi": 1, "data": ["csv": Fixtures.text("spatial/knn_panel.csv")],
                                      "panel": ["id": "unit", "time": "period"], "model": spec])
        return response["result"] as? [String: Any] ?? [:]
    }

    static func rows(_ result: [String: Any]) -> (estimates: [Double], errors: [Double]) {
        let rows = result["coefficients"] as? [[String: Any]] ?? []
        return (rows.map { $0["estimate"] as! Double }, rows.map { $0["std_error"] as! Double })
    }

    static func spectrum(_ standardisation: SpatialWeights.Standardisation) throws -> SpatialSpectrum {
        let binary = reference["binary"] as! [[Double]]
        let n = binary.count
        var matrix = Matrix(rows: n, columns: n)
        for i in 0..<n { for j in 0..<n { matrix[i, j] = binary[i][j] } }
        let weights = try SpatialWeights(ids: reference["ids"] as! [String], matrix: matrix, construction: "knn").standardised(standardisation, at: "")
        return try SpatialSpectrum(weights, at: "")
    }

    /// log|I − ρW|, tr W(I − ρW)⁻¹, tr W²(I − ρW)⁻² and tr (I − ρW)⁻¹/N against the same sums over numpy's complex
    /// eigenvalues, 1e-10 absolute (sums of 60 terms of size ≤ 20); the admissible interval against spatialreg's
    /// (1/λ_min, 1/λ_max) over the real eigenvalues, 1e-12 relative; total multipliers 1/(1 − ρc), c = 1 and 5.
    @Test func spectrumMatchesNumpy() throws {
        let spectrum = try Self.spectrum(.row)
        let values = Self.reference["eigenvalues"] as! [String: [Double]]
        let lambdas = zip(values["real"]!, values["imaginary"]!).map { ComplexNumber($0, $1) }
        #expect(spectrum.values.count + 2 * spectrum.complexPairs.count == 60)
        #expect(spectrum.complexPairs.count == 14)
        for rho in [-0.4, 0.0, 0.3, 0.7, 0.95] {
            var logDeterminant = 0.0, trace = 0.0, squared = 0.0, direct = 0.0
            for lambda in lambdas {
                let factor = ComplexNumber(1 - rho * lambda.real, -rho * lambda.imaginary)
                logDeterminant += log(factor.squaredModulus) / 2
                trace += (lambda / factor).real
                squared += (lambda * lambda / (factor * factor)).real
                direct += (ComplexNumber(1, 0) / factor).real / 60
            }
            #expect(abs(spectrum.logDeterminant(rho) - logDeterminant) <= 1e-10, "log-determinant at \(rho)")
            #expect(abs(spectrum.rationalSum(rho, power: 1, denominatorPower: 1) - trace) <= 1e-10, "trace at \(rho)")
            #expect(abs(spectrum.rationalSum(rho, power: 2, denominatorPower: 2) - squared) <= 1e-10, "squared trace at \(rho)")
            #expect(abs(spectrum.directMultiplier(rho).value - direct) <= 1e-10, "direct multiplier at \(rho)")
            #expect(spectrum.totalMultiplier(rho).value == 1 / (1 - rho))
        }
        let interval = (Self.spatialreg["unit"] as! [String: Any])["interval"] as! [Double]
        #expect(isClose(spectrum.admissibleInterval.low, interval[0], relative: 1e-12))
        #expect(isClose(spectrum.admissibleInterval.high, interval[1], relative: 1e-12))
        let binary = try Self.spectrum(.none)
        #expect(binary.hasTotalMultiplier && binary.totalMultiplier(0.1, power: 1).value == 5 / (1 - 0.1 * 5))
    }

    /// spreg (unit effects): 1e-6 relative on β, ρ/λ, σ², standard errors and log-likelihood (spreg's bounded Brent
    /// search on likelihood values at epsilon 1e-12; its logll omits NT/2 log(NT)). spreg evaluates log|I − ρW| by a
    /// sparse LU (Σ log|U_ii|), an independent route to the same determinant.
    @Test(arguments: ["sar", "sem"])
    func matchesSpreg(_ model: String) {
        let expected = Self.reference[model == "sar" ? "spreg_lag" : "spreg_error"] as! [String: Any]
        let result = Self.fit(model: model, effects: "unit")
        let (estimates, errors) = Self.rows(result)
        let betas = expected["betas"] as! [Double], spregErrors = expected["std_err"] as! [Double]
        #expect(estimates.count == betas.count)
        for j in betas.indices where j < estimates.count {
            #expect(isClose(estimates[j], betas[j], relative: 1e-6), "\(model) coefficient \(j)")
            #expect(isClose(errors[j], spregErrors[j], relative: 1e-6), "\(model) std error \(j)")
        }
        #expect(isClose(result["sigma2"] as? Double ?? 0, expected["sig2"] as! Double, relative: 1e-6))
        let nt = Double(expected["nt"] as! Int)
        #expect(isClose(result["log_likelihood"] as? Double ?? 0, (expected["logll"] as! Double) + nt / 2 * log(nt), relative: 1e-6))
    }

    /// spatialreg: 1e-6 relative on ρ/λ, β, σ² and the SDM's impacts (its `optimize` resolves ρ to ~1e-8), 1e-8
    /// relative on the log-likelihood. Standard errors: 1e-6 where the conventions match (unit effects; the two-way
    /// SEM, whose information is block-diagonal in β), 1e-2 for the two-way SAR/SDM, where spatialreg's information
    /// also holds the period dummies' terms (as in SpatialRPanelTests).
    @Test(arguments: ["unit", "two_way"].flatMap { effects in ["sar", "sdm", "sem"].map { (effects, $0) } })
    func matchesSpatialreg(_ which: (effects: String, model: String)) {
        let expected = (Self.spatialreg[which.effects] as! [String: Any])[which.model] as! [String: Any]
        let result = Self.fit(model: which.model, effects: which.effects)
        let (estimates, errors) = Self.rows(result)
        let wanted = (expected["betas"] as! [Double]) + [expected["coefficient"] as! Double]
        let wantedErrors = (expected["std_err"] as! [Double]) + [expected["coefficient_se"] as! Double]
        let what = "\(which.effects) \(which.model)"
        #expect(estimates.count == wanted.count, "\(what)")
        let errorTolerance = which.effects == "two_way" && which.model != "sem" ? 1e-2 : 1e-6
        for j in wanted.indices where j < estimates.count {
            #expect(isClose(estimates[j], wanted[j], relative: 1e-6), "\(what) coefficient \(j)")
            #expect(isClose(errors[j], wantedErrors[j], relative: errorTolerance), "\(what) std error \(j)")
        }
        #expect(isClose(result["sigma2"] as? Double ?? 0, expected["sigma2"] as! Double, relative: 1e-6), "\(what) sigma2")
        #expect(isClose(result["log_likelihood"] as? Double ?? 0, expected["logll"] as! Double, relative: 1e-8), "\(what) logL")
        guard let impacts = expected["impacts"] as? [String: [Double]] else { return }
        let effects = result["effects"] as? [String: Any] ?? [:]
        for kind in ["direct", "indirect", "total"] {
            let rows = effects[kind] as? [[String: Any]] ?? []
            #expect(rows.count == impacts[kind]!.count, "\(what) \(kind)")
            for (j, value) in impacts[kind]!.enumerated() where j < rows.count {
                #expect(isClose(rows[j]["estimate"] as! Double, value, relative: 1e-6), "\(what) \(kind) \(j)")
            }
        }
    }

    /// The combined models with unit effects against spatialreg `sacsarlm` (nlminb, rel.tol 1e-10) and `errorsarlm`
    /// on [X, WX]: estimates and σ² to 1e-6, log-likelihood to 1e-9 relative; the SDEM's standard errors to 1e-5
    /// (both invert the SEM's expected information); the SAC's are not compared (spatialreg: expected information,
    /// PanelCore: observed).
    @Test(arguments: ["sac", "sdem"])
    func combinedModelsMatchSpatialreg(_ model: String) {
        let expected = (Self.spatialreg["unit"] as! [String: Any])[model] as! [String: Any]
        let result = Self.fit(model: model, effects: "unit", options: ["effects": "none"])
        let (estimates, errors) = Self.rows(result)
        let spatial = model == "sac" ? expected["coefficient"] as! [Double] : [expected["coefficient"] as! Double]
        let wanted = (expected["betas"] as! [Double]) + spatial
        #expect(estimates.count == wanted.count, "\(model)")
        for j in wanted.indices where j < estimates.count {
            #expect(isClose(estimates[j], wanted[j], relative: 1e-6), "\(model) coefficient \(j)")
        }
        #expect(isClose(result["sigma2"] as? Double ?? 0, expected["sigma2"] as! Double, relative: 1e-6), "\(model) sigma2")
        #expect(isClose(result["log_likelihood"] as? Double ?? 0, expected["logll"] as! Double, relative: 1e-9), "\(model) logL")
        guard model == "sdem" else { return }
        let wantedErrors = (expected["std_err"] as! [Double]) + [expected["coefficient_se"] as! Double]
        for j in wantedErrors.indices where j < errors.count {
            #expect(isClose(errors[j], wantedErrors[j], relative: 1e-5), "sdem std error \(j)")
        }
    }

    /// Truth: y_t = (I − 0.4W)⁻¹(x_t − 0.5 z_t + α + τ_t + e_t) simulated (SplitMix64, Box–Muller normals) with the
    /// fixture's row-standardised knn W over 40 periods; the two-way SAR recovers ρ = 0.4 and β = (1, −0.5) within
    /// 4 standard errors, each below 0.05.
    @Test func recoversTrueParameters() throws {
        let ids = Self.reference["ids"] as! [String], n = ids.count, periods = 40
        let binary = Self.reference["binary"] as! [[Double]]
        var matrix = Matrix(rows: n, columns: n)
        for i in 0..<n { for j in 0..<n { matrix[i, j] = binary[i][j] } }
        let weights = try SpatialWeights(ids: ids, matrix: matrix, construction: "knn").standardised(.row, at: "")
        let filter = try SpatialPanelAlgebra.inverseFilter(weights, rho: 0.4, at: "")
        var random = SplitMix64(seed: 20261122)
        func normal() -> Double {
            let u = random.uniform(), v = random.uniform()
            return (-2 * log(1 - u)).squareRoot() * cos(2 * Double.pi * v)
        }
        let alpha = (0..<n).map { _ in normal() }
        var units: [String] = [], period: [Int] = [], y: [Double] = [], x: [Double] = [], z: [Double] = []
        for t in 0..<periods {
            let tau = normal()
            let xt = (0..<n).map { _ in normal() }, zt = (0..<n).map { _ in normal() }
            let mean = (0..<n).map { i in xt[i] - 0.5 * zt[i] + alpha[i] + tau + normal() }
            y += filter.times(mean)
            x += xt
            z += zt
            units += ids
            period += [Int](repeating: t + 1, count: n)
        }
        let spec: [String: Any] = ["estimator": "spatial_panel", "model": "sar", "dependent": "y", "regressors": ["x", "z"],
                                   "fixed_effects": "two_way", "weights": Self.weightsSpec("row")]
        let response = ABIClient.run(["abi": 1, "data": ["columns": ["unit": units, "period": period, "y": y, "x": x, "z": z]],
                                      "panel": ["id": "unit", "time": "period"], "model": spec])
        let (estimates, errors) = Self.rows(response["result"] as? [String: Any] ?? [:])
        #expect(estimates.count == 3)
        for (j, truth) in [1.0, -0.5, 0.4].enumerated() where j < estimates.count {
            #expect(abs(estimates[j] - truth) <= 4 * errors[j], "parameter \(j): \(estimates[j]) ± \(errors[j])")
            #expect(errors[j] < 0.05, "parameter \(j): \(estimates[j]) ± \(errors[j])")
        }
    }
}
