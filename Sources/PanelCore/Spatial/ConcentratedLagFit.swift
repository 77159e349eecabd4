/// The maximum-likelihood fit of y = ρ W y + X β + ε on already transformed data (demeaned, Lee–Yu transformed or
/// quasi-demeaned), shared by the fixed- and random-effects spatial lag models (Elhorst 2014, §3.3): β(ρ) = b₀ − ρb₁
/// from the OLS fits of y and Wy on X, and ρ the root of the score of the concentrated log-likelihood
/// −n/2 log e(ρ)ᵀe(ρ) + T log|I − ρW| (n and T as `counts` says), found by bisection on the admissible interval.
struct ConcentratedLagFit {
    let beta: [Double]
    let rho: Double
    /// e = y − ρ Wy − Xβ.
    let residuals: [Double]
    let sumOfSquares: Double

    /// Fails with `singular_design` (message `collinear`) when the columns of `x` are collinear and with
    /// `numerical_failure` when the likelihood is largest at the edge of the admissible interval of ρ, `time_limit`
    /// when `budget` runs out during the search.
    init(y: [Double], x: Matrix, laggedY: [Double], eigenvalues: SpatialSpectrum, counts: LeeYuCounts,
         collinear: String = "after removing the fixed effects the regressors are collinear (or constant within units/periods)",
         budget: TimeBudget, at location: String) throws(PanelError) {
        let nt = y.count, k = x.columns
        let qr = HouseholderQR(x, pivoting: .deficientLast(tolerance: 1e-9))
        guard qr.rank == k else {
            throw PanelError(.singularDesign, collinear, at: location)
        }
        let b0 = qr.solveLeastSquares(y), b1 = qr.solveLeastSquares(laggedY)
        let e0 = qr.residuals(y), e1 = qr.residuals(laggedY)
        let (low, high) = eigenvalues.admissibleInterval
        var s00 = 0.0, s01 = 0.0, s11 = 0.0
        for i in 0..<nt {
            s00 += e0[i] * e0[i]
            s01 += e0[i] * e1[i]
            s11 += e1[i] * e1[i]
        }
        let score = { (rho: Double) -> Double in
            counts.observations * (s01 - rho * s11) / (s00 - 2 * rho * s01 + rho * rho * s11) - counts.periods * counts.trace(rho, eigenvalues)
        }
        let rho = try DecreasingRoot.bisect(low: low, high: high, budget: budget, at: location, score)
        try AdmissibleInterval.requireInterior("rho", rho, low: low, high: high, at: location)
        beta = (0..<k).map { b0[$0] - rho * b1[$0] }
        residuals = (0..<nt).map { e0[$0] - rho * e1[$0] }
        sumOfSquares = residuals.reduce(0) { $0 + $1 * $1 }
        self.rho = rho
    }
}
