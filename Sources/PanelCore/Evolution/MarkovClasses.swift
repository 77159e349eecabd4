/// The k classes a Markov chain moves between, given by k − 1 increasing cut points: class c (0-based) holds the
/// values in (cut[c − 1], cut[c]], the first class everything up to cut[0] and the last everything above the last
/// cut — a value equal to a cut belongs to the lower class, as mapclassify's upper bounds (giddy `Spatial_Markov`
/// with `cutoffs`, mapclassify `UserDefined`).
///
/// Quantile classes follow mapclassify `Quantiles` on the pooled values (giddy `Spatial_Markov(fixed=True)`): upper
/// bounds at the 100·j/k percentiles, j = 1…k, by linear interpolation (NumPy's default, `SamplePercentile`), repeated
/// bounds dropped — ties can leave fewer than k classes, as mapclassify does (with a warning there).
public struct MarkovClasses: Equatable, Sendable {
    /// The upper bounds of every class but the last, strictly increasing.
    public let cuts: [Double]
    /// Whether the cuts are quantiles of the data (else given).
    public let fromQuantiles: Bool

    /// The number of classes, cuts + 1.
    public var count: Int { cuts.count + 1 }

    /// Classes with the given cuts (strictly increasing, finite: checked by the caller).
    public init(cuts: [Double], fromQuantiles: Bool = false) {
        self.cuts = cuts
        self.fromQuantiles = fromQuantiles
    }

    /// Quantile classes of `values` (no NaN, at least one): at most `count` classes, fewer where quantiles tie.
    public static func quantiles(of values: [Double], count: Int) -> MarkovClasses {
        let sorted = values.sorted()
        var bounds: [Double] = []
        for j in 1...count {
            let bound = SamplePercentile.of(sorted: sorted, p: Double(j) / Double(count))
            if bounds.last != bound { bounds.append(bound) }
        }
        return MarkovClasses(cuts: Array(bounds.dropLast()), fromQuantiles: true)
    }

    /// The class of `x`: the number of cuts below it.
    public func classOf(_ x: Double) -> Int {
        var low = 0, high = cuts.count
        while low < high {
            let middle = (low + high) / 2
            if cuts[middle] < x { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
