/// The density of replicated estimates (placebo or permutation draws) as SVG: a Gaussian kernel density with
/// Silverman's rule-of-thumb bandwidth 0.9·min(sd, IQR/1.349)·n^(−1/5) on 200 points, and a dashed red line at the
/// actual estimate — the figure DID papers show for their placebo test.
public enum DensityPlot {
    public static func svg(title: String, draws: [Double], marker: Double?, xTitle: String) -> String {
        let finite = draws.filter { $0.isFinite }
        let curve = density(finite)
        var frame = PlotFrame(title: title, xTitle: xTitle, yTitle: "Density", xValues: curve.map { $0.x } + (marker.map { [$0] } ?? []),
                              yValues: curve.map { $0.y } + [0])
        frame.document.polyline(curve.map { (x: frame.x($0.x), y: frame.y($0.y)) }, stroke: PlotFrame.palette[0])
        if let marker { frame.verticalReference(marker, stroke: "#D55E00") }
        return frame.document.text
    }

    /// (x, density) on an even grid from min − 3h to max + 3h; empty for no draws.
    static func density(_ values: [Double]) -> [(x: Double, y: Double)] {
        guard let minimum = values.min(), let maximum = values.max() else { return [] }
        let bandwidth = silvermanBandwidth(values)
        let start = minimum - 3 * bandwidth
        let step = (maximum - minimum + 6 * bandwidth) / 199
        let normalising = 1 / (Double(values.count) * bandwidth * (2 * Double.pi).squareRoot())
        return (0..<200).map { k in
            let x = start + Double(k) * step
            var sum = 0.0
            for value in values {
                let u = (x - value) / bandwidth
                sum += Elementary.exp(-0.5 * u * u)
            }
            return (x, sum * normalising)
        }
    }

    static func silvermanBandwidth(_ values: [Double]) -> Double {
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let sd = n > 1 ? (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot() : 0
        let sorted = values.sorted()
        let spread = (SamplePercentile.of(sorted: sorted, p: 0.75) - SamplePercentile.of(sorted: sorted, p: 0.25)) / 1.349
        let scale = spread > 0 ? min(sd, spread) : sd
        let bandwidth = 0.9 * scale * Elementary.pow(n, -0.2)
        return bandwidth > 0 ? bandwidth : max(1e-12, values[0].magnitude * 1e-3 + 1e-12)
    }
}
