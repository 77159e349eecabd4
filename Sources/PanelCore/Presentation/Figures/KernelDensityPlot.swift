/// Kernel density curves of successive periods as SVG, in the two layouts papers on regional indices use:
/// `overlay` draws every curve on one density axis with a legend, coloured from light (first period) to dark
/// (last); `ridge` raises each period's curve above the previous one by 60% of the highest density and fills it, so
/// that the earlier curves stand in front — the pseudo-3-D "distribution dynamics" figure — with the periods as y
/// labels at the baselines.
public enum KernelDensityPlot {
    public static func overlay(title: String, curves: [PlotSeries], xTitle: String, yTitle: String = "Density") -> String {
        LinePlot.svg(title: title, series: curves, xTitle: xTitle, yTitle: yTitle, markers: false, colours: ramp(curves.count))
    }

    public static func ridge(title: String, curves: [PlotSeries], xTitle: String) -> String {
        let highest = curves.flatMap { $0.y }.filter { $0.isFinite }.max() ?? 1
        let step = 0.6 * (highest > 0 ? highest : 1)
        let baselines = curves.indices.map { Double($0) * step }
        var frame = PlotFrame(title: title, xTitle: xTitle, yTitle: "", xValues: curves.flatMap { $0.x },
                              yValues: [0, (baselines.last ?? 0) + highest],
                              yLabels: zip(baselines, curves).map { (value: $0.0, label: $0.1.name) })
        let colours = ramp(curves.count)
        for k in curves.indices.reversed() {
            let curve = curves[k]
            let points = zip(curve.x, curve.y).filter { $0.0.isFinite && $0.1.isFinite }.map { (x: frame.x($0.0), y: frame.y(baselines[k] + $0.1)) }
            guard let first = points.first, let last = points.last else { continue }
            let base = frame.y(baselines[k])
            frame.document.polygon([(x: first.x, y: base)] + points + [(x: last.x, y: base)], fill: "#f7fbff")
            frame.document.polyline(points, stroke: colours[k])
        }
        return frame.document.text
    }

    /// `count` colours from light blue (#9ecae1) to dark blue (#08306b), evenly spaced in RGB.
    static func ramp(_ count: Int) -> [String] {
        let light = [158.0, 202.0, 225.0], dark = [8.0, 48.0, 107.0]
        return (0..<count).map { k in
            let t = count > 1 ? Double(k) / Double(count - 1) : 1
            return "#" + zip(light, dark).map { pair in
                let channel = String(Int(pair.0 + (pair.1 - pair.0) * t + 0.5), radix: 16)
                return channel.count == 1 ? "0" + channel : channel
            }.joined()
        }
    }
}
