import Testing
@testable import PanelCore

/// The spatial Durbin model with two-way effects fitted with the Lanczos log-determinant (defaults) and with the exact
/// eigenvalues on the same simulated data: 500 units × 4 periods, row-standardised inverse distance between random
/// points (`SpatialLanczosTests.weights`), ρ = 0.4, β = (1, −0.5), θ = (0.3, 0); observed information on both paths,
/// so only the spectrum differs.
@Suite struct SpatialLanczosModelTests {
    /// Measured (seed 0): |Δβ̂|, |Δθ̂|, |Δρ̂| ≤ 2.4e-4 of their standard errors, standard errors within 4.1e-4
    /// relative, effects within 5.4e-5 and their delta-method standard errors within 2.9e-4 relative. Tolerances: 1e-2
    /// standard errors for the estimates, 1e-3 relative for standard errors and effects.
    static let estimateTolerance = 1e-2
    static let relativeTolerance = 1e-3

    /// y_t = (I − ρW)⁻¹(X_tβ + WX_tθ + μ + α_t + ε_t) by the Neumann series, data from Xoshiro256StarStar(seed: 11).
    static func panel(_ w: SpatialWeights, periods t: Int) -> (y: [Double], x: [[Double]]) {
        let n = w.unitCount
        var stream = Xoshiro256StarStar(seed: 11)
        let x1 = (0..<(n * t)).map { _ in stream.nextNormal() }, x2 = (0..<(n * t)).map { _ in stream.nextNormal() }
        let mu = (0..<n).map { _ in stream.nextNormal() }, alpha = (0..<t).map { _ in stream.nextNormal() }
        let lagged = SpatialPanelAlgebra.lag(x1, w)
        let v = (0..<(n * t)).map { i in x1[i] - 0.5 * x2[i] + 0.3 * lagged[i] + mu[i % n] + alpha[i / n] + stream.nextNormal() }
        var y = v, term = v
        for _ in 0..<60 {
            term = SpatialPanelAlgebra.lag(term, w).map { 0.4 * $0 }
            for i in y.indices { y[i] += term[i] }
        }
        return (y, [x1, x2, lagged, SpatialPanelAlgebra.lag(x2, w)])
    }

    static func fit(_ w: SpatialWeights, _ data: (y: [Double], x: [[Double]]), _ spectrum: SpatialSpectrum) throws -> (SpatialLagPanel, SpatialEffects) {
        let model = try SpatialLagPanel(y: data.y, x: data.x, terms: ["x1", "x2", "W*x1", "W*x2"], weights: w, eigenvalues: spectrum,
                                        effects: .twoWay, information: .observed, at: "/model")
        let effects = try SpatialEffects(terms: ["x1", "x2"], estimates: model.estimates, covariance: model.covariance, durbin: true,
                                         eigenvalues: spectrum, inference: .delta, replications: 0, seed: 0, executor: .serial, at: "/model")
        return (model, effects)
    }

    @Test func lanczosMatchesEigenvalues() throws {
        let w = SpatialLanczosTests.weights("inverse", n: 500)
        let data = Self.panel(w, periods: 4)
        let (exact, exactEffects) = try Self.fit(w, data, try SpatialSpectrum(w, at: "/w"))
        let (approximate, approximateEffects) = try Self.fit(w, data, try SpatialSpectrum(w, method: .defaultLanczos, at: "/w"))
        for j in exact.estimates.indices {
            let se = exact.covariance[j, j].squareRoot()
            #expect(abs(approximate.estimates[j] - exact.estimates[j]) < Self.estimateTolerance * se, "estimate \(j)")
            #expect(isClose(approximate.covariance[j, j].squareRoot(), se, relative: Self.relativeTolerance), "se \(j)")
        }
        for (a, b) in zip([approximateEffects.direct, approximateEffects.indirect, approximateEffects.total],
                          [exactEffects.direct, exactEffects.indirect, exactEffects.total]) {
            for j in a.indices {
                #expect(isClose(a[j].estimate, b[j].estimate, relative: Self.relativeTolerance), "effect \(j)")
                #expect(isClose(a[j].standardError, b[j].standardError, relative: Self.relativeTolerance), "effect se \(j)")
            }
        }
    }
}
