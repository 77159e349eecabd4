/// A spatial weights matrix over N units, W[i, j] = the weight unit j gets in unit i's spatial lag (zero diagonal),
/// with the unit identifiers in matrix order, how it was built and how it was standardised.
///
/// Held dense (N × N, what log-determinants by eigenvalues need) and as sparse rows (what spatial lags, Moran's I and
/// permutations need). Built by `SpatialWeightsBuilder`; standardised by `standardised(_:at:)`.
public struct SpatialWeights: Sendable {
    /// How the matrix is scaled before use.
    public enum Standardisation: String, Sendable {
        /// Each row divided by its sum (libpysal transform "r", Stata `spmatrix … normalize(row)`); islands refused.
        case row
        /// The whole matrix divided by its spectral radius (Stata `spmatrix … normalize(spectral)`).
        case spectral
        /// As given.
        case none
    }

    /// The non-zero weights of one row: neighbour indices ascending and their weights.
    public struct Row: Sendable {
        public var neighbours: [Int]
        public var weights: [Double]
    }

    /// Most units a weights matrix may have. Every construction holds W dense and as sparse rows (with the distance
    /// matrix for coordinates, and the standardised copy); with a spatial model's spectrum, up to about
    /// `peakBytesPerEntry` · N² bytes at peak (Moran's I alone: about 16 N², 6.3 GB measured at 20,000 units): 1.1 GB
    /// at 5,000 units, inside wasm32's 2 GiB. Checked before anything N × N is built.
    public static let maximumUnits = 5000
    /// Peak bytes per entry of the N × N matrix while weights are built and used (measured with the Lanczos path).
    static let peakBytesPerEntry = 45

    /// Fails with `too_large` at `location`, saying how much memory the weights would take, when `units` exceeds
    /// `maximumUnits`.
    static func requireSize(units: Int, at location: String) throws(PanelError) {
        guard units > maximumUnits else { return }
        let bytes = Double(peakBytesPerEntry) * Double(units) * Double(units)
        throw PanelError(.tooLarge, "spatial weights over \(units) units are held as a dense \(units) × \(units) matrix, up to about "
                         + "\(MemoryEstimate.text(bytes: bytes)) at peak; the limit is \(maximumUnits) units", at: location)
    }

    /// Unit identifiers in matrix order (the text of the unit column, numbers as JSON writes them).
    public let ids: [String]
    /// The N × N matrix.
    public private(set) var matrix: Matrix
    /// The non-zero entries by row.
    public private(set) var rows: [Row]
    /// How the matrix was built: "dense", "edges", "inverse_distance", "knn", "economic_distance".
    public let construction: String
    public private(set) var standardisation = Standardisation.none
    /// Whether the matrix was symmetric before standardisation.
    public let inputIsSymmetric: Bool
    /// The spectral radius divided out by spectral standardisation (nil otherwise).
    public private(set) var spectralRadius: Double?
    /// The row sums d of the matrix before row standardisation (nil otherwise): for a symmetric C, D⁻¹C is similar
    /// to D^-½ C D^-½, whose eigenvector of the eigenvalue 1 is √d.
    public private(set) var rowSumsBeforeStandardisation: [Double]?

    /// Wraps `matrix` (square, zero diagonal, finite non-negative entries — checked by the builder).
    init(ids: [String], matrix: Matrix, construction: String) {
        precondition(matrix.rows == ids.count && matrix.columns == ids.count, "weights matrix and ids disagree in size")
        self.ids = ids
        self.matrix = matrix
        self.construction = construction
        self.rows = Self.sparseRows(matrix)
        var symmetric = true
        for i in 0..<ids.count where symmetric {
            for j in 0..<i where matrix[i, j] != matrix[j, i] {
                symmetric = false
                break
            }
        }
        self.inputIsSymmetric = symmetric
    }

    /// N, the number of units.
    public var unitCount: Int { ids.count }

    /// Indices of the units without any neighbour (zero rows).
    public var islands: [Int] { rows.indices.filter { rows[$0].neighbours.isEmpty } }

    /// The matrix scaled as `kind` asks. Row standardisation fails with `invalid_data` at `location` when a unit has
    /// no neighbour (its row cannot sum to one); spectral standardisation fails when the matrix is zero.
    public func standardised(_ kind: Standardisation, at location: String) throws(PanelError) -> SpatialWeights {
        var result = self
        result.standardisation = kind
        switch kind {
        case .none:
            return result
        case .row:
            if let island = islands.first {
                throw PanelError(.invalidData, "unit '\(ids[island])' has no neighbour (an island): its row cannot be standardised to sum to one; "
                                 + "drop it, widen the cut-off or use \"standardise\": \"none\"", at: location)
            }
            var sums: [Double] = []
            for i in 0..<unitCount {
                let sum = rows[i].weights.reduce(0, +)
                sums.append(sum)
                for (k, j) in rows[i].neighbours.enumerated() {
                    result.rows[i].weights[k] = rows[i].weights[k] / sum
                    result.matrix[i, j] = rows[i].weights[k] / sum
                }
            }
            result.rowSumsBeforeStandardisation = sums
        case .spectral:
            let radius = try SpectralRadius.of(self, at: location)
            guard radius > 0 else {
                throw PanelError(.invalidData, "the weights matrix is zero: it has no spectral radius to normalise by", at: location)
            }
            result.spectralRadius = radius
            for k in 0..<matrix.storage.count { result.matrix.storage[k] = matrix.storage[k] / radius }
            result.rows = Self.sparseRows(result.matrix)
        }
        return result
    }

    /// (W x)_i = Σ_j W[i, j] x_j for a vector over the units.
    public func spatialLag(_ x: [Double]) -> [Double] {
        precondition(x.count == unitCount, "spatial lag of a vector of the wrong length")
        return rows.map { row in
            var sum = 0.0
            for (k, j) in row.neighbours.enumerated() { sum += row.weights[k] * x[j] }
            return sum
        }
    }

    private static func sparseRows(_ matrix: Matrix) -> [Row] {
        (0..<matrix.rows).map { i in
            var row = Row(neighbours: [], weights: [])
            for j in 0..<matrix.columns where matrix[i, j] != 0 {
                row.neighbours.append(j)
                row.weights.append(matrix[i, j])
            }
            return row
        }
    }
}
