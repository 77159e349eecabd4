/// What every covariance estimator of a linear model is built from: the n × k regressors that were kept, the
/// residuals, and R⁻¹ (upper triangular) from the QR factorisation of the regressors. All estimators share this input and return a
/// `CovarianceEstimate`.
///
/// Sandwiches are formed in the orthogonalised basis W = X R⁻¹ (WᵀW = I): V = R⁻¹ (Σ_g s_g s_gᵀ) R⁻ᵀ with
/// s_g = Σ_{i∈g} eᵢ wᵢ. This equals (XᵀX)⁻¹ M (XᵀX)⁻¹ exactly in theory, but loses about half as many digits to the
/// conditioning of X (on Longley, 11 digits rather than 8 against a 60-digit reference).
public struct CovarianceInputs {
    public let regressors: Matrix
    public let residuals: [Double]
    public let rInverse: Matrix
    /// Parameters absorbed by fixed effects that the small-sample factor counts besides the k regressors
    /// (Stata `reghdfe`: for clustered errors, without the levels of fixed effects nested in the clusters).
    public let absorbedParameters: Int

    public init(regressors: Matrix, residuals: [Double], rInverse: Matrix, absorbedParameters: Int = 0) {
        self.regressors = regressors
        self.residuals = residuals
        self.rInverse = rInverse
        self.absorbedParameters = absorbedParameters
    }

    public init(_ fit: LeastSquaresFit) {
        self.init(regressors: fit.keptRegressors, residuals: fit.residuals, rInverse: fit.rInverse)
    }

    public var observationCount: Int { regressors.rows }
    public var parameterCount: Int { regressors.columns }
    /// k plus the absorbed parameters: the K of the small-sample factors.
    public var modelParameterCount: Int { regressors.columns + absorbedParameters }

    /// (XᵀX)⁻¹ = R⁻¹R⁻ᵀ.
    var bread: Matrix {
        sandwich(Matrix.identity(parameterCount))
    }

    /// R⁻¹ · meat · R⁻ᵀ, for a meat expressed in the orthogonalised basis W = X R⁻¹.
    func sandwich(_ meat: Matrix) -> Matrix {
        rInverse * meat * rInverse.transposed
    }

    /// Σ_g s_g s_gᵀ with s_g = Σ_{i∈g} eᵢ wᵢ, wᵢ the i-th row of W = X R⁻¹; `group[i]` in 0..<groupCount. With every
    /// observation its own group this is the heteroskedasticity-robust meat Σ eᵢ² wᵢ wᵢᵀ.
    func scoreOuterProduct(group: [Int], groupCount: Int) -> Matrix {
        groupScores(group: group, groupCount: groupCount).gram()
    }

    /// The groupCount × k matrix whose row g is s_gᵀ = Σ_{i∈g} eᵢ wᵢᵀ (scores in the orthogonalised basis), formed as
    /// t_gᵀ R⁻¹ from the scores in X's basis t_g = Σ_{i∈g} eᵢ xᵢ: k passes over the observations (summed column by
    /// column, observations in order), then k × k work per group — instead of forming W = X R⁻¹ row by row.
    func groupScores(group: [Int], groupCount: Int) -> Matrix {
        let (n, k) = (observationCount, parameterCount)
        precondition(group.count == n && group.allSatisfy { $0 >= 0 && $0 < groupCount }, "Groups must cover the observations")
        var sums = [Double](repeating: 0, count: groupCount * k)
        regressors.storage.withUnsafeBufferPointer { x in
            residuals.withUnsafeBufferPointer { e in
                group.withUnsafeBufferPointer { g in
                    sums.withUnsafeMutableBufferPointer { s in
                        for l in 0..<k {
                            let (xl, sl) = (l * n, l * groupCount)
                            for i in 0..<n { s[sl + g[i]] += e[i] * x[xl + i] }
                        }
                        // Column j of t R⁻¹ needs columns 0…j of t (R⁻¹ is upper triangular): from the last column
                        // down, each is overwritten once nothing else needs it.
                        for j in stride(from: k - 1, through: 0, by: -1) {
                            let (sj, diagonal) = (j * groupCount, rInverse[j, j])
                            for c in 0..<groupCount { s[sj + c] *= diagonal }
                            for l in 0..<j {
                                let (sl, factor) = (l * groupCount, rInverse[l, j])
                                for c in 0..<groupCount { s[sj + c] += s[sl + c] * factor }
                            }
                        }
                    }
                }
            }
        }
        return Matrix(rows: groupCount, columns: k, columnMajor: sums)
    }
}
