/// How observations' scores are summed for the robust versions of the identification, Anderson–Rubin and
/// Sanderson–Windmeijer statistics (as `ranktest` and `ivreg2` form them): not at all under iid errors, each
/// observation on its own for `hc1`, by cluster for one-way clustering, and as A + B − (A∩B) for two-way clustering
/// (Cameron–Gelbach–Miller). Driscoll–Kraay has no such statistic here.
enum ScoreGrouping {
    /// One way of summing scores, entering the meat with `sign`.
    struct Clustering {
        let groupOf: [Int]
        let count: Int
        let sign: Double
    }

    case iid
    /// `clusters` is the G of the (G − 1)/G factor of ivreg2's F statistics (nil without clustering).
    case grouped([Clustering], clusters: Int?)
    case unsupported

    init(_ choice: CovarianceChoice, table: DataTable, rowsUsed: [Int], at location: String) throws(PanelError) {
        func groups(_ name: String) throws(PanelError) -> GroupIndex {
            GroupIndex(try table.requireColumn(name, at: location), rows: rowsUsed)
        }
        switch choice {
        case .iid:
            self = .iid
        case .hc1:
            self = .grouped([Clustering(groupOf: Array(0..<rowsUsed.count), count: rowsUsed.count, sign: 1)], clusters: nil)
        case .cluster(let name):
            let clusters = try groups(name)
            self = .grouped([Clustering(groupOf: clusters.groupOf, count: clusters.count, sign: 1)], clusters: clusters.count)
        case .twoWayCluster(let firstName, let secondName):
            let first = try groups(firstName), second = try groups(secondName)
            let pairs = TwoWayClusterCovariance.intersectionClusters(first.groupOf, second.groupOf)
            self = .grouped([Clustering(groupOf: first.groupOf, count: first.count, sign: 1),
                             Clustering(groupOf: second.groupOf, count: second.count, sign: 1),
                             Clustering(groupOf: pairs.groupOf, count: pairs.count, sign: -1)],
                            clusters: min(first.count, second.count))
        case .driscollKraay:
            self = .unsupported
        }
    }

    /// The number of clusters G (nil without clustering).
    var clusterCount: Int? {
        if case .grouped(_, let clusters) = self { return clusters }
        return nil
    }

    /// Σ_c sign_c Σ_g t_g t_gᵀ with t_g = Σ_{i∈g} weightᵢ · rowᵢ(m) (m is n × q); nil when iid or unsupported.
    func outerProduct(of m: Matrix, weights: [Double]) -> Matrix? {
        guard case .grouped(let clusterings, _) = self else { return nil }
        var total = Matrix(rows: m.columns, columns: m.columns)
        for clustering in clusterings {
            var scores = Matrix(rows: clustering.count, columns: m.columns)
            for j in 0..<m.columns {
                for i in 0..<m.rows { scores[clustering.groupOf[i], j] += weights[i] * m[i, j] }
            }
            let gram = scores.gram()
            for index in total.storage.indices { total.storage[index] += clustering.sign * gram.storage[index] }
        }
        return total
    }

    /// The unscaled Wald statistic gᵀV⁻¹g of all coefficients of r on the instruments Z (n × l), g = Zᵀr, with
    /// V = σ²ZᵀZ under iid (σ² = RSS/N of r on Z) or the grouped outer product of the scores of r's residuals on Z.
    /// Nil when unsupported or V is not positive definite.
    func wald(of r: [Double], on instruments: Matrix, projection: ColumnSpaceProjection) -> Double? {
        let moments = instruments.transposeTimes(r)
        let reduced = projection.residuals(r)
        let meat: Matrix
        switch self {
        case .unsupported:
            return nil
        case .iid:
            let gram = instruments.gram()
            let scale = Matrix.innerProduct(reduced, reduced) / Double(r.count)
            meat = Matrix(rows: gram.rows, columns: gram.columns, columnMajor: gram.storage.map { $0 * scale })
        case .grouped:
            guard let grouped = outerProduct(of: instruments, weights: reduced) else { return nil }
            meat = grouped
        }
        return Self.inverseQuadraticForm(meat, moments)
    }

    /// gᵀA⁻¹g for a symmetric nonsingular A, by its eigen-decomposition (A may be indefinite, as a two-way clustered
    /// meat can be; `ranktest` inverts such matrices too). Nil when an eigenvalue is below 1e-12 of the largest in
    /// magnitude (singular) or the decomposition fails.
    static func inverseQuadraticForm(_ a: Matrix, _ g: [Double]) -> Double? {
        guard let eigen = try? SymmetricEigen(a), let largest = eigen.values.map({ $0.magnitude }).max(), largest > 0 else { return nil }
        var total = 0.0
        for (index, value) in eigen.values.enumerated() {
            guard value.magnitude > 1e-12 * largest else { return nil }
            let projection = Matrix.innerProduct(eigen.vectors.column(index), g)
            total += projection * projection / value
        }
        return total
    }
}
