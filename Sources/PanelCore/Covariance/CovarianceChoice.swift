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

    /// Computes the chosen covariance for a least-squares fit.
    public func estimate(for fit: LeastSquaresFit, table: DataTable, at location: String) throws(PanelError) -> CovarianceEstimate {
        let inputs = CovarianceInputs(fit)
        switch self {
        case .iid:
            return IIDCovariance.estimate(inputs)
        case .hc1:
            return HeteroskedasticityRobustCovariance.estimate(inputs)
        case .cluster(let name):
            let groups = GroupIndex(try table.requireColumn(name, at: location), rows: fit.design.rowsUsed)
            return try ClusterRobustCovariance.estimate(inputs, clusterOf: groups.groupOf, clusterCount: groups.count, at: location)
        }
    }
}
