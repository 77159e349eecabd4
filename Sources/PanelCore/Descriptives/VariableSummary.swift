/// One row of a descriptive table for one numeric variable over the non-missing values of a sample: N, mean,
/// standard deviation (divisor n − 1), minimum, the requested percentiles (type 7, see `SamplePercentile`) and
/// maximum — the numbers of pandas `describe`.
///
/// With no values, mean, minimum and maximum are nil and `percentiles` is empty; with one value the standard
/// deviation is nil (n − 1 = 0; pandas gives NaN) and every percentile is that value.
public struct VariableSummary: Equatable {
    public let name: String
    /// Number of non-missing values.
    public let count: Int
    public let mean: Double?
    public let standardDeviation: Double?
    public let minimum: Double?
    /// (p in percent, value), in the order requested.
    public let percentiles: [(p: Double, value: Double)]
    public let maximum: Double?

    /// The summary of `values` (missing values already removed) at the percentiles `requested` (0 < p < 100).
    init(name: String, values: [Double], percentiles requested: [Double]) {
        self.name = name
        self.count = values.count
        let sorted = values.sorted()
        guard let first = sorted.first, let last = sorted.last else {
            self.mean = nil
            self.standardDeviation = nil
            self.minimum = nil
            self.percentiles = []
            self.maximum = nil
            return
        }
        let mean = AccurateMoments.mean(values)
        self.mean = mean
        if values.count > 1 {
            let squares = AccurateMoments.centredCrossProduct(values, values, meanX: mean, meanY: mean)
            self.standardDeviation = (squares / Double(values.count - 1)).squareRoot()
        } else {
            self.standardDeviation = nil
        }
        self.minimum = first
        self.percentiles = requested.map { (p: $0, value: SamplePercentile.of(sorted: sorted, p: $0 / 100)) }
        self.maximum = last
    }

    public static func == (a: VariableSummary, b: VariableSummary) -> Bool {
        a.name == b.name && a.count == b.count && a.mean == b.mean && a.standardDeviation == b.standardDeviation
            && a.minimum == b.minimum && a.maximum == b.maximum && a.percentiles.count == b.percentiles.count
            && zip(a.percentiles, b.percentiles).allSatisfy { $0.p == $1.p && $0.value == $1.value }
    }
}
