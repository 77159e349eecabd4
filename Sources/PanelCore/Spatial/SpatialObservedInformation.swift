/// Which information matrix the covariance of a spatial panel model inverts.
public enum SpatialInformation: String, Sendable {
    /// The expected information (Elhorst 2014 eq. 3.31; spreg): needs W(I − ρW)⁻¹, O(N³).
    case expected
    /// The observed information, minus the analytic Hessian of the full log-likelihood at the MLE (Stata `ml`, hence
    /// xsmle's default vce(oim)): spectral sums and data products only, O(N²T).
    case observed
}

/// Minus the analytic Hessian of the full log-likelihood ℓ = −n/2 log(2πσ²) + T J(ρ) − eᵀe/(2σ²) of the demeaned
/// spatial panel models, with n, T and J(ρ) = log|I − ρW| [− log(1 − ρ) under Lee–Yu's cross-sectional
/// transformation] as `LeeYuCounts` says, so J″(ρ) = −Σ λ²/(1 − ρλ)² [+ 1/(1 − ρ)²].
enum SpatialObservedInformation {
    /// T J″(ρ) from the spectrum.
    static func jacobianCurvature(_ rho: Double, spectrum: SpatialSpectrum, counts: LeeYuCounts) -> Double {
        var curvature = -spectrum.rationalSum(rho, power: 2, denominatorPower: 2)
        if counts.removesCrossSectionMean { curvature += 1 / ((1 - rho) * (1 - rho)) }
        return counts.periods * curvature
    }

    /// SAR/SDM, e = ỹ − ρ·wy − X̃β (wy the demeaned lag J(Wỹ)), parameters (β, ρ, σ²):
    /// −∂²ℓ/∂β∂βᵀ = X̃ᵀX̃/σ², −∂²ℓ/∂β∂ρ = X̃ᵀwy/σ², −∂²ℓ/∂ρ² = wyᵀwy/σ² − T J″(ρ), −∂²ℓ/∂β∂σ² = X̃ᵀe/σ⁴,
    /// −∂²ℓ/∂ρ∂σ² = wyᵀe/σ⁴, −∂²ℓ/∂σ²² = eᵀe/σ⁶ − n/(2σ⁴).
    static func lag(xd: Matrix, wy: [Double], residuals e: [Double], sigma2: Double, rho: Double, spectrum: SpatialSpectrum,
                    counts: LeeYuCounts) -> Matrix {
        assemble(x: xd, spatial: wy, residuals: e, cross: xd.transposeTimes(wy), sigma2: sigma2,
                 curvature: jacobianCurvature(rho, spectrum: spectrum, counts: counts), observations: counts.observations)
    }

    /// SEM, e = (ỹ − λ·wy) − (X̃ − λ·wx)β = u − λ·wu (u = ỹ − X̃β, wu = wy − wx β), parameters (β, λ, σ²): as `lag`
    /// with X* = X̃ − λ·wx for X̃ and wu for wy, except −∂²ℓ/∂β∂λ = (wxᵀe + X*ᵀwu)/σ² (X* depends on λ).
    static func error(filtered xs: Matrix, lags wx: [[Double]], wu: [Double], residuals e: [Double], sigma2: Double, lambda: Double,
                      spectrum: SpatialSpectrum, counts: LeeYuCounts) -> Matrix {
        var cross = xs.transposeTimes(wu)
        for j in 0..<cross.count { cross[j] += zip(wx[j], e).reduce(0) { $0 + $1.0 * $1.1 } }
        return assemble(x: xs, spatial: wu, residuals: e, cross: cross, sigma2: sigma2,
                        curvature: jacobianCurvature(lambda, spectrum: spectrum, counts: counts), observations: counts.observations)
    }

    /// The (k + 2) × (k + 2) matrix of both models from the design x, the derivative −∂e/∂ρ (`spatial`), the β–ρ
    /// cross products σ²·(−∂²ℓ/∂β∂ρ) and T J″.
    private static func assemble(x: Matrix, spatial: [Double], residuals e: [Double], cross: [Double], sigma2: Double,
                                 curvature: Double, observations: Double) -> Matrix {
        let k = x.columns, s4 = sigma2 * sigma2
        let xtx = x.gram(), xe = x.transposeTimes(e)
        var ss = 0.0, se = 0.0, ee = 0.0
        for i in 0..<e.count {
            ss += spatial[i] * spatial[i]
            se += spatial[i] * e[i]
            ee += e[i] * e[i]
        }
        var info = Matrix(rows: k + 2, columns: k + 2)
        for j in 0..<k {
            for i in 0..<k { info[i, j] = xtx[i, j] / sigma2 }
            info[k, j] = cross[j] / sigma2
            info[j, k] = cross[j] / sigma2
            info[k + 1, j] = xe[j] / s4
            info[j, k + 1] = xe[j] / s4
        }
        info[k, k] = ss / sigma2 - curvature
        info[k, k + 1] = se / s4
        info[k + 1, k] = se / s4
        info[k + 1, k + 1] = ee / (s4 * sigma2) - observations / (2 * s4)
        return info
    }
}
