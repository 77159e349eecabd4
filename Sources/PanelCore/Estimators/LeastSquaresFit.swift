/// Ordinary least squares by Householder QR — with two steps of iterative refinement when the regressors, scaled to
/// unit length, have a condition number above `refinementCondition` — with collinear columns
/// detected in order and omitted as Stata's `regress` and R's `lm` do (a column that is a linear combination of
/// earlier columns is dropped; earlier columns are kept). Matches NIST StRD certified values (see the tests) and
/// statsmodels `OLS`.
public struct LeastSquaresFit {
    /// Relative tolerance of the collinearity decision: a column whose norm, after removing the earlier kept columns,
    /// is below this fraction of its own norm is omitted.
    public static let collinearityTolerance = 1e-9
    /// The column-scaled condition number (`HouseholderQR.columnScaledConditionNumber`) above which the solution is
    /// refined (`solveLeastSquaresRefined`). Below it Householder QR alone loses fewer than ε·κ² ≈ 2·10⁻¹² of
    /// relative accuracy (times ‖r‖ ÷ (‖X‖‖β‖)), and the refinement — passes over X in twice the working
    /// precision, a fifth of a large fit's time — would change only the last digits.
    public static let refinementCondition = 100.0

    public let design: RegressionDesign
    /// Indices of the design columns kept (ascending) and omitted as collinear.
    public let keptColumns: [Int]
    public let omittedColumns: [Int]
    /// Estimates for the kept columns, in `keptColumns` order.
    public let coefficients: [Double]
    public let residuals: [Double]
    /// R⁻¹ of the QR factorisation of the kept columns (k × k, upper triangular, `keptColumns` order):
    /// (XₖᵀXₖ)⁻¹ = R⁻¹R⁻ᵀ. Covariance estimators work with it rather than with (XₖᵀXₖ)⁻¹ to keep their accuracy
    /// on ill-conditioned designs.
    public let rInverse: Matrix
    /// The kept columns of the design, n × k.
    public let keptRegressors: Matrix
    /// Whether the response lies in the column space up to rounding (‖e‖ ≤ n·ε·‖y‖); the residuals are then
    /// reported as exactly zero, so standard errors are zero as NIST certifies for Wampler1–2.
    public let isExactFit: Bool

    public init(_ design: RegressionDesign, at location: String) throws(PanelError) {
        let n = design.regressors.rows
        guard n > 0 else {
            throw PanelError(.noObservations, "no observations remain after dropping \(design.rowsDropped) rows with missing values", at: location)
        }
        let qr = HouseholderQR(design.regressors, pivoting: .deficientLast(tolerance: Self.collinearityTolerance))
        let kept = qr.keptColumns
        precondition(kept == kept.sorted(), "deficientLast pivoting keeps columns in their given order")
        guard !kept.isEmpty else {
            throw PanelError(.singularDesign, "no regressor is estimable: every column is zero or collinear", at: location)
        }
        guard n > kept.count else {
            throw PanelError(.singularDesign, "\(n) observations cannot identify \(kept.count) coefficients with a residual variance", at: location)
        }
        let rInverse = TriangularSolve.invertUpper(qr.r)
        let refinementSteps = qr.columnScaledConditionNumber(rInverse: rInverse) > Self.refinementCondition ? 2 : 0
        let (solution, residuals) = qr.solveLeastSquaresRefined(design.regressors, design.response, steps: refinementSteps)
        self.design = design
        self.keptColumns = kept
        self.omittedColumns = qr.droppedColumns
        self.coefficients = kept.map { solution[$0] }
        self.isExactFit = Self.isNegligible(residuals, comparedWith: design.response)
        self.residuals = isExactFit ? [Double](repeating: 0, count: n) : residuals
        self.rInverse = rInverse
        self.keptRegressors = kept.count == design.regressors.columns
            ? design.regressors : Matrix(columnVectors: kept.map { design.regressors.column($0) })
    }

    private static func isNegligible(_ residuals: [Double], comparedWith response: [Double]) -> Bool {
        let bound = Double(response.count) * Double.ulpOfOne
        let residualNorm2 = residuals.reduce(0) { $0 + $1 * $1 }
        let responseNorm2 = response.reduce(0) { $0 + $1 * $1 }
        return residualNorm2 <= bound * bound * responseNorm2
    }

    public var observationCount: Int { design.regressors.rows }
    public var parameterCount: Int { keptColumns.count }

    public var residualSumOfSquares: Double { residuals.reduce(0) { $0 + $1 * $1 } }

    /// Total sum of squares: centred about the mean with an intercept, uncentred (Σy²) without — Stata's and
    /// statsmodels' convention for R².
    public var totalSumOfSquares: Double {
        let y = design.response
        guard design.hasIntercept else { return y.reduce(0) { $0 + $1 * $1 } }
        let mean = y.reduce(0, +) / Double(y.count)
        return y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    }
}
