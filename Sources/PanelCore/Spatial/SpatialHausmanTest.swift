/// The spatial Hausman test of random against fixed unit effects (Lee & Yu 2012; xsmle `hausman`; splm `sphtest`):
/// H = dᵀ(V_FE − V_RE)⁻¹d, d = θ̂_FE − θ̂_RE over the coefficients both models estimate — the slopes (with the WX
/// slopes of the SDM) and ρ, not the random-effects intercept — χ² with their count as degrees of freedom. When
/// V_FE − V_RE is not positive definite the generalised inverse of `HausmanTest.contrast` is used, its rank is the
/// degrees of freedom and a warning says so, as for the non-spatial panel test; a negative statistic gets p = 1 and a warning.
public struct SpatialHausmanTest: Sendable {
    public let test: DurbinRestrictions.Test
    public let warnings: [String]

    /// From the fixed-effects (unit effects) and random-effects fits of the same model on the same data — the request
    /// passes the Lee–Yu fixed-effects fit, whose σ² = eᵀe/(N(T − 1)) and covariance are consistent for fixed T (the
    /// direct approach's σ² = eᵀe/(NT) understates V_FE by about (T − 1)/T). Fails with `numerical_failure` when
    /// V_FE − V_RE is zero.
    public init(fixed: SpatialLagPanel, random: SpatialRandomEffectsLagPanel, at location: String) throws(PanelError) {
        let pairs = fixed.terms.indices.compactMap { f in random.terms.firstIndex(of: fixed.terms[f]).map { (f, $0) } }
        var difference = Matrix(rows: pairs.count, columns: pairs.count)
        for (a, p) in pairs.enumerated() {
            for (b, q) in pairs.enumerated() { difference[a, b] = fixed.covariance[p.0, q.0] - random.covariance[p.1, q.1] }
        }
        let d = pairs.map { fixed.estimates[$0.0] - random.estimates[$0.1] }
        let contrast = try HausmanTest.contrast(d, difference, at: location)
        var warnings: [String] = []
        if contrast.rank < pairs.count || contrast.indefinite { warnings.append(HausmanTest.rankWarning(rank: contrast.rank)) }
        if contrast.statistic < 0 {
            warnings.append("the statistic is negative: the data fail the asymptotic assumptions of the Hausman test (its p-value is reported as 1)")
        }
        test = DurbinRestrictions.Test(name: "hausman", statistic: contrast.statistic, degreesOfFreedom: contrast.rank)
        self.warnings = warnings
    }
}
