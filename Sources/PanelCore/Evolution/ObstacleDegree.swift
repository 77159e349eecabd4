/// The obstacle degree model of an index's m indicators: factor contribution F_j = w_j (the indicator weights),
/// deviation I_ij = 1 − x'_ij (x' the range-normalised indicator, 1 the best observation) and obstacle degree
/// O_ij = F_j I_ij / Σ_k F_k I_ik, the share of indicator j in what keeps observation i from the best level.
public struct ObstacleDegree: Sendable {
    /// obstacles[i]: O_i1 … O_im of observation i (summing to 1); nil when it deviates in no weighted indicator
    /// (Σ_k F_k I_ik = 0: the best observation in every indicator).
    public let obstacles: [[Double]?]

    /// `normalised[j]`: indicator j's range-normalised values x'_ij; `weights[j]`: F_j ≥ 0, not all 0. The weights
    /// enter divided by the largest (O is scale-free), so that their sums stay finite for any finite weights.
    public init(normalised: [[Double]], weights: [Double]) {
        let count = normalised.first?.count ?? 0
        let largest = weights.reduce(0) { max($0, $1) }
        obstacles = (0..<count).map { i in
            let products = zip(normalised, weights).map { column, weight in weight / largest * (1 - column[i]) }
            let total = products.reduce(0, +)
            return total > 0 ? products.map { $0 / total } : nil
        }
    }
}

/// The mean obstacle degree of each indicator (and of each dimension: the sum over its indicators) over a set of
/// observations, and the indicators ranked by it (largest first, ties in indicator order). Observations without an
/// obstacle (nil) are left out of the means.
public struct ObstacleProfile: Sendable {
    /// Observations averaged.
    public let count: Int
    public let degrees: [Double]
    /// Indicator positions, largest mean obstacle degree first.
    public let ranking: [Int]
    /// One mean per dimension of `dimensionMembers`.
    public let dimensions: [Double]

    public init(_ model: ObstacleDegree, observations: [Int], indicatorCount: Int, dimensionMembers: [[Int]]) {
        let rows = observations.compactMap { model.obstacles[$0] }
        let scale = 1 / Double(max(rows.count, 1))
        let degrees = (0..<indicatorCount).map { j in rows.reduce(0.0) { $0 + $1[j] } * scale }
        count = rows.count
        self.degrees = degrees
        ranking = degrees.indices.sorted { degrees[$0] > degrees[$1] || (degrees[$0] == degrees[$1] && $0 < $1) }
        dimensions = dimensionMembers.map { members in members.reduce(0.0) { $0 + degrees[$1] } }
    }
}
