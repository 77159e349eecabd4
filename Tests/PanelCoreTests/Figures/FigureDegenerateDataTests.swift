import Testing
@testable import PanelCore

/// Figures over degenerate data (issue 17): no values, one value, NaN and ±∞, subnormals, ranges near ±1.8e308
/// and ranges far below the values' magnitude give a finite axis with a few ticks, and SVG whose every number parses.
@Suite struct FigureDegenerateDataTests {
    static let degenerateData: [[Double]] = [
        [], [.nan], [.infinity, -.infinity], [0], [-0.0], [3], [.leastNonzeroMagnitude], [0, .leastNonzeroMagnitude],
        [-.leastNonzeroMagnitude, .leastNonzeroMagnitude], [0, 1e-310], [1e-290, 1e-290 + 1e-305],
        [1.7e308, .greatestFiniteMagnitude], [-.greatestFiniteMagnitude, .greatestFiniteMagnitude], [1e300, -1e300, .nan],
        [1e20, 1e20.nextUp], [2013, 2013], [-1e-320, 5, .nan],
    ]

    @Test func everyAxisIsFiniteWithAFewTicks() {
        for values in Self.degenerateData {
            let scale = AxisScale(covering: values, pixelStart: 0, pixelEnd: 100)
            #expect(scale.low.isFinite && scale.high.isFinite && scale.low < scale.high, "\(values)")
            #expect((2...8).contains(scale.ticks.count), "\(values): \(scale.ticks)")
            #expect(scale.ticks.allSatisfy { $0.isFinite && scale.pixel($0).isFinite }, "\(values)")
            for tick in scale.ticks {
                let label = scale.label(tick)
                #expect(label != "." && !label.contains("inf"), "\(values): \(label)")
            }
        }
    }

    @Test func figuresOfDegenerateDataHoldOnlyParsableNumbers() {
        for values in Self.degenerateData {
            let y = values.map { -$0 }
            let estimates = values.enumerated().map { k, v in IntervalEstimate(label: "t\(k)", position: v, estimate: v, low: v - 1, high: .nan) }
            let svgs = [
                ScatterPlot.svg(title: "s", x: values, y: y, slope: .nan, xTitle: "z", yTitle: "Wz"),
                ScatterPlot.svg(title: "s", x: values, y: y, slope: 1e300, xTitle: "z", yTitle: "Wz"),
                CoefficientPlot.svg(title: "c", estimates: estimates, xTitle: "x", yTitle: "y", categorical: false, verticalLineAt: .nan),
                CoefficientPlot.svg(title: "c", estimates: estimates, xTitle: "x", yTitle: "y", categorical: true),
                DensityPlot.svg(title: "d", draws: values, marker: .infinity, xTitle: "x"),
                LinePlot.svg(title: "l", series: [PlotSeries(name: "a", x: values, y: y)], xTitle: "x", yTitle: "y"),
            ]
            for svg in svgs {
                #expect(Self.attributeNumbersParse(svg), "\(values): \(svg)")
            }
        }
    }

    @Test func hugeCoordinatesKeepTheirExponent() {
        #expect(SVGDocument.number(1.5e20) == "1.500e+20")
        #expect(SVGDocument.number(2.50) == "2.5")
        #expect(SVGDocument.number(-0.001) == "0")
    }

    /// Every numeric attribute (`x="…"`, `points="…"`, …) holds numbers an SVG reader parses.
    static func attributeNumbersParse(_ svg: String) -> Bool {
        let names = ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "stroke-width", "font-size"]
        for name in names {
            for value in attributeValues(svg, name) where !(name == "width" && value == "100%") && !(name == "height" && value == "100%") {
                guard Double(value) != nil, value != "." else { return false }
            }
        }
        for list in attributeValues(svg, "points") {
            for pair in list.split(separator: " ") {
                guard pair.split(separator: ",").allSatisfy({ Double($0) != nil }) else { return false }
            }
        }
        return !svg.contains("nan") && !svg.contains("inf")
    }

    static func attributeValues(_ svg: String, _ name: String) -> [String] {
        svg.split(separator: " ").compactMap { token in
            guard token.hasPrefix(name + "=\"") else { return nil }
            return String(token.dropFirst(name.count + 2).prefix { $0 != "\"" })
        }
    }
}
