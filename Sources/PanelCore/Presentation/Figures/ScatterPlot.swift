/// A scatter plot as SVG with dashed lines through zero and an optional line through the origin with a given slope:
/// the Moran scatter plot (standardised values against their spatial lag; the slope is Moran's I; the quadrants are
/// high–high, low–high, low–low, high–low).
public enum ScatterPlot {
    public static func svg(title: String, x: [Double], y: [Double], slope: Double?, xTitle: String, yTitle: String) -> String {
        var frame = PlotFrame(title: title, xTitle: xTitle, yTitle: yTitle, xValues: x + [0], yValues: y + [0])
        frame.horizontalReference(0)
        frame.verticalReference(0)
        for k in 0..<min(x.count, y.count) where x[k].isFinite && y[k].isFinite {
            frame.document.circle(frame.x(x[k]), frame.y(y[k]), radius: 3, fill: PlotFrame.palette[0])
        }
        if let slope, slope.isFinite {
            let low = frame.xScale.low
            let high = frame.xScale.high
            let visible = [(low, slope * low), (high, slope * high)].map { point in
                (point.0, min(max(point.1, frame.yScale.low), frame.yScale.high))
            }
            let ends = visible.map { point in slope == 0 ? point : (point.1 / slope, point.1) }
            frame.document.line(frame.x(ends[0].0), frame.y(ends[0].1), frame.x(ends[1].0), frame.y(ends[1].1),
                                stroke: PlotFrame.palette[1], width: 1.5)
        }
        return frame.document.text
    }
}
