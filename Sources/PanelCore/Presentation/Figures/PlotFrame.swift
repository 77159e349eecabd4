/// The frame every figure shares: a 640 × 420 canvas, a title, axis titles, x and y scales with ticks, labels and
/// light grid lines. Figures draw their marks through `x(_:)` and `y(_:)`.
struct PlotFrame {
    static let width = 640.0
    static let height = 420.0
    static let margin = (left: 70.0, right: 20.0, top: 40.0, bottom: 55.0)

    var document = SVGDocument(width: width, height: height)
    let xScale: AxisScale
    let yScale: AxisScale

    /// A frame for data spanning `xValues` × `yValues`; `xLabels` replaces numeric x tick labels with categories
    /// placed at 0, 1, 2, …; `yLabels` replaces the y ticks with labels at given values (a ridge plot's periods).
    init(title: String, xTitle: String, yTitle: String, xValues: [Double], yValues: [Double], xLabels: [String]? = nil,
         yLabels: [(value: Double, label: String)]? = nil) {
        let m = Self.margin
        if let xLabels {
            xScale = AxisScale(categories: xLabels.count, pixelStart: m.left, pixelEnd: Self.width - m.right)
        } else {
            xScale = AxisScale(covering: xValues, pixelStart: m.left, pixelEnd: Self.width - m.right)
        }
        yScale = AxisScale(covering: yValues, pixelStart: Self.height - m.bottom, pixelEnd: m.top)
        document.text(title, Self.width / 2, 24, size: 15)
        document.text(xTitle, (m.left + Self.width - m.right) / 2, Self.height - 12)
        document.text(yTitle, 18, (m.top + Self.height - m.bottom) / 2, rotated: true)
        for tick in yLabels ?? yScale.ticks.map({ (value: $0, label: yScale.label($0)) }) {
            let y = yScale.pixel(tick.value)
            document.line(m.left, y, Self.width - m.right, y, stroke: "#e5e5e5")
            document.text(tick.label, m.left - 6, y + 4, anchor: "end", size: 11)
        }
        let xTicks = xLabels.map { labels in labels.indices.map { Double($0) } } ?? xScale.ticks
        for (k, tick) in xTicks.enumerated() {
            let x = xScale.pixel(tick)
            document.line(x, Self.height - m.bottom, x, Self.height - m.bottom + 5)
            document.text(xLabels?[k] ?? xScale.label(tick), x, Self.height - m.bottom + 18, size: 11)
        }
        document.line(m.left, Self.height - m.bottom, Self.width - m.right, Self.height - m.bottom)
        document.line(m.left, m.top, m.left, Self.height - m.bottom)
    }

    func x(_ value: Double) -> Double { xScale.pixel(value) }
    func y(_ value: Double) -> Double { yScale.pixel(value) }

    /// A dashed horizontal line at data value `value` across the plot (e.g. zero).
    mutating func horizontalReference(_ value: Double) {
        guard value >= yScale.low, value <= yScale.high else { return }
        document.line(Self.margin.left, y(value), Self.width - Self.margin.right, y(value), stroke: "#888", dashed: true)
    }

    /// A dashed vertical line at data value `value` (e.g. the adoption period or the actual estimate).
    mutating func verticalReference(_ value: Double, stroke: String = "#888") {
        guard value >= xScale.low, value <= xScale.high else { return }
        document.line(x(value), Self.margin.top, x(value), Self.height - Self.margin.bottom, stroke: stroke, dashed: true)
    }

    /// A framed legend — one coloured line sample and name per series — in the corner of the plot area that hides
    /// the fewest of the drawn `lines` (pixel points, joined): top right, then top left, bottom right, bottom left.
    mutating func legend(_ entries: [(name: String, colour: String)], avoiding lines: [[(x: Double, y: Double)]]) {
        let box = Self.legendBox(entries: entries.count, avoiding: lines)
        document.rectangle(box.left, box.top, box.width, box.height, fill: "#ffffff", stroke: Self.legendFrame)
        for (k, entry) in entries.enumerated() {
            let y = box.top + 14 + Double(k) * 16
            document.line(box.left + 6, y - 4, box.left + 24, y - 4, stroke: entry.colour, width: 2)
            document.text(entry.name, box.left + 30, y, anchor: "start", size: 11)
        }
    }

    /// The stroke of the legend's frame (the figures check finds the legend by it).
    static let legendFrame = "#bbbbbb"

    /// The legend's box for `entries` series: of the four corners of the plot area (6 px inside the axes), the
    /// first that covers the fewest points of `lines`, each segment sampled at 16 points.
    static func legendBox(entries: Int,
                          avoiding lines: [[(x: Double, y: Double)]]) -> (left: Double, top: Double, width: Double, height: Double) {
        let (width, height) = (150.0, 8 + 16 * Double(entries))
        let (left, right) = (margin.left + 6, Self.width - margin.right - 6 - width)
        let (top, bottom) = (margin.top + 6, Self.height - margin.bottom - 6 - height)
        let corners = [(right, top), (left, top), (right, bottom), (left, bottom)]
        var samples: [(x: Double, y: Double)] = []
        for line in lines {
            samples.append(contentsOf: line)
            for (a, b) in zip(line, line.dropFirst()) {
                for k in 1..<16 {
                    let t = Double(k) / 16
                    samples.append((x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y)))
                }
            }
        }
        func covered(_ corner: (Double, Double)) -> Int {
            samples.reduce(0) { count, point in
                let inside = point.x >= corner.0 && point.x <= corner.0 + width
                    && point.y >= corner.1 && point.y <= corner.1 + height
                return count + (inside ? 1 : 0)
            }
        }
        var best = corners[0]
        var fewest = covered(best)
        for corner in corners.dropFirst() where fewest > 0 {
            let count = covered(corner)
            if count < fewest { (best, fewest) = (corner, count) }
        }
        return (left: best.0, top: best.1, width: width, height: height)
    }

    /// Colours for series, distinguishable in print and for common colour-vision deficiencies (Okabe–Ito).
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
}

extension AxisScale {
    /// A categorical axis: categories 0…count−1 placed at the centres of equal slots.
    init(categories count: Int, pixelStart: Double, pixelEnd: Double) {
        self.low = -0.5
        self.high = Double(max(1, count)) - 0.5
        self.ticks = (0..<max(1, count)).map { Double($0) }
        self.pixelStart = pixelStart
        self.pixelEnd = pixelEnd
    }
}
