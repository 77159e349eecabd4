/// Binary logit by maximum likelihood (Newton–Raphson on the exact Hessian), matching statsmodels `Logit.fit()` and
/// Stata `logit`: coefficients, the inverse observed information as covariance (z statistics), the log-likelihood
/// and the intercept-only log-likelihood. Columns that are collinear with earlier ones are omitted first (Householder
/// QR, as `LeastSquaresFit`), and fitted probabilities are kept for propensity-score matching.
public struct Logit {
    /// Newton steps allowed before the fit is reported as not converged.
    public static let maximumIterations = 100
    /// A step is converged when every |Δβⱼ| ≤ tolerance · (1 + |βⱼ|); one more step is then taken.
    public static let convergenceTolerance = 1e-10
    /// |xᵢβ| beyond this gives a fitted probability within 10⁻¹⁵ of 0 or 1: a sign of (quasi-)separation.
    public static let separationThreshold = 34.5

    /// Indices of the regressor columns kept (ascending) and omitted as collinear.
    public let keptColumns: [Int]
    public let omittedColumns: [Int]
    /// Estimates for the kept columns, in `keptColumns` order.
    public let coefficients: [Double]
    /// (XᵀWX)⁻¹ at the estimates, W = diag(pᵢ(1 − pᵢ)), in `keptColumns` order.
    public let covariance: Matrix
    /// Fitted probabilities 1/(1 + e^(−xᵢβ)), one per row.
    public let fittedProbabilities: [Double]
    public let logLikelihood: Double
    /// Log-likelihood of the intercept-only model, n₁ log(n₁/n) + n₀ log(n₀/n).
    public let nullLogLikelihood: Double
    public let iterations: Int
    /// Whether some linear predictor exceeds `separationThreshold` in magnitude.
    public let showsSeparation: Bool

    /// Fits P(yᵢ = 1) = Λ(xᵢβ) for 0/1 `outcome` on the columns of `regressors` (n × k, an intercept column included
    /// by the caller). Throws `no_observations` without rows, `invalid_data` when the outcome is not 0/1 or does not
    /// vary, `singular_design` when no column is estimable or there are no more rows than kept columns, and
    /// `numerical_failure` when Newton–Raphson does not converge (e.g. under complete separation).
    public init(regressors: Matrix, outcome: [Double], at location: String) throws(PanelError) {
        let n = regressors.rows
        precondition(outcome.count == n, "one outcome per regressor row")
        guard n > 0 else { throw PanelError(.noObservations, "the logit has no observations", at: location) }
        guard outcome.allSatisfy({ $0 == 0 || $0 == 1 }) else {
            throw PanelError(.invalidData, "the logit outcome must be 0 or 1 in every row", at: location)
        }
        let ones = outcome.reduce(0, +)
        guard ones > 0, ones < Double(n) else {
            throw PanelError(.invalidData, "the logit outcome does not vary: every row is \(ones > 0 ? 1 : 0)", at: location)
        }
        let qr = HouseholderQR(regressors, pivoting: .deficientLast(tolerance: LeastSquaresFit.collinearityTolerance))
        let kept = qr.keptColumns
        guard !kept.isEmpty, n > kept.count else {
            throw PanelError(.singularDesign, "\(n) observations cannot identify \(kept.count) logit coefficients", at: location)
        }
        let x = kept.count == regressors.columns ? regressors : Matrix(columnVectors: kept.map { regressors.column($0) })
        var beta = [Double](repeating: 0, count: kept.count)
        var iterations = 0
        var converged = false
        var finalStep = false
        while iterations < Self.maximumIterations {
            iterations += 1
            let step = try Self.newtonStep(x, outcome: outcome, beta: beta, at: location)
            var small = true
            for j in beta.indices {
                if step[j].magnitude > Self.convergenceTolerance * (1 + beta[j].magnitude) || !step[j].isFinite { small = false }
                beta[j] += step[j]
            }
            if finalStep { converged = true; break }
            finalStep = small
        }
        guard converged, beta.allSatisfy({ $0.isFinite }) else {
            throw PanelError(.numericalFailure, "the logit did not converge in \(Self.maximumIterations) Newton steps; the covariates may separate the outcome perfectly",
                             at: location)
        }
        let eta = x.times(beta)
        self.keptColumns = kept
        self.omittedColumns = qr.droppedColumns
        self.coefficients = beta
        self.covariance = try SymmetricPositiveDefinite.inverse(Self.information(x, eta: eta))
        self.fittedProbabilities = eta.map(Self.logistic)
        self.logLikelihood = Self.logLikelihood(eta: eta, outcome: outcome)
        let zeros = Double(n) - ones
        self.nullLogLikelihood = ones * Elementary.log(ones / Double(n)) + zeros * Elementary.log(zeros / Double(n))
        self.iterations = iterations
        self.showsSeparation = eta.contains { $0.magnitude > Self.separationThreshold }
    }

    /// Λ(η) = 1/(1 + e^(−η)), computed without overflow on either side.
    static func logistic(_ eta: Double) -> Double {
        eta >= 0 ? 1 / (1 + Elementary.exp(-eta)) : Elementary.exp(eta) / (1 + Elementary.exp(eta))
    }

    /// Σ yᵢηᵢ − log(1 + e^ηᵢ), with log(1 + e^η) = max(η, 0) + log1p(e^(−|η|)).
    private static func logLikelihood(eta: [Double], outcome: [Double]) -> Double {
        var total = 0.0
        for (e, y) in zip(eta, outcome) {
            total += y * e - (max(e, 0) + Elementary.log1p(Elementary.exp(-e.magnitude)))
        }
        return total
    }

    /// XᵀWX with W = diag(Λ(η)(1 − Λ(η))).
    private static func information(_ x: Matrix, eta: [Double]) -> Matrix {
        let weights = eta.map { e in let p = logistic(e); return p * (1 - p) }
        var weighted = x
        for j in 0..<x.columns {
            for i in 0..<x.rows { weighted[i, j] = x[i, j] * weights[i].squareRoot() }
        }
        return weighted.gram()
    }

    /// The Newton step (XᵀWX)⁻¹Xᵀ(y − p) at `beta`.
    private static func newtonStep(_ x: Matrix, outcome: [Double], beta: [Double], at location: String) throws(PanelError) -> [Double] {
        let eta = x.times(beta)
        var residual = [Double](repeating: 0, count: eta.count)
        for i in eta.indices { residual[i] = outcome[i] - logistic(eta[i]) }
        let score = x.transposeTimes(residual)
        do {
            return try Cholesky(information(x, eta: eta)).solve(score)
        } catch {
            throw PanelError(.numericalFailure, "the logit information matrix is not positive definite (fitted probabilities of 0 or 1: separation)",
                             at: location)
        }
    }
}
