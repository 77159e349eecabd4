/// The Kleibergen–Paap (2006) rk statistic for the null that the k × l reduced-form coefficient matrix Π of the
/// endogenous regressors X₂ on the excluded instruments Z₂ (both residualised on the exogenous regressors) has rank
/// k − 1, i.e. that the equation is underidentified — as Stata `ranktest` computes it for `ivreg2`. With
/// Θ = Fᵀ Π G⁻ᵀ (F, G the Cholesky factors of Z₂ᵀZ₂ and X₂ᵀX₂) and its SVD, the statistic is λᵀΩ⁻¹λ with
/// λ = A_qᵀ Θ B_qᵀ (A_q, B_q from the singular vectors of the k-th singular value, KP eqs. 12–21), χ²(l − k + 1).
/// The LM form evaluates Ω with X₂ itself (the null), the Wald form with the first-stage residuals. Under iid errors
/// the LM form is Anderson's canonical-correlation statistic N·ρ²_min and the Wald form the Cragg–Donald N·ρ²/(1 − ρ²).
/// Nil when Ω is singular or the smallest canonical direction is degenerate.
struct KleibergenPaap {
    enum Form { case lagrangeMultiplier, wald }

    /// The canonical correlations between X₂ and Z₂ (the singular values of Θ), descending.
    let canonicalCorrelations: [Double]
    private let theta: Matrix
    private let aq: Matrix
    private let bq: [Double]
    private let endogenous: Matrix
    private let instruments: Matrix
    private let endogenousFactorInverse: Matrix
    private let instrumentsFactorInverse: Matrix
    private let reducedFormResiduals: Matrix
    private let degenerate: Bool

    /// `endogenous` (n × k) and `instruments` (n × l, l ≥ k), both residualised on the exogenous regressors.
    init(endogenous: Matrix, instruments: Matrix, at location: String) throws(PanelError) {
        let k = endogenous.columns, l = instruments.columns
        let g = try InstrumentalVariablesFit.factor(endogenous.gram(), at: location)
        let f = try InstrumentalVariablesFit.factor(instruments.gram(), at: location)
        let projection = ColumnSpaceProjection(instruments)
        let pi = Matrix(columnVectors: (0..<k).map { projection.coefficients(endogenous.column($0)) }, rows: l)
        let gInverseTransposed = TriangularSolve.invertUpper(g.lower.transposed)
        let theta = f.lower.transposed * pi * gInverseTransposed
        let svd = try SingularValueDecomposition(theta)
        let u1 = Matrix(columnVectors: (0..<(k - 1)).map { svd.u.column($0) }, rows: l)
        var complement = Matrix.identity(l)
        let u1u1 = u1 * u1.transposed
        for index in 0..<complement.storage.count { complement.storage[index] -= u1u1.storage[index] }
        let basis = try SymmetricEigen(complement)
        let q = l - k + 1
        let u2 = Matrix(columnVectors: (0..<q).map { basis.vectors.column($0) }, rows: l)
        var u22 = Matrix(rows: q, columns: q)
        for i in 0..<q { for j in 0..<q { u22[i, j] = u2[k - 1 + i, j] } }
        let v22 = svd.v[k - 1, k - 1]
        self.degenerate = v22 == 0
        let u22Inverse = try? Cholesky(u22.transposeTimes(u22)).inverse()
        self.aq = u22Inverse.map { inverse in u2 * (inverse * u22.transposed) * Self.symmetricSquareRoot(u22 * u22.transposed) }
            ?? Matrix(rows: l, columns: q)
        self.bq = svd.v.column(k - 1).map { v22 < 0 ? -$0 : $0 }
        self.canonicalCorrelations = svd.singularValues
        self.theta = theta
        self.endogenous = endogenous
        self.instruments = instruments
        self.endogenousFactorInverse = gInverseTransposed
        self.instrumentsFactorInverse = TriangularSolve.invertUpper(f.lower.transposed)
        self.reducedFormResiduals = projection.residuals(endogenous)
    }

    /// The rk statistic with its scores grouped as `grouping` says (nil for an unsupported grouping or a singular Ω).
    func statistic(_ form: Form, grouping: ScoreGrouping) -> Double? {
        guard !degenerate else { return nil }
        let n = Double(endogenous.rows)
        let lambda = aq.transposeTimes(theta.times(bq))
        let q = lambda.count
        let e = form == .wald ? reducedFormResiduals : endogenous
        let w = endogenousFactorInverse.times(bq)
        var omega: Matrix
        switch grouping {
        case .unsupported:
            return nil
        case .iid:
            let scale = form == .wald ? Matrix.innerProduct(w, e.gram().times(w)) / n : 1 / n
            omega = Matrix(rows: q, columns: q)
            for i in 0..<q { omega[i, i] = scale }
        case .grouped:
            let transformed = instruments * (instrumentsFactorInverse * aq)
            guard let grouped = grouping.outerProduct(of: transformed, weights: e.times(w)) else { return nil }
            omega = grouped
        }
        return ScoreGrouping.inverseQuadraticForm(omega, lambda)
    }

    /// The symmetric square root of a symmetric positive semi-definite matrix.
    private static func symmetricSquareRoot(_ a: Matrix) -> Matrix {
        guard let eigen = try? SymmetricEigen(a) else { return a }
        var root = Matrix(rows: a.rows, columns: a.columns)
        for (index, value) in eigen.values.enumerated() where value > 0 {
            let vector = eigen.vectors.column(index)
            let scale = value.squareRoot()
            for i in 0..<a.rows { for j in 0..<a.columns { root[i, j] += scale * vector[i] * vector[j] } }
        }
        return root
    }
}
