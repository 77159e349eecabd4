/// One indicator of a composite index: a numeric column, its direction, and optionally its dimension
/// (the layout of seed 003's Table 1: dimension, indicator, attribute ±).
public struct IndexIndicator: Equatable, Sendable {
    public let name: String
    /// `true` when a larger value means a higher index (a "+" attribute), `false` for a "−" attribute.
    public let positive: Bool
    public let dimension: String?

    public init(name: String, positive: Bool, dimension: String? = nil) {
        self.name = name
        self.positive = positive
        self.dimension = dimension
    }
}

/// One row of the weight table: dimension, indicator, direction, entropy and divergence (nil for PCA), and the
/// indicator's weight within the whole index.
public struct IndicatorWeight: Equatable, Sendable {
    public let dimension: String?
    public let indicator: String
    public let positive: Bool
    public let entropy: Double?
    public let divergence: Double?
    public let weight: Double
}

/// A composite index: one score per observation, the weight table, the dimension weights (hierarchical entropy
/// only, otherwise empty) and plain-text notes on the conventions used.
public struct CompositeIndex: Sendable {
    public let scores: [Double]
    public let weights: [IndicatorWeight]
    public let dimensionWeights: [(dimension: String, weight: Double)]
    public let notes: [String]
}
