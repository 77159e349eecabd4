/// A small-sample factor applied once to an unscaled covariance, named after the Stata/fixest convention it
/// reproduces, with the degrees of freedom that convention uses for t and F reference distributions.
public struct SmallSampleCorrection: Equatable {
    /// The convention, e.g. `stata_regress_cluster`.
    public let convention: String
    public let factor: Double
    /// Denominator degrees of freedom for t tests, intervals and the Wald F test.
    public let inferenceDegreesOfFreedom: Int

    /// n/(n−k) with t(n−k): Stata `regress` (iid) and `regress, vce(robust)` (HC1).
    public static func residualDegrees(observations n: Int, parameters k: Int, convention: String) -> SmallSampleCorrection {
        SmallSampleCorrection(convention: convention, factor: Double(n) / Double(n - k), inferenceDegreesOfFreedom: n - k)
    }

    /// G/(G−1) · (n−1)/(n−k) with t(G−1): Stata `regress, vce(cluster c)` (CR1); with absorbed fixed effects in k,
    /// `reghdfe, vce(cluster c)`.
    public static func clustered(clusters g: Int, observations n: Int, parameters k: Int, absorbed: Bool = false) -> SmallSampleCorrection {
        let factor = Double(g) / Double(g - 1) * (Double(n - 1) / Double(n - k))
        return SmallSampleCorrection(convention: absorbed ? "stata_reghdfe_cluster" : "stata_regress_cluster", factor: factor,
                                     inferenceDegreesOfFreedom: g - 1)
    }
}

/// A covariance matrix of the coefficients: the unscaled estimate, the correction applied, and the result.
public struct CovarianceEstimate {
    /// The ABI name of the estimator: `iid`, `hc1`, `cluster`.
    public let type: String
    public let unscaled: Matrix
    public let correction: SmallSampleCorrection
    /// Number of clusters, for clustered estimators.
    public let clusterCount: Int?

    public var matrix: Matrix {
        Matrix(rows: unscaled.rows, columns: unscaled.columns, columnMajor: unscaled.storage.map { $0 * correction.factor })
    }
}
