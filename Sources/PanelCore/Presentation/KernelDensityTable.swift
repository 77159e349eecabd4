/// The shape of a variable's distribution period by period, as a publication table: one row per period (and
/// group) with n, mean, standard deviation, interquartile range, skewness, the bandwidth, the number of peaks of
/// the kernel density and their locations (the highest first).
enum KernelDensityTable {
    static func table(_ result: KernelDensityEvolution, variable: String) -> PublicationTable {
        let grouped = result.samples.contains { $0.group != nil }
        let rows = result.samples.map { sample -> [String] in
            let peaks = sample.curve.peaks.sorted { $0.density > $1.density }
            return [String(sample.period)] + (grouped ? [sample.group ?? ""] : [])
                + [String(sample.count), DisplayNumber.format(sample.mean), DisplayNumber.format(sample.standardDeviation),
                   DisplayNumber.format(sample.interquartileRange), sample.skewness.map { DisplayNumber.fixed($0, decimals: 3) } ?? ".",
                   DisplayNumber.format(sample.bandwidth), String(peaks.count),
                   peaks.map { DisplayNumber.format($0.location) }.joined(separator: "; ")]
        }
        return PublicationTable(title: "Distribution of \(variable) by period (\(result.kernel.title) kernel density)",
                                header: [["Period"] + (grouped ? ["Group"] : []) + ["n", "Mean", "SD", "IQR", "Skewness", "Bandwidth", "Peaks",
                                                                                  "Peak locations"]],
                                sections: [rows],
                                notes: ["Bandwidth by the \(result.rule.name) rule; peaks are local maxima of the density on the evaluation grid, "
                                        + "the highest first; skewness is the moment coefficient m3/m2^(3/2)."])
    }
}
