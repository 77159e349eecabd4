/// The inverse of a GMM weighting sum (Σ Zᵢ'HZᵢ or Σ Zᵢ'eᵢeᵢ'Zᵢ) by plm's rule: the ordinary inverse, unless the
/// smallest eigenvalue is below 10⁻⁹ — more instruments than the data can separate — when it is the Moore–Penrose
/// generalised inverse (MASS `ginv`: eigenvalues at most √ε times the largest count as zero), with a warning, as
/// plm and xtabond2 do.
enum GMMWeightInverse {
    /// plm's threshold on the smallest eigenvalue.
    static let singularityThreshold = 1e-9

    /// The inverse of the symmetric `a`; `generalised` tells whether the pseudo-inverse was needed.
    static func inverse(_ a: Matrix) throws(PanelError) -> (inverse: Matrix, generalised: Bool) {
        let smallest = try SymmetricTridiagonalEigenvalues(a).values.last ?? 0
        if smallest >= singularityThreshold, let inverse = try? SymmetricPositiveDefinite.inverse(a) {
            return (inverse, false)
        }
        let eigen = try SymmetricEigen(a)
        let largest = eigen.values.map { $0.magnitude }.max() ?? 0
        let tolerance = largest * Double.ulpOfOne.squareRoot()
        let n = a.rows
        var inverse = Matrix(rows: n, columns: n)
        for (k, value) in eigen.values.enumerated() where value.magnitude > tolerance {
            for j in 0..<n {
                let scaled = eigen.vectors[j, k] / value
                guard scaled != 0 else { continue }
                for i in 0..<n { inverse[i, j] += eigen.vectors[i, k] * scaled }
            }
        }
        return (inverse, true)
    }
}
