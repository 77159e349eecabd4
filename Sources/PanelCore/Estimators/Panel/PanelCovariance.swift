/// The covariance of a panel estimator fitted on transformed data, with Stata `xtreg`'s small-sample conventions:
/// iid and hc1 count `absorbedParameters` (the unit means of the within model) in n − K; clustered errors
/// (`{"cluster": c}`, two-way) use G/(G−1)·(N−1)/(N−K) and do not count them when every unit lies in one cluster
/// (`xtreg, fe vce(cluster id)` matches Stata to its printed digits; clusters that cut through units count them, as
/// `reghdfe` does). "hc1" is plain White HC1 with that n/(n − K) factor — not Stata's `xtreg, vce(robust)`, which is
/// clustered by unit; ask for `{"cluster": ID}` to get that.
enum PanelCovariance {
    /// `unitOf[i]` is the unit of observation i of `fit`.
    static func estimate(_ choice: CovarianceChoice, fit: LeastSquaresFit, unitOf: [Int], absorbedParameters: Int,
                         table: DataTable, panel: PanelIndex?, warnings: inout [String], at location: String) throws(PanelError) -> CovarianceEstimate {
        try choice.estimate(for: fit, table: table, panel: panel,
                            absorbedParameters: { clusterings in
                                clusterings.contains { unitsAreNested(unitOf, in: $0) } ? 0 : absorbedParameters
                            },
                            warnings: &warnings, at: location)
    }

    /// Whether all observations of each unit share one cluster.
    private static func unitsAreNested(_ unitOf: [Int], in clusterOf: [Int]) -> Bool {
        var clusterOfUnit: [Int: Int] = [:]
        for (i, unit) in unitOf.enumerated() {
            if let seen = clusterOfUnit.updateValue(clusterOf[i], forKey: unit), seen != clusterOf[i] { return false }
        }
        return true
    }
}
