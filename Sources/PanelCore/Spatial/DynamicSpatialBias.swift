/// The leading O(1/T) bias of the QML estimates (τ, η, γ…, ρ, σ²) of the spatial dynamic panel with unit effects
/// (Yu, de Jong & Lee 2008, Theorem 3 with eq. (16); Lee & Yu 2010 with time effects), as SDPDmod's `SDPDm` (dynamic,
/// `LYtrans`) computes it, written with the eigenvalues λ_i of W (the N − 1 left by the cross-sectional transformation
/// when time effects are removed), which diagonalise S⁻¹ = (I − ρW)⁻¹, G = WS⁻¹ and A = S⁻¹(τI + ηW) together (W
/// symmetric or similar to a symmetric matrix). Eigenvalues μ_i = (τ + ηλ_i)/(1 − ρλ_i) of A above 1 − 1/n are unit
/// roots, taken out of A (B = A without them) and counted (m); with n eigenvalues, s_i = 1/(1 − ρλ_i) and
/// q_i = 1/(1 − μ_i) (1 at a unit root), the score bias b is
///   b_τ = Σ q s / n, b_η = Σ λ q s / n, b_ρ = Σ (τλ + ηλ²) q s² / n + Σ λ s / n, b_σ² = 1/(2σ²), the γ entries zero,
/// plus (T/(2(1 − ρ)))·m/n on τ, η and ρ when m ≥ 1; the corrected estimate is θ̂ + Σ̂⁻¹ b / T with Σ̂ the information
/// per observation (`DynamicSpatialPanel`).
struct DynamicSpatialBias {
    /// b, one entry per parameter (τ, η, the kz − 2 slopes, ρ, σ²).
    let score: [Double]
    /// m, the eigenvalues of A above 1 − 1/n.
    let unitRoots: Int

    init(tau: Double, eta: Double, rho: Double, sigma2: Double, coefficientCount kz: Int, eigenvalues: [Double], periods t: Double) {
        let n = Double(eigenvalues.count)
        var bTau = 0.0, bEta = 0.0, bRho = 0.0, roots = 0
        for lambda in eigenvalues {
            let s = 1 / (1 - rho * lambda)
            let mu = (tau + eta * lambda) * s
            let isRoot = mu > 1 - 1 / n
            if isRoot { roots += 1 }
            let q = isRoot ? 1 : 1 / (1 - mu)
            bTau += q * s
            bEta += lambda * q * s
            bRho += (tau * lambda + eta * lambda * lambda) * q * s * s + lambda * s
        }
        var score = [Double](repeating: 0, count: kz + 2)
        let unitRootTerm = roots > 0 ? t / (2 * (1 - rho)) * Double(roots) : 0
        score[0] = (bTau + unitRootTerm) / n
        score[1] = (bEta + unitRootTerm) / n
        score[kz] = (bRho + unitRootTerm) / n
        score[kz + 1] = 1 / (2 * sigma2)
        self.score = score
        unitRoots = roots
    }
}
