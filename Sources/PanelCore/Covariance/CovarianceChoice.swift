/// The covariance a request asks for: `"iid"`, `"hc1"` (alias `"robust"`, Stata's `vce(robust)`),
/// `{"cluster": "COLUMN"}` (one-way, Stata `vce(cluster c)`), `{"cluster": ["A", "B"]}` (two-way, Cameron–Gelbach–Miller
/// as `reghdfe`), or `"driscoll_kraay"` / `{"driscoll_kraay": {"lag": L}}` (Driscoll–Kraay over the panel's periods).
public enum CovarianceChoice: Equatable {
    case iid
    case hc1
    case cluster(String)
    case twoWayCluster(String, String)
    case driscollKraay(lag: Int?)

    /// Data columns the choice needs (they take part in listwise deletion).
    public var requiredColumns: [String] {
        switch self {
        case .cluster(let name): return [name]
        case .twoWayCluster(let first, let second): return [first, second]
        default: return []
        }
    }

    /// Computes the chosen covariance for a least-squares fit. `absorbedParameters(clusterings)` says how many
    /// parameters absorbed outside the fit (fixed effects, unit means) the small-sample factor counts when the errors
    /// are clustered on `clusterings` (empty for unclustered errors): see `AbsorbedDegrees` for `reghdfe`'s rule.
    public func estimate(for fit: LeastSquaresFit, table: DataTable, panel: PanelIndex?,
                         absorbedParameters: (_ clusterings: [[Int]]) -> Int,
                         warnings: inout [String], at location: String) throws(PanelError) -> CovarianceEstimate {
        try estimate(regressors: fit.keptRegressors, residuals: fit.residuals, rInverse: fit.rInverse, rowsUsed: fit.design.rowsUsed,
                     table: table, panel: panel, absorbedParameters: absorbedParameters, warnings: &warnings, at: location)
    }

    /// The chosen covariance of any linear estimator whose sandwich is R⁻¹ (Σ_g s_g s_gᵀ) R⁻ᵀ with scores taken on
    /// `regressors` (n × k) and `residuals`, and bread R⁻¹R⁻ᵀ (`rInverse`, k × k) — least squares, or instrumental
    /// variables with the projected regressors (see `CovarianceInputs`). `rowsUsed` are the table rows of the n
    /// observations (for cluster and period lookups).
    public func estimate(regressors: Matrix, residuals: [Double], rInverse: Matrix, rowsUsed: [Int], table: DataTable,
                         panel: PanelIndex?, absorbedParameters: (_ clusterings: [[Int]]) -> Int,
                         warnings: inout [String], at location: String) throws(PanelError) -> CovarianceEstimate {
        func inputs(clusteredOn clusterings: [[Int]] = []) -> CovarianceInputs {
            CovarianceInputs(regressors: regressors, residuals: residuals, rInverse: rInverse,
                             absorbedParameters: absorbedParameters(clusterings))
        }
        func groups(_ name: String) throws(PanelError) -> GroupIndex {
            GroupIndex(try table.requireColumn(name, at: location), rows: rowsUsed)
        }
        switch self {
        case .iid:
            return IIDCovariance.estimate(inputs())
        case .hc1:
            return HeteroskedasticityRobustCovariance.estimate(inputs())
        case .cluster(let name):
            let clusters = try groups(name)
            return try ClusterRobustCovariance.estimate(inputs(clusteredOn: [clusters.groupOf]), clusterOf: clusters.groupOf,
                                                        clusterCount: clusters.count, at: location)
        case .twoWayCluster(let firstName, let secondName):
            let first = try groups(firstName), second = try groups(secondName)
            let (estimate, notes) = try TwoWayClusterCovariance.estimate(inputs(clusteredOn: [first.groupOf, second.groupOf]), first: first.groupOf,
                                                                         firstCount: first.count, second: second.groupOf,
                                                                         secondCount: second.count, at: location)
            warnings += notes
            return estimate
        case .driscollKraay(let lag):
            guard let panel else {
                throw PanelError(.invalidRequest, "Driscoll-Kraay errors need the request's \"panel\": {\"id\": …, \"time\": …}", at: location)
            }
            let times = rowsUsed.map { panel.timeOf[$0] }
            let periods = Array(Set(times)).sorted()
            var periodIndex: [Int: Int] = [:]
            for (k, t) in periods.enumerated() { periodIndex[t] = k }
            return try DriscollKraayCovariance.estimate(inputs(), periodOf: times.map { periodIndex[$0]! },
                                                        periodCount: periods.count, lag: lag, at: location)
        }
    }
}
