/// One named series of (x, y) points.
public struct PlotSeries: Equatable {
    public var name: String
    public var x: [Double]
    public var y: [Double]

    public init(name: String, x: [Double], y: [Double]) {
        self.name = name
        self.x = x
        self.y = y
    }
}

/// Several series as lines with a legend (in the corner that hides the least of them), as SVG: index time paths by region with point markers, for example, or
/// density curves without them. `colours` (one per series) replaces the palette.
public enum LinePlot {
    public static func svg(title: String, series: [PlotSeries], xTitle: String, yTitle: String, markers: Bool = true,
                           colours: [String]? = nil) -> String {
        var frame = PlotFrame(title: title, xTitle: xTitle, yTitle: yTitle, xValues: series.flatMap { $0.x }, yValues: series.flatMap { $0.y })
        var legend: [(name: String, colour: String)] = []
        var drawn: [[(x: Double, y: Double)]] = []
        for (k, line) in series.enumerated() {
            let colour = colours?[k] ?? PlotFrame.palette[k % PlotFrame.palette.count]
            let points = zip(line.x, line.y).filter { $0.0.isFinite && $0.1.isFinite }.map { (x: frame.x($0.0), y: frame.y($0.1)) }
            frame.document.polyline(points, stroke: colour)
            if markers { for point in points { frame.document.circle(point.x, point.y, radius: 2.5, fill: colour) } }
            legend.append((line.name, colour))
            drawn.append(points)
        }
        if series.count > 1 { frame.legend(legend, avoiding: drawn) }
        return frame.document.text
    }
}
