/// The distribution of one sample (a period, or a period within a group): its size, mean, standard deviation
/// (n − 1), interquartile range (linearly interpolated quartiles), moment skewness g₁ = m₃/m₂^(3/2) (Stata
/// `summarize, detail` and scipy `skew`; nil for a constant sample), the bandwidth used and the density curve with
/// its peaks.
struct KernelDensitySample: Equatable {
    let period: Int
    /// The group's label, or nil without a group column.
    let group: String?
    let count: Int
    let mean: Double
    let standardDeviation: Double
    let interquartileRange: Double
    let skewness: Double?
    let bandwidth: Double
    let curve: KernelDensityCurve

    /// The summaries and the curve of `values` (at least two) on `range`, or on min − 3h … max + 3h without one.
    /// A bandwidth rule meeting a constant sample (h = 0) and a grid beyond the double range are `invalid_data` for
    /// the sample `name` at `location`.
    init(_ values: [Double], period: Int, group: String?, kernel: KernelDensityKernel, rule: KernelDensityBandwidth,
         points: Int, range: (low: Double, high: Double)?, name: String, at location: String) throws(PanelError) {
        let sorted = values.sorted()
        let n = Double(values.count)
        let mean = AccurateMoments.mean(values)
        let squares = AccurateMoments.centredCrossProduct(values, values, meanX: mean, meanY: mean)
        let sd = (squares / (n - 1)).squareRoot()
        let h = rule.bandwidth(sorted: sorted, sd: sd)
        guard h > 0 else {
            throw PanelError(.invalidData, "the variable is constant in \(name): the \(rule.name) rule gives no positive bandwidth; "
                             + "give 'bandwidth' as a number", at: location + "/variable")
        }
        let low = range?.low ?? sorted[0] - 3 * h
        let high = range?.high ?? sorted[sorted.count - 1] + 3 * h
        guard (high - low).isFinite, h.isFinite else {
            let cause = range != nil ? "/range" : rule == .silverman || rule == .scott ? "/variable" : "/bandwidth"
            throw PanelError(.invalidData, "the evaluation grid of \(name) spans beyond the double range", at: location + cause)
        }
        let cubes = AccurateMoments.sum(values.map { ($0 - mean) * ($0 - mean) * ($0 - mean) })
        let secondMoment = squares / n
        self.period = period
        self.group = group
        count = values.count
        self.mean = mean
        standardDeviation = sd
        interquartileRange = SamplePercentile.of(sorted: sorted, p: 0.75) - SamplePercentile.of(sorted: sorted, p: 0.25)
        skewness = secondMoment > 0 ? (cubes / n) / (secondMoment * secondMoment.squareRoot()) : nil
        bandwidth = h
        curve = KernelDensityCurve(values, kernel: kernel, bandwidth: h, grid: KernelDensityCurve.evenGrid(from: low, to: high, count: points))
    }
}
