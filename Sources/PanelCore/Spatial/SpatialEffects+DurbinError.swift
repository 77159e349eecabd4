extension SpatialEffects {
    /// Effects in the spatial Durbin error model (SDEM), where y responds to X through βI + θW without a spatial
    /// multiplier (LeSage & Pace 2009 §2.7 with ρ = 0; xsmle `model(sdem)`): direct_j = β_j (W has a zero diagonal),
    /// total_j = β_j + θ_j c with c = 1ᵀW1/N (1 for row-standardised weights, as xsmle assumes), indirect_j = θ_j c.
    /// They are linear in (β, θ), so the delta method is exact: standard errors come from the covariance `covariance`
    /// of `estimates` = (β (k), θ (k), …) and `inference` is reported as `.delta` whatever was asked.
    init(durbinErrorTerms terms: [String], estimates: [Double], covariance v: Matrix, averageRowSum c: Double) {
        let k = terms.count
        func estimate(_ own: Double, _ lagged: Double, j: Int) -> Estimate {
            let variance = own * own * v[j, j] + 2 * own * lagged * v[j, k + j] + lagged * lagged * v[k + j, k + j]
            return Estimate(estimate: own * estimates[j] + lagged * estimates[k + j], standardError: variance.squareRoot())
        }
        self.terms = terms
        direct = (0..<k).map { estimate(1, 0, j: $0) }
        indirect = (0..<k).map { estimate(0, c, j: $0) }
        total = (0..<k).map { estimate(1, c, j: $0) }
        inference = .delta
        replications = 0
        discardedDraws = 0
    }
}
