/// The covariance a request asks for: `"iid"`, `"hc1"` (alias `"robust"`, Stata's `vce(robust)`), or
/// `{"cluster": "COLUMN"}` (one-way clustering, Stata's `vce(cluster COLUMN)`).
public enum CovarianceChoice: Equatable {
    case iid
    case hc1
    case cluster(String)

    /// Data columns the choice needs (they take part in listwise deletion).
    public var requiredColumns: [String] {
        if case .cluster(let name) = self { return [name] }
        return []
    }

    /// Computes the chosen covariance for a least-squares fit whose regressors were residualised on `fixedEffects`
    /// (none for plain OLS). Absorbed levels count in K as `reghdfe` counts them: all of them, except for clustered
    /// errors the levels of fixed effects nested in the clusters.
    public func estimate(for fit: LeastSquaresFit, table: DataTable, panel: PanelIndex?, fixedEffects: [FixedEffectFactor],
                         at location: String) throws(PanelError) -> CovarianceEstimate {
        func inputs(clusterOf: [Int]?) -> CovarianceInputs {
            let degrees = fixedEffects.isEmpty ? nil : AbsorbedDegrees(fixedEffects, clusterOf: clusterOf)
            return CovarianceInputs(regressors: fit.keptRegressors, residuals: fit.residuals, rInverse: fit.rInverse,
                                    absorbedParameters: degrees.map { $0.total - $0.nestedInClusters } ?? 0)
        }
        switch self {
        case .iid:
            return IIDCovariance.estimate(inputs(clusterOf: nil))
        case .hc1:
            return HeteroskedasticityRobustCovariance.estimate(inputs(clusterOf: nil))
        case .cluster(let name):
            let groups = GroupIndex(try table.requireColumn(name, at: location), rows: fit.design.rowsUsed)
            return try ClusterRobustCovariance.estimate(inputs(clusterOf: groups.groupOf), clusterOf: groups.groupOf,
                                                        clusterCount: groups.count, at: location)
        }
    }
}
