/// The covariance of a panel estimator fitted on transformed data, with Stata `xtreg`'s small-sample conventions:
/// iid and hc1 count `absorbedParameters` (the unit means of the within model) in n − K; `{"cluster": c}` uses
/// G/(G−1)·(N−1)/(N−K) and does not count them when every unit lies in one cluster (`xtreg, fe vce(cluster id)`
/// matches Stata to its printed digits; clusters that cut through units count them, as `reghdfe` does).
/// "hc1" is plain White HC1 with that n/(n − K) factor — not Stata's `xtreg, vce(robust)`, which is clustered by
/// unit; ask for `{"cluster": ID}` to get that.
enum PanelCovariance {
    /// `rows[i]` is the table row of observation i of `fit` (for cluster ids), `unitOf[i]` its unit.
    static func estimate(_ choice: CovarianceChoice, fit: LeastSquaresFit, rows: [Int], unitOf: [Int],
                         absorbedParameters: Int, table: DataTable, at location: String) throws(PanelError) -> CovarianceEstimate {
        switch choice {
        case .iid:
            return IIDCovariance.estimate(inputs(fit, absorbedParameters))
        case .hc1:
            return HeteroskedasticityRobustCovariance.estimate(inputs(fit, absorbedParameters))
        case .cluster(let name):
            let clusters = GroupIndex(try table.requireColumn(name, at: location), rows: rows)
            let nested = unitsAreNested(unitOf, in: clusters)
            return try ClusterRobustCovariance.estimate(inputs(fit, nested ? 0 : absorbedParameters), clusterOf: clusters.groupOf,
                                                        clusterCount: clusters.count, at: location)
        }
    }

    private static func inputs(_ fit: LeastSquaresFit, _ absorbed: Int) -> CovarianceInputs {
        CovarianceInputs(regressors: fit.keptRegressors, residuals: fit.residuals, rInverse: fit.rInverse, absorbedParameters: absorbed)
    }

    /// Whether all observations of each unit share one cluster.
    private static func unitsAreNested(_ unitOf: [Int], in clusters: GroupIndex) -> Bool {
        var clusterOfUnit: [Int: Int] = [:]
        for (i, unit) in unitOf.enumerated() {
            if let seen = clusterOfUnit.updateValue(clusters.groupOf[i], forKey: unit), seen != clusters.groupOf[i] { return false }
        }
        return true
    }
}
