/// What every covariance estimator of a linear model is built from: the n × k regressors that were kept, the
/// residuals, and R⁻¹ from the QR factorisation of the regressors. All estimators share this input and return a
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

    /// The groupCount × k matrix whose row g is s_gᵀ = Σ_{i∈g} eᵢ wᵢᵀ (scores in the orthogonalised basis).
    /// Summed column by column, observations in order. Column j of W = X R⁻¹ is formed into one reused vector,
    /// each entry summed over X's columns in order from 0 as `Matrix.*` sums it (same bits, without the n × k
    /// matrix W).
    func groupScores(group: [Int], groupCount: Int) -> Matrix {
        let (n, k) = (observationCount, parameterCount)
        precondition(group.count == n && group.allSatisfy { $0 >= 0 && $0 < groupCount }, "Groups must cover the observations")
        var sums = [Double](repeating: 0, count: groupCount * k)
        var orthogonalColumn = [Double](repeating: 0, count: n)
        regressors.storage.withUnsafeBufferPointer { x in
            residuals.withUnsafeBufferPointer { e in
                group.withUnsafeBufferPointer { g in
                    sums.withUnsafeMutableBufferPointer { s in
                        orthogonalColumn.withUnsafeMutableBufferPointer { w in
                            for j in 0..<k {
                                for i in 0..<n { w[i] = 0 }
                                for l in 0..<k {
                                    let (factor, xl) = (rInverse[l, j], l * n)
                                    for i in 0..<n { w[i] += x[xl + i] * factor }
                                }
                                let sj = j * groupCount
                                for i in 0..<n { s[sj + g[i]] += e[i] * w[i] }
                            }
                        }
                    }
                }
            }
        }
        return Matrix(rows: groupCount, columns: k, columnMajor: sums)
    }
}
