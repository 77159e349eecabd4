/// The second pass of an out-of-core regression over one partition (or several, summed): with the coefficients of
/// the merged piece (`PieceFit`), the partition's residuals give the meat of the robust or clustered covariance,
/// Σ_g s_g s_gᵀ in the orthogonalised basis (`CovarianceInputs.scoreOuterProduct`; every observation its own group
/// for hc1). Clusters must each lie inside one unit, hence inside one partition; whether each unit lies in one
/// cluster decides the absorbed parameters the cluster small-sample factor counts (`AbsorbedDegrees`).
struct ScoreSums {
    let digest: String
    /// The fingerprint of the merged piece the coefficients came from.
    let fitDigest: String
    let rows: Int
    /// Clusters (0 for hc1).
    let clusters: Int
    let unitsInOneCluster: Bool
    let meat: Matrix

    init(digest: String, fitDigest: String, rows: Int, clusters: Int, unitsInOneCluster: Bool, meat: Matrix) {
        self.digest = digest
        self.fitDigest = fitDigest
        self.rows = rows
        self.clusters = clusters
        self.unitsInOneCluster = unitsInOneCluster
        self.meat = meat
    }

    /// The sums over `partition` under `model`'s covariance, with `fit` of the merged `piece`.
    init(_ partition: PartitionDesign, table: DataTable, model: PartialModel, piece: TriangularPiece, fit: PieceFit,
         at location: String) throws(PanelError) {
        let n = partition.demeaned.rows
        let regressors = Matrix(columnVectors: fit.keptColumns.map { partition.demeaned.column($0) })
        let response = partition.demeaned.column(partition.demeaned.columns - 1)
        var residuals = response
        for (position, coefficient) in fit.coefficients.enumerated() {
            for i in 0..<n { residuals[i] -= regressors[i, position] * coefficient }
        }
        let inputs = CovarianceInputs(regressors: regressors, residuals: residuals, rInverse: fit.rInverse)
        var groups = (of: Array(0..<n), count: n)
        var (unitsInOneCluster, clusterCount) = (false, 0)
        if case .cluster(let name) = model.covariance {
            let clusters = GroupIndex(try table.requireColumn(name, at: location + "/vcov"), rows: partition.rowsUsed)
            var unitOfCluster = [Int](repeating: -1, count: clusters.count)
            var clusterOfUnit = [Int](repeating: -1, count: partition.unitCount)
            unitsInOneCluster = true
            for i in 0..<n {
                let (cluster, unit) = (clusters.groupOf[i], partition.unitOf[i])
                guard unitOfCluster[cluster] < 0 || unitOfCluster[cluster] == unit else {
                    throw PanelError(.invalidOption, "a cluster of '\(name)' spans two units of '\(model.unitName)': out-of-core clustered errors "
                                     + "need clusters nested in the units (e.g. clustered on the unit)", at: location + "/vcov")
                }
                unitOfCluster[cluster] = unit
                if clusterOfUnit[unit] >= 0 && clusterOfUnit[unit] != cluster { unitsInOneCluster = false }
                clusterOfUnit[unit] = cluster
            }
            groups = (clusters.groupOf, clusters.count)
            clusterCount = clusters.count
        }
        self.init(digest: model.digest, fitDigest: piece.fitDigest, rows: n, clusters: clusterCount,
                  unitsInOneCluster: unitsInOneCluster, meat: inputs.scoreOuterProduct(group: groups.of, groupCount: groups.count))
    }

    /// The sums of all `parts` (at least one), which must come from the same model and merged piece.
    static func merged(_ parts: [ScoreSums]) -> ScoreSums {
        var meat = parts[0].meat
        for part in parts.dropFirst() {
            for index in meat.storage.indices { meat.storage[index] += part.meat.storage[index] }
        }
        return ScoreSums(digest: parts[0].digest, fitDigest: parts[0].fitDigest, rows: parts.reduce(0) { $0 + $1.rows },
                         clusters: parts.reduce(0) { $0 + $1.clusters }, unitsInOneCluster: parts.allSatisfy { $0.unitsInOneCluster },
                         meat: meat)
    }
}
