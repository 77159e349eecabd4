/// The spatial Markov chain (Rey 2001; giddy `Spatial_Markov`): the classic chain's moves split by the class of each
/// unit's spatial lag in the period the move starts — one chain per neighbour class — with the tests that the
/// neighbour classes share one chain (`MarkovHomogeneityTests`).
///
/// The spatial lag is W y with row-standardised W; its classes are quantiles of the pooled lags of every period
/// (giddy `fixed=True`, `MarkovClasses.quantiles`) or given cut points (giddy `lag_cutoffs`).
public struct SpatialMarkov: Sendable {
    public let lagClasses: MarkovClasses
    /// lagClassOf[t][i]: the class of unit i's spatial lag in period t.
    public let lagClassOf: [[Int]]
    /// One chain per neighbour class.
    public let chains: [MarkovChain]
    public let tests: MarkovHomogeneityTests

    /// The spatial lags of `values` (values[t][i], units in the weights' order) on `weights`.
    public static func lags(_ values: [[Double]], weights: SpatialWeights) -> [[Double]] {
        values.map { weights.spatialLag($0) }
    }

    /// The spatial chain of `transitions` (the classic chain of the same values) with the lags' classes.
    public init(_ transitions: MarkovTransitions, lags: [[Double]], lagClasses: MarkovClasses) {
        self.lagClasses = lagClasses
        lagClassOf = lags.map { period in period.map { lagClasses.classOf($0) } }
        chains = MarkovTransitions.chains(transitions.classOf, classCount: transitions.classes.count, regimeOf: lagClassOf,
                                          regimeCount: lagClasses.count)
        tests = MarkovHomogeneityTests(regimes: chains, pooled: transitions.chain)
    }
}
