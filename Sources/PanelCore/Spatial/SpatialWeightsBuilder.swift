/// Builds raw (unstandardised) `SpatialWeights` from a dense matrix, an edge list, coordinates or an attribute,
/// checking what every construction must satisfy: finite non-negative weights and a zero diagonal.
public enum SpatialWeightsBuilder {
    /// A dense matrix given row by row (contiguity or any user matrix; libpysal `W.from_array`). Fails with
    /// `invalid_data` for a matrix of the wrong size, a negative or non-finite weight or a non-zero diagonal.
    public static func dense(ids: [String], rows: [[Double]], at location: String) throws(PanelError) -> SpatialWeights {
        let n = ids.count
        guard rows.count == n else {
            throw PanelError(.invalidData, "the weights matrix has \(rows.count) rows but there are \(n) units", at: location)
        }
        var matrix = Matrix(rows: n, columns: n)
        for (i, row) in rows.enumerated() {
            guard row.count == n else {
                throw PanelError(.invalidData, "row \(i + 1) of the weights matrix has \(row.count) entries but there are \(n) units", at: location + "/\(i)")
            }
            for (j, w) in row.enumerated() {
                try checkWeight(w, i, j, at: location + "/\(i)/\(j)")
                matrix[i, j] = w
            }
        }
        return SpatialWeights(ids: ids, matrix: matrix, construction: "dense")
    }

    /// Directed edges (i, j, w): W[i, j] = w; list both directions for a symmetric (contiguity) matrix. A pair may
    /// appear once.
    public static func edges(ids: [String], edges: [(from: Int, to: Int, weight: Double)], at location: String) throws(PanelError) -> SpatialWeights {
        var matrix = Matrix(rows: ids.count, columns: ids.count)
        for (k, edge) in edges.enumerated() {
            try checkWeight(edge.weight, edge.from, edge.to, at: location + "/\(k)")
            guard matrix[edge.from, edge.to] == 0 else {
                throw PanelError(.invalidData, "the edge from '\(ids[edge.from])' to '\(ids[edge.to])' is listed twice", at: location + "/\(k)")
            }
            matrix[edge.from, edge.to] = edge.weight
        }
        return SpatialWeights(ids: ids, matrix: matrix, construction: "edges")
    }

    /// Inverse great-circle distance w_ij = 1 / d_ij^power for d_ij ≤ cutoff (all pairs without a cut-off), d in km
    /// (Stata `spmatrix create idistance`, libpysal `DistanceBand(binary=False, alpha=−power)` on arc distances).
    /// Fails with `invalid_data` when two units share a location (infinite weight). `power` > 0.
    public static func inverseDistance(ids: [String], latitudes: [Double], longitudes: [Double], power: Double,
                                       cutoffKm: Double?, at location: String) throws(PanelError) -> SpatialWeights {
        let distances = try distanceMatrix(ids: ids, latitudes: latitudes, longitudes: longitudes, at: location)
        var matrix = Matrix(rows: ids.count, columns: ids.count)
        for j in 0..<ids.count {
            for i in 0..<ids.count where i != j && distances[i, j] <= (cutoffKm ?? .infinity) {
                guard distances[i, j] > 0 else {
                    throw PanelError(.invalidData, "units '\(ids[i])' and '\(ids[j])' are at the same location: their inverse-distance weight is infinite",
                                     at: location)
                }
                matrix[i, j] = inversePower(distances[i, j], power)
            }
        }
        return SpatialWeights(ids: ids, matrix: matrix, construction: "inverse_distance")
    }

    /// k nearest neighbours by great-circle distance, binary weights (libpysal `KNN` with arc distances); ties are
    /// broken by the lower unit index. 1 ≤ k < N.
    public static func nearestNeighbours(ids: [String], latitudes: [Double], longitudes: [Double], k: Int,
                                         at location: String) throws(PanelError) -> SpatialWeights {
        guard k >= 1, k < ids.count else {
            throw PanelError(.invalidOption, "knn must be between 1 and the number of units − 1 (\(ids.count - 1))", at: location)
        }
        let distances = try distanceMatrix(ids: ids, latitudes: latitudes, longitudes: longitudes, at: location)
        var matrix = Matrix(rows: ids.count, columns: ids.count)
        for i in 0..<ids.count {
            let others = (0..<ids.count).filter { $0 != i }.sorted { a, b in
                distances[i, a] < distances[i, b] || (distances[i, a] == distances[i, b] && a < b)
            }
            for j in others.prefix(k) { matrix[i, j] = 1 }
        }
        return SpatialWeights(ids: ids, matrix: matrix, construction: "knn")
    }

    /// Economic distance w_ij = 1 / |x̄_i − x̄_j|^power from the units' attribute means x̄ (e.g. mean GDP per capita
    /// over the sample years — the economic-distance matrix of seed 003, Table 7). Fails with `invalid_data` when two
    /// units have the same mean (infinite weight).
    public static func economicDistance(ids: [String], means: [Double], power: Double, at location: String) throws(PanelError) -> SpatialWeights {
        var matrix = Matrix(rows: ids.count, columns: ids.count)
        for j in 0..<ids.count {
            for i in 0..<ids.count where i != j {
                let gap = (means[i] - means[j]).magnitude
                guard gap > 0 else {
                    throw PanelError(.invalidData, "units '\(ids[i])' and '\(ids[j])' have the same attribute mean: their economic-distance weight is infinite",
                                     at: location)
                }
                matrix[i, j] = inversePower(gap, power)
            }
        }
        return SpatialWeights(ids: ids, matrix: matrix, construction: "economic_distance")
    }

    /// 1 / d^power; exact division for the common powers 1 and 2, `Elementary.pow` otherwise.
    private static func inversePower(_ d: Double, _ power: Double) -> Double {
        switch power {
        case 1: return 1 / d
        case 2: return 1 / (d * d)
        default: return 1 / Elementary.pow(d, power)
        }
    }

    private static func distanceMatrix(ids: [String], latitudes: [Double], longitudes: [Double], at location: String) throws(PanelError) -> Matrix {
        let n = ids.count
        for i in 0..<n {
            guard latitudes[i].isFinite, longitudes[i].isFinite, latitudes[i].magnitude <= 90 else {
                throw PanelError(.invalidData, "unit '\(ids[i])' has no valid coordinates (latitude within ±90, finite longitude)", at: location)
            }
        }
        var distances = Matrix(rows: n, columns: n)
        for j in 0..<n {
            for i in 0..<j {
                let d = GreatCircleDistance.kilometres(latitude1: latitudes[i], longitude1: longitudes[i],
                                                       latitude2: latitudes[j], longitude2: longitudes[j])
                distances[i, j] = d
                distances[j, i] = d
            }
        }
        return distances
    }

    private static func checkWeight(_ w: Double, _ i: Int, _ j: Int, at location: String) throws(PanelError) {
        guard w.isFinite, w >= 0 else {
            throw PanelError(.invalidData, "weights must be finite and non-negative", at: location)
        }
        guard i != j || w == 0 else {
            throw PanelError(.invalidData, "the diagonal of the weights matrix must be zero (a unit is not its own neighbour)", at: location)
        }
    }
}
