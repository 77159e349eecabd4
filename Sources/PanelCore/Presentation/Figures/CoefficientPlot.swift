/// An estimate with its confidence interval at a position on the x axis (a relative period, or a category index).
public struct IntervalEstimate: Equatable {
    public var label: String
    public var position: Double
    public var estimate: Double
    public var low: Double
    public var high: Double

    public init(label: String, position: Double, estimate: Double, low: Double, high: Double) {
        self.label = label
        self.position = position
        self.estimate = estimate
        self.low = low
        self.high = high
    }
}

/// Coefficient plots as SVG: points with interval whiskers, a dashed zero line, and optionally a dashed vertical line
/// (the event-study convention: coefficients by period relative to adoption, a line just before period 0). With
/// `categorical` the x axis shows the labels (terms or models side by side); otherwise positions are numeric.
public enum CoefficientPlot {
    public static func svg(title: String, estimates: [IntervalEstimate], xTitle: String, yTitle: String,
                           categorical: Bool, verticalLineAt: Double? = nil) -> String {
        let positions = categorical ? estimates.indices.map { Double($0) } : estimates.map { $0.position }
        var frame = PlotFrame(title: title, xTitle: xTitle, yTitle: yTitle, xValues: positions,
                              yValues: estimates.flatMap { [$0.low, $0.high, $0.estimate] } + [0],
                              xLabels: categorical ? estimates.map { $0.label } : nil)
        frame.horizontalReference(0)
        if let verticalLineAt { frame.verticalReference(verticalLineAt) }
        let colour = PlotFrame.palette[0]
        for (k, estimate) in estimates.enumerated() {
            let x = frame.x(positions[k])
            frame.document.line(x, frame.y(estimate.low), x, frame.y(estimate.high), stroke: colour, width: 1.5)
            for end in [estimate.low, estimate.high] {
                frame.document.line(x - 4, frame.y(end), x + 4, frame.y(end), stroke: colour, width: 1.5)
            }
            frame.document.circle(x, frame.y(estimate.estimate), radius: 3.5, fill: colour)
        }
        return frame.document.text
    }
}
