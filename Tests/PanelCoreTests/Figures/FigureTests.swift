import Testing
@testable import PanelCore

/// SVG figures: reviewed golden files (rendered with rsvg-convert and looked at when written), the kernel density
/// against NumPy/statsmodels (Fixtures/figures/density.json, 1e-12 relative), and the nice-number axis.
struct FigureTests {
    static var eventStudy: [IntervalEstimate] {
        (-4...3).map { k -> IntervalEstimate in
            let estimate = k < 0 ? 0.01 * Double(k + 1) : 0.1 + 0.05 * Double(k)
            return IntervalEstimate(label: String(k), position: Double(k), estimate: k == -1 ? 0 : estimate,
                                low: k == -1 ? 0 : estimate - 0.06, high: k == -1 ? 0 : estimate + 0.06)
        }
    }

    static var figures: [(name: String, svg: String)] {
        let moranX = (0..<12).map { Double($0) / 3 - 1.8 }
        let moranY = moranX.enumerated().map { k, x in 0.4 * x + (k % 3 == 0 ? 0.3 : -0.2) }
        return [
            ("event-study", CoefficientPlot.svg(title: "Event study: 数字金融 pilot", estimates: eventStudy, xTitle: "Period relative to adoption",
                                                 yTitle: "Coefficient", categorical: false, verticalLineAt: -0.5)),
            ("density", DensityPlot.svg(title: "Placebo estimates", draws: (0..<50).map { Double(($0 * 37) % 50) / 500 - 0.05 },
                                        marker: 0.12, xTitle: "Estimate")),
            ("moran-scatter", ScatterPlot.svg(title: "Moran scatter plot", x: moranX, y: moranY, slope: 0.4, xTitle: "z", yTitle: "Wz")),
            ("lines", LinePlot.svg(title: "Index by region", series: [
                PlotSeries(name: "East", x: [2013, 2014, 2015], y: [0.2, 0.25, 0.31]),
                PlotSeries(name: "西部", x: [2013, 2014, 2015], y: [0.1, 0.12, 0.18]),
            ], xTitle: "Year", yTitle: "Index")),
        ]
    }

    @Test func everyFigureMatchesItsReviewedGoldenFile() {
        for figure in Self.figures {
            #expect(figure.svg == Fixtures.text("figures/\(figure.name).svg"), "\(figure.name)")
        }
    }

    @Test func everyElementIsClosed() {
        for figure in Self.figures {
            var open = 0
            var index = figure.svg.startIndex
            let text = figure.svg
            while let start = text[index...].firstIndex(of: "<") {
                guard let end = text[start...].firstIndex(of: ">") else { break }
                let tag = text[start...end]
                if tag.hasPrefix("</") { open -= 1 } else if !tag.hasSuffix("/>") { open += 1 }
                index = text.index(after: end)
            }
            #expect(open == 0, "\(figure.name)")
            #expect(!text.contains("nan") && !text.contains("inf"), "\(figure.name)")
        }
    }

    @Test func densityMatchesNumPy() throws {
        guard case .object(let fixture) = try JSONReader.parse(Array(Fixtures.text("figures/density.json").utf8)),
              case .array(let draws)? = fixture["draws"], case .array(let density)? = fixture["density"],
              case .array(let grid)? = fixture["grid"], let bandwidth = fixture["bandwidth"]?.numberValue else {
            Issue.record("unreadable fixture")
            return
        }
        let values = draws.compactMap { $0.numberValue }
        #expect((DensityPlot.silvermanBandwidth(values) - bandwidth).magnitude <= 1e-12 * bandwidth)
        let curve = DensityPlot.density(values)
        #expect(curve.count == density.count)
        for (k, point) in curve.enumerated() {
            let x = grid[k].numberValue ?? .nan
            let y = density[k].numberValue ?? .nan
            #expect((point.x - x).magnitude <= 1e-12 * max(1, x.magnitude))
            #expect((point.y - y).magnitude <= 1e-12 * max(1e-3, y))
        }
    }

    @Test func axisTicksAreNiceNumbersCoveringTheData() {
        let scale = AxisScale(covering: [-0.23, 0.87], pixelStart: 0, pixelEnd: 100)
        #expect(scale.ticks == [-0.5, 0, 0.5, 1])
        #expect(scale.ticks.map { scale.label($0) } == ["-0.5", "0.0", "0.5", "1.0"])
        let fine = AxisScale(covering: [0.013, 0.061], pixelStart: 0, pixelEnd: 100)
        #expect(fine.ticks.map { fine.label($0) } == ["0.00", "0.02", "0.04", "0.06", "0.08"])
        let years = AxisScale(covering: [2013, 2023], pixelStart: 0, pixelEnd: 100)
        #expect(years.ticks == [2010, 2015, 2020, 2025])
        #expect(years.ticks.map { years.label($0) } == ["2010", "2015", "2020", "2025"])
        #expect(AxisScale(covering: [2013, 2015], pixelStart: 0, pixelEnd: 100).ticks == [2013, 2014, 2015])
        let flat = AxisScale(covering: [3, 3], pixelStart: 0, pixelEnd: 100)
        #expect(flat.low < 3 && flat.high > 3)
    }
}
