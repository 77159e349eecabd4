/// A small SVG 1.1 writer: elements appended in drawing order, coordinates printed with two decimals (the same
/// digits on every platform), text escaped. Figures are built on it so that their bytes are deterministic. An
/// element with a non-finite coordinate or size (a point whose value is NaN or infinite) is left out, and so is such a
/// point of a polyline, so the document never holds a number an SVG reader cannot parse.
struct SVGDocument {
    let width: Double
    let height: Double
    private var elements: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Two-decimal text of a finite coordinate or length, trailing zeros dropped (a magnitude of 9·10¹³ or more
    /// prints in scientific notation, which SVG numbers allow, and keeps its digits).
    static func number(_ x: Double) -> String {
        var text = DisplayNumber.fixed(x, decimals: 2)
        guard !text.contains("e") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = "#000", width: Double = 1, dashed: Bool = false) {
        guard allFinite([x1, y1, x2, y2, width]) else { return }
        let dash = dashed ? " stroke-dasharray=\"4 3\"" : ""
        elements.append("<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\"\(dash)/>")
    }

    mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, width: Double = 1.5) {
        elements.append("<polyline points=\"\(pointList(points))\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\"/>")
    }

    /// A closed shape through `points`, filled with `fill`, without outline.
    mutating func polygon(_ points: [(x: Double, y: Double)], fill: String) {
        elements.append("<polygon points=\"\(pointList(points))\" fill=\"\(fill)\" stroke=\"none\"/>")
    }

    /// `x,y x,y …` of the finite points.
    private func pointList(_ points: [(x: Double, y: Double)]) -> String {
        points.filter { allFinite([$0.x, $0.y]) }.map { Self.number($0.x) + "," + Self.number($0.y) }.joined(separator: " ")
    }

    mutating func circle(_ x: Double, _ y: Double, radius: Double, fill: String) {
        guard allFinite([x, y, radius]) else { return }
        elements.append("<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" fill=\"\(fill)\"/>")
    }

    mutating func rectangle(_ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String, stroke: String = "none") {
        guard allFinite([x, y, width, height]) else { return }
        elements.append("<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"\(fill)\" stroke=\"\(stroke)\"/>")
    }

    /// Text anchored at (x, y): `anchor` is start, middle or end; `rotated` turns it −90° (a y-axis title).
    mutating func text(_ content: String, _ x: Double, _ y: Double, anchor: String = "middle", size: Double = 12, rotated: Bool = false) {
        guard allFinite([x, y, size]) else { return }
        let rotation = rotated ? " transform=\"rotate(-90 \(Self.number(x)) \(Self.number(y)))\"" : ""
        elements.append("<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(Self.number(size))\"\(rotation)>\(PublicationTable.escapedHTML(content))</text>")
    }

    private func allFinite(_ numbers: [Double]) -> Bool {
        numbers.allSatisfy { $0.isFinite }
    }

    /// The document text: an `<svg>` root with a white background, a sans-serif font family that has CJK glyphs on
    /// common systems, and the elements.
    var text: String {
        var lines = ["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" font-family=\"Helvetica, Arial, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif\">"]
        lines.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>")
        lines += elements
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }
}
