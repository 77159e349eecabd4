/// The density of replicated estimates (placebo or permutation draws) as SVG: a Gaussian kernel density with
/// Silverman's rule-of-thumb bandwidth 0.9·min(sd, IQR/1.349)·n^(−1/5) on 200 points, and a dashed red line at the
/// actual estimate — the figure DID papers show for their placebo test.
public enum DensityPlot {
    public static func svg(title: String, draws: [Double], marker: Double?, xTitle: String, yTitle: String = "Density") -> String {
        let finite = draws.filter { $0.isFinite }
        let curve = density(finite)
        var frame = PlotFrame(title: title, xTitle: xTitle, yTitle: yTitle, xValues: curve.map { $0.x } + (marker.map { [$0] } ?? []),
                              yValues: curve.map { $0.y } + [0])
        frame.document.polyline(curve.map { (x: frame.x($0.x), y: frame.y($0.y)) }, stroke: PlotFrame.palette[0])
        if let marker { frame.verticalReference(marker, stroke: "#D55E00") }
        return frame.document.text
    }

    /// (x, density) on an even grid of 200 points from min − 3h to max + 3h; empty for no draws.
    static func density(_ values: [Double]) -> [(x: Double, y: Double)] {
        guard let minimum = values.min(), let maximum = values.max() else { return [] }
        let bandwidth = silvermanBandwidth(values)
        let grid = KernelDensityCurve.evenGrid(from: minimum - 3 * bandwidth, to: maximum + 3 * bandwidth, count: 200)
        let curve = KernelDensityCurve(values, kernel: .gaussian, bandwidth: bandwidth, grid: grid)
        return zip(curve.grid, curve.density).map { (x: $0.0, y: $0.1) }
    }

    /// Silverman's bandwidth (`KernelDensityBandwidth.silverman`), or a small positive width for constant draws.
    static func silvermanBandwidth(_ values: [Double]) -> Double {
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let sd = n > 1 ? (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot() : 0
        let bandwidth = KernelDensityBandwidth.silverman.bandwidth(sorted: values.sorted(), sd: sd)
        return bandwidth > 0 ? bandwidth : max(1e-12, values[0].magnitude * 1e-3 + 1e-12)
    }
}
