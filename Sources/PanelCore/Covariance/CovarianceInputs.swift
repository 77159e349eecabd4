/// What every covariance estimator of a linear model is built from: the n × k regressors that were kept, the
/// residuals, and the bread (XᵀX)⁻¹. All estimators share this input and return a `CovarianceEstimate`.
public struct CovarianceInputs {
    public let regressors: Matrix
    public let residuals: [Double]
    public let bread: Matrix

    public init(regressors: Matrix, residuals: [Double], bread: Matrix) {
        self.regressors = regressors
        self.residuals = residuals
        self.bread = bread
    }

    public init(_ fit: LeastSquaresFit) {
        self.init(regressors: fit.keptRegressors, residuals: fit.residuals, bread: fit.bread)
    }

    public var observationCount: Int { regressors.rows }
    public var parameterCount: Int { regressors.columns }

    /// bread · meat · bread.
    func sandwich(_ meat: Matrix) -> Matrix {
        bread * meat * bread
    }

    /// Σ_g s_g s_gᵀ with s_g = Σ_{i∈g} eᵢ xᵢ; `group[i]` in 0..<groupCount. With every observation its own group
    /// this is the heteroskedasticity-robust meat Σ eᵢ² xᵢ xᵢᵀ.
    func scoreOuterProduct(group: [Int], groupCount: Int) -> Matrix {
        let k = parameterCount
        var scores = Matrix(rows: groupCount, columns: k)
        for j in 0..<k {
            let column = regressors.column(j)
            for i in 0..<observationCount {
                scores[group[i], j] += residuals[i] * column[i]
            }
        }
        return scores.gram()
    }
}
