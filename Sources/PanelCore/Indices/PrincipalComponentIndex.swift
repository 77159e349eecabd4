/// The principal-component composite index: indicators standardised with the sample standard deviation (n − 1)
/// and sign-flipped when negative, eigen-decomposition of their correlation matrix (matches numpy.linalg.eigh),
/// component scores F_k = Z v_k and index score = Σ_k (λ_k / Σ λ_kept) · F_k over the kept components.
///
/// Sign convention: every eigenvector is oriented so that the sum of its entries is positive (when the sum is
/// exactly 0, SymmetricEigen's orientation — largest entry positive — is kept).
public enum PrincipalComponentIndex {
    /// Which components are kept.
    public enum Retain: Equatable, Sendable {
        /// Eigenvalue > 1 (at least the first component).
        case kaiser
        /// The first m components, 1 ≤ m ≤ number of indicators.
        case count(Int)
        /// The fewest leading components whose explained shares add up to at least s, 0 < s ≤ 1.
        case cumulativeShare(Double)
    }

    /// The index plus all eigenvalues (descending), their explained shares λ_k / Σλ, and the loadings of the kept
    /// components (indicators × kept, v_jk · √λ_k: the indicator–component correlations). Weight-table rows give
    /// a_j = Σ_k (λ_k / Σ λ_kept) v_jk, the coefficient of standardised indicator j in the score; entropy and
    /// divergence are nil. Errors as in `EntropyIndex.compute`; a bad `retain` is `.invalidOption`.
    public static func compute(
        _ values: [[Double]], indicators: [IndexIndicator], retain: Retain, at location: String
    ) throws(PanelError) -> (index: CompositeIndex, eigenvalues: [Double], explained: [Double], loadings: Matrix) {
        let count = try IndexInput.validatedObservationCount(values, indicators: indicators, at: location)
        var standardised: [[Double]] = []
        for (column, indicator) in zip(values, indicators) {
            standardised.append(try standardisedColumn(column, indicator, at: location))
        }
        let eigen = try SymmetricEigen(correlation(standardised, count: count))
        let total = eigen.values.reduce(0, +)
        let explained = eigen.values.map { $0 / total }
        let kept = try keptCount(retain, eigenvalues: eigen.values, explained: explained, at: location)
        let vectors = (0..<kept).map { orientedVector(eigen.vectors.column($0)) }
        let keptTotal = eigen.values[0..<kept].reduce(0, +)
        let shares = (0..<kept).map { eigen.values[$0] / keptTotal }
        let components = vectors.map { WeightedSum.rows(of: standardised, weights: $0) }
        let scores = WeightedSum.rows(of: components, weights: shares)
        let loadings = Matrix(columnVectors: (0..<kept).map { k in
            vectors[k].map { $0 * eigen.values[k].squareRoot() }
        })
        let weights = indicators.indices.map { j in
            IndicatorWeight(dimension: indicators[j].dimension, indicator: indicators[j].name,
                            positive: indicators[j].positive, entropy: nil, divergence: nil,
                            weight: zip(vectors, shares).reduce(0) { $0 + $1.1 * $1.0[j] })
        }
        let notes = [
            "indicators standardised with the sample standard deviation (n - 1); negative ones sign-flipped",
            "components kept: " + String(kept) + " of " + String(indicators.count) + ", explaining "
                + DisplayNumber.format(explained[0..<kept].reduce(0, +), decimals: 4) + " of the variance",
            "component signs: each eigenvector's entries sum to a positive number",
            "loadings = eigenvector * sqrt(eigenvalue); weight = coefficient of the standardised indicator",
        ]
        let index = CompositeIndex(scores: scores, weights: weights, dimensionWeights: [], notes: notes)
        return (index, eigen.values, explained, loadings)
    }

    private static func standardisedColumn(
        _ column: [Double], _ indicator: IndexIndicator, at location: String
    ) throws(PanelError) -> [Double] {
        let n = Double(column.count)
        let mean = column.reduce(0, +) / n
        let squares = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let deviation = (squares / (n - 1)).squareRoot()
        guard deviation > 0 else {
            throw PanelError(.invalidData, "indicator '" + indicator.name + "' is constant (zero variance)",
                             at: location)
        }
        let sign = indicator.positive ? 1.0 : -1.0
        return column.map { sign * ($0 - mean) / deviation }
    }

    private static func correlation(_ standardised: [[Double]], count: Int) -> Matrix {
        let p = standardised.count
        var r = Matrix(rows: p, columns: p)
        for j in 0..<p {
            for k in 0...j {
                var sum = 0.0
                for i in 0..<count { sum += standardised[j][i] * standardised[k][i] }
                r[j, k] = sum / Double(count - 1)
                r[k, j] = r[j, k]
            }
        }
        return r
    }

    private static func orientedVector(_ vector: [Double]) -> [Double] {
        vector.reduce(0, +) < 0 ? vector.map { -$0 } : vector
    }

    private static func keptCount(
        _ retain: Retain, eigenvalues: [Double], explained: [Double], at location: String
    ) throws(PanelError) -> Int {
        let p = eigenvalues.count
        switch retain {
        case .kaiser:
            return max(1, eigenvalues.filter { $0 > 1 }.count)
        case .count(let m):
            guard m >= 1, m <= p else {
                throw PanelError(.invalidOption, "the number of components must lie between 1 and the number"
                                 + " of indicators", at: location)
            }
            return m
        case .cumulativeShare(let s):
            guard s > 0, s <= 1 else {
                throw PanelError(.invalidOption, "the cumulative explained share must lie in (0, 1]", at: location)
            }
            var cumulative = 0.0
            for (k, share) in explained.enumerated() {
                cumulative += share
                if cumulative >= s { return k + 1 }
            }
            return p
        }
    }
}
