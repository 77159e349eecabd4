/// How observations' scores are summed for the robust versions of the identification and overidentification
/// statistics (as `ranktest` and `ivreg2` form them): not at all under iid errors, each observation on its own for
/// `hc1`, by cluster for one-way clustering. Two-way clustering and Driscoll–Kraay have no such statistic here.
enum ScoreGrouping {
    case iid
    case groups(groupOf: [Int], count: Int, clustered: Bool)
    case unsupported

    init(_ choice: CovarianceChoice, table: DataTable, rowsUsed: [Int], at location: String) throws(PanelError) {
        switch choice {
        case .iid:
            self = .iid
        case .hc1:
            self = .groups(groupOf: Array(0..<rowsUsed.count), count: rowsUsed.count, clustered: false)
        case .cluster(let name):
            let groups = GroupIndex(try table.requireColumn(name, at: location), rows: rowsUsed)
            self = .groups(groupOf: groups.groupOf, count: groups.count, clustered: true)
        case .twoWayCluster, .driscollKraay:
            self = .unsupported
        }
    }

    /// Σ_g t_g t_gᵀ with t_g = Σ_{i∈g} weightᵢ · rowᵢ(m): the outer product of grouped scores (m is n × q).
    func outerProduct(of m: Matrix, weights: [Double], groupOf: [Int], count: Int) -> Matrix {
        var scores = Matrix(rows: count, columns: m.columns)
        for j in 0..<m.columns {
            for i in 0..<m.rows { scores[groupOf[i], j] += weights[i] * m[i, j] }
        }
        return scores.gram()
    }
}
