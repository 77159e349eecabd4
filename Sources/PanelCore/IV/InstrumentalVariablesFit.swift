/// The coefficients of a linear instrumental-variables estimator on an `InstrumentalVariablesSample`, in the order
/// X = [X₁ X₂] (exogenous, then endogenous), with what its covariance needs: the covariance of every method is the
/// sandwich C (Σ_g s_g s_gᵀ) Cᵀ with scores s_g = Σ_{i∈g} uᵢ x̃ᵢ on `scoreRegressors` X̃ and `scoreResiduals` u, and
/// bread CCᵀ (see `CovarianceChoice.estimate(regressors:residuals:rInverse:…)`).
struct InstrumentalVariablesFit {
    let coefficients: [Double]
    /// Structural residuals y − Xβ.
    let residuals: [Double]
    let scoreRegressors: Matrix
    let scoreResiduals: [Double]
    /// C with CCᵀ the bread (k × k, upper triangular).
    let breadFactor: Matrix
    /// The k-class parameter (1 for 2SLS, the LIML eigenvalue for LIML, nil for GMM).
    let kappa: Double?

    /// X = [X₁ X₂] and Z = [X₁ Z₂] of the sample.
    static func regressors(_ sample: InstrumentalVariablesSample) -> (x: Matrix, z: Matrix) {
        (sample.exogenous.appendingColumns(sample.endogenous), sample.exogenous.appendingColumns(sample.instruments))
    }

    /// The k-class estimator β = (Xᵀ(I − κM_Z)X)⁻¹ Xᵀ(I − κM_Z)y (Theil; 2SLS at κ = 1, LIML at its eigenvalue), with
    /// bread (Xᵀ(I − κM_Z)X)⁻¹ and scores on the projected regressors P_Z X (as linearmodels `IVLIML` forms its
    /// robust and clustered covariances).
    static func kClass(_ sample: InstrumentalVariablesSample, kappa: Double, at location: String) throws(PanelError) -> InstrumentalVariablesFit {
        let (x, z) = regressors(sample)
        let projection = ColumnSpaceProjection(z)
        let y = sample.response
        if kappa == 1 {
            let projected = sample.exogenous.appendingColumns(projection.fitted(sample.endogenous))
            let design = RegressionDesign(responseName: sample.responseName, response: y, regressors: projected,
                                          termNames: (0..<x.columns).map { "x\($0)" }, hasIntercept: false,
                                          rowsUsed: sample.rowsUsed, rowsDropped: 0)
            let fit = try LeastSquaresFit(design, at: location)
            guard fit.omittedColumns.isEmpty else {
                throw PanelError(.singularDesign, "the instruments do not identify the endogenous regressors: their projections are collinear", at: location)
            }
            let residuals = structuralResiduals(y, x, fit.coefficients)
            return InstrumentalVariablesFit(coefficients: fit.coefficients, residuals: residuals, scoreRegressors: projected,
                                            scoreResiduals: residuals, breadFactor: fit.rInverse, kappa: 1)
        }
        let annihilated = projection.residuals(x)
        var weighted = x
        for index in 0..<weighted.storage.count { weighted.storage[index] -= kappa * annihilated.storage[index] }
        let a = weighted.transposeTimes(x)
        let b = weighted.transposeTimes(y)
        let cholesky = try factor(a, at: location)
        let beta = cholesky.solve(b)
        let residuals = structuralResiduals(y, x, beta)
        return InstrumentalVariablesFit(coefficients: beta, residuals: residuals, scoreRegressors: projection.fitted(x), scoreResiduals: residuals,
                                        breadFactor: TriangularSolve.invertUpper(cholesky.lower.transposed), kappa: kappa)
    }

    /// y − Xβ.
    static func structuralResiduals(_ y: [Double], _ x: Matrix, _ beta: [Double]) -> [Double] {
        let fitted = x.times(beta)
        return (0..<y.count).map { y[$0] - fitted[$0] }
    }

    /// The Cholesky factor of a cross-product matrix that must be positive definite for the estimator to exist.
    static func factor(_ a: Matrix, at location: String) throws(PanelError) -> Cholesky {
        do {
            return try Cholesky(a)
        } catch {
            throw PanelError(.singularDesign, "the instruments do not identify the endogenous regressors (a singular cross-product)", at: location)
        }
    }
}
