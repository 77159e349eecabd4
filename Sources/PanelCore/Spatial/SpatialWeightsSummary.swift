/// What a user should check about a weights matrix before trusting a spatial model (GeoDa's and libpysal's weights
/// summaries): size, sparsity, neighbour counts, islands, symmetry, row sums and S0 of the matrix as used.
public struct SpatialWeightsSummary: Sendable {
    public let unitCount: Int
    /// Non-zero off-diagonal entries.
    public let links: Int
    /// links / (N (N − 1)).
    public let density: Double
    public let minimumNeighbours: Int
    public let meanNeighbours: Double
    public let maximumNeighbours: Int
    /// Identifiers of units without neighbours.
    public let islands: [String]
    /// Symmetry of the matrix before standardisation and as used.
    public let inputIsSymmetric: Bool
    public let isSymmetric: Bool
    public let minimumRowSum: Double
    public let maximumRowSum: Double
    /// S0 = Σ_ij w_ij of the matrix as used (libpysal `W.s0`).
    public let totalWeight: Double
    /// Notes on islands and asymmetry.
    public let warnings: [String]

    /// Summarises `weights` as standardised.
    public init(_ weights: SpatialWeights) {
        let n = weights.unitCount
        let counts = weights.rows.map { $0.neighbours.count }
        let sums = weights.rows.map { $0.weights.reduce(0, +) }
        unitCount = n
        links = counts.reduce(0, +)
        density = n > 1 ? Double(links) / (Double(n) * Double(n - 1)) : 0
        minimumNeighbours = counts.min() ?? 0
        maximumNeighbours = counts.max() ?? 0
        meanNeighbours = n > 0 ? Double(links) / Double(n) : 0
        islands = weights.islands.map { weights.ids[$0] }
        inputIsSymmetric = weights.inputIsSymmetric
        var symmetric = true
        for i in 0..<n where symmetric {
            for j in 0..<i where weights.matrix[i, j] != weights.matrix[j, i] {
                symmetric = false
                break
            }
        }
        isSymmetric = symmetric
        minimumRowSum = sums.min() ?? 0
        maximumRowSum = sums.max() ?? 0
        totalWeight = sums.reduce(0, +)
        var warnings: [String] = []
        if !islands.isEmpty {
            warnings.append("\(islands.count) unit(s) have no neighbour (islands): their spatial lag is zero")
        }
        if !inputIsSymmetric {
            warnings.append("the weights matrix is not symmetric (w_ij ≠ w_ji for some pairs)")
        }
        self.warnings = warnings
    }
}
