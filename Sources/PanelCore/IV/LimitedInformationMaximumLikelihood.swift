/// Limited-information maximum likelihood as the k-class estimator with κ the smallest eigenvalue of
/// (WᵀM_Z W)⁻¹(WᵀM₁W), W = [y X₂], M₁ the annihilator of the exogenous regressors and M_Z that of all instruments
/// (Anderson & Rubin 1949; Stata `ivreg2, liml`, `ivregress liml`; linearmodels `IVLIML`). κ is computed as the
/// smallest eigenvalue of the symmetric L⁻¹(WᵀM₁W)L⁻ᵀ with WᵀM_Z W = LLᵀ.
enum LimitedInformationMaximumLikelihood {
    static func fit(_ sample: InstrumentalVariablesSample, at location: String) throws(PanelError) -> InstrumentalVariablesFit {
        try InstrumentalVariablesFit.kClass(sample, kappa: try kappa(sample, at: location), at: location)
    }

    static func kappa(_ sample: InstrumentalVariablesSample, at location: String) throws(PanelError) -> Double {
        let w = Matrix(columnVectors: [sample.response], rows: sample.observationCount).appendingColumns(sample.endogenous)
        let exogenous = ColumnSpaceProjection(sample.exogenous)
        let all = ColumnSpaceProjection(sample.exogenous.appendingColumns(sample.instruments))
        let restricted = exogenous.residuals(w).gram()
        let unrestricted = all.residuals(w).gram()
        let cholesky = try InstrumentalVariablesFit.factor(unrestricted, at: location)
        let lowerInverse = TriangularSolve.invertUpper(cholesky.lower.transposed).transposed
        let eigen = try SymmetricEigen(lowerInverse * restricted * lowerInverse.transposed)
        return eigen.values[eigen.values.count - 1]
    }
}
