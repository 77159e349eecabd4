/// Kernel density estimates of a variable period by period (and, with a group column, within each group of each
/// period): the distributional dynamics papers on regional indices show as overlaid or ridge curves, with each
/// sample's spread, skewness and peaks (`estimator: "kernel_density"`, docs/abi/evolution.md). References:
/// statsmodels `KDEUnivariate` (`fft=False`) and scipy `gaussian_kde` with the same bandwidths.
struct KernelDensityEvolution {
    let kernel: KernelDensityKernel
    let rule: KernelDensityBandwidth
    /// Periods in increasing order, groups in sorted order within a period; samples of fewer than two values are
    /// left out (`skipped` names them).
    let samples: [KernelDensitySample]
    let skipped: [String]

    /// Kernel evaluations (values × grid points) one request may ask for.
    static let maximumEvaluations = 1_000_000_000

    /// `values` (NaN missing) with each row's period (`periodOf`) and group level (`groupOf`, nil when missing or
    /// without groups; `groupLabels` the levels' names). A constant sample under a bandwidth rule is `invalid_data`, and
    /// so is a grid beyond the double range; more than `maximumEvaluations` kernel evaluations are `too_large`.
    init(_ values: [Double], periodOf: [Int], groupOf: [Int?]?, groupLabels: [String], kernel: KernelDensityKernel,
         rule: KernelDensityBandwidth, points: Int, range: (low: Double, high: Double)?, budget: TimeBudget,
         at location: String) throws(PanelError) {
        guard values.count <= Self.maximumEvaluations / points else {
            throw PanelError(.tooLarge, "\(values.count) values × \(points) grid points exceed the \(Self.maximumEvaluations) kernel evaluations allowed; "
                             + "ask for fewer 'points'", at: location + "/points")
        }
        let periods = Array(Set(periodOf)).sorted()
        var periodIndex: [Int: Int] = [:]
        for (k, period) in periods.enumerated() { periodIndex[period] = k }
        let groupCount = groupOf == nil ? 1 : groupLabels.count
        // The non-missing values of each (period, group) sample, in row order.
        var buckets = Array(repeating: [Double](), count: periods.count * groupCount)
        for row in values.indices where !values[row].isNaN {
            guard let period = periodIndex[periodOf[row]] else { continue }
            if let groupOf {
                guard let group = groupOf[row] else { continue }
                buckets[period * groupCount + group].append(values[row])
            } else {
                buckets[period].append(values[row])
            }
        }
        var samples: [KernelDensitySample] = []
        var skipped: [String] = []
        for (p, period) in periods.enumerated() {
            for g in 0..<groupCount {
                let sampleValues = buckets[p * groupCount + g]
                let group: Int? = groupOf == nil ? nil : g
                let label = group.map { groupLabels[$0] }
                let name = "period \(period)" + (label.map { ", group \($0)" } ?? "")
                guard sampleValues.count >= 2 else {
                    skipped.append(name)
                    continue
                }
                try budget.check("the kernel density of \(name)", at: location)
                let sample = try KernelDensitySample(sampleValues, period: period, group: label, kernel: kernel, rule: rule, points: points,
                                                     range: range, name: name, at: location)
                samples.append(sample)
            }
        }
        guard !samples.isEmpty else {
            throw PanelError(.noObservations, "no period\(groupOf == nil ? "" : " and group") has two or more non-missing values",
                             at: location + "/variable")
        }
        self.kernel = kernel
        self.rule = rule
        self.samples = samples
        self.skipped = skipped
    }
}
