import Testing
@testable import PanelCore

/// Comparison tables in every format against reviewed golden files (Fixtures/publication/comparison.*), built from
/// fixed results so that only the layout is under test; plus properties each format must keep.
struct PublicationTableTests {
    static func coefficient(_ term: String, _ estimate: Double, _ se: Double, _ p: Double) -> CoefficientEstimate {
        CoefficientEstimate(term: term, estimate: estimate, standardError: se, statistic: estimate / se, pValue: p,
                            confidenceLow: estimate - 1.96 * se, confidenceHigh: estimate + 1.96 * se)
    }

    /// Two models in the shape of seed 003's Table 3: a Chinese regressor name, a control with `_`, two-way FE.
    static var table: PublicationTable {
        let first = ComparedModel(response: "NQPF", label: nil,
                                  coefficients: [coefficient("数字金融", 0.6861, 0.1411, 0.00002), coefficient("(Intercept)", 0.9604, 0.1493, 0.0000001)],
                                  statistics: [NamedStatistic("nobs", 495), NamedStatistic("r2", 0.38417)], fixedEffects: [])
        let second = ComparedModel(response: "NQPF", label: "TWFE & clustered",
                                   coefficients: [coefficient("数字金融", 0.79811, 0.16123, 0.0008), coefficient("open_rate", -0.25913, 0.11707, 0.054),
                                                  coefficient("tiny", 0.0000123, 0.0000456, 0.79)],
                                   statistics: [NamedStatistic("nobs", 495), NamedStatistic("r2", 0.62971), NamedStatistic("r2_within", 0.48822),
                                                NamedStatistic("n_clusters", 45)],
                                   fixedEffects: ["city", "year"])
        var options = ComparisonTableOptions()
        options.title = "Table 3  Baseline: digital finance and NQPF <100%>"
        options.labels = ["数字金融": "数字金融 (DF)", "city": "City"]
        options.order = ["(Intercept)"]
        options.indicatorRows = [IndicatorRow(label: "Controls", values: ["No", "Yes"])]
        options.notes = ["Clustered by city in (2); \"robust\" {sic} 50% \\ $ # ^ ~"]
        return ModelComparisonTable.build([first, second], options: options)
    }

    @Test(arguments: PublicationTable.formats)
    func everyFormatMatchesItsReviewedGoldenFile(format: String) throws {
        let extensions = ["text": "txt", "markdown": "md", "latex": "tex", "html": "html", "csv": "csv", "rtf": "rtf"]
        let golden = try Fixtures.text("publication/comparison." + (extensions[format] ?? format))
        #expect(Self.table.render(format) == golden)
    }

    @Test func smallValuesPrintAsZerosUnlessSignificantDigitsAreAsked() {
        let model = ComparedModel(response: "y", label: nil, coefficients: [Self.coefficient("tiny", 0.0001177, 0.0000456, 0.01)],
                                  statistics: [], fixedEffects: [])
        var options = ComparisonTableOptions()
        #expect(ModelComparisonTable.build([model], options: options).sections[0][0] == ["tiny", "0.000**"])
        options.keepsSignificantDigits = true
        #expect(ModelComparisonTable.build([model], options: options).sections[0][0] == ["tiny", "1.18e-04**"])
    }

    @Test func csvReadsBackAsTheTableGrid() throws {
        let table = Self.table
        let parsed = try CSVReader.parse(Array(table.csv.utf8))
        let grid = [[table.title ?? ""]] + table.header + table.sections.flatMap { $0 } + table.notes.map { [$0] }
        #expect(parsed.header == table.padded(grid[0]))
        #expect(parsed.records == grid.dropFirst().map { table.padded($0) })
    }

    @Test func rtfIsSevenBitWithBalancedGroups() {
        let rtf = Self.table.rtf
        #expect(rtf.utf8.allSatisfy { $0 < 0x80 })
        var depth = 0
        var previous: UInt8 = 0
        for byte in rtf.utf8 {
            if previous != UInt8(ascii: "\\") {
                if byte == UInt8(ascii: "{") { depth += 1 }
                if byte == UInt8(ascii: "}") { depth -= 1 }
            }
            #expect(depth >= 0)
            previous = previous == UInt8(ascii: "\\") && byte == UInt8(ascii: "\\") ? 0 : byte
        }
        #expect(depth == 0)
        #expect(rtf.contains("\\u25968?\\u23383?\\u-28207?\\u-30835?"))
    }

    @Test func plainTextAlignsWideCharactersByDisplayWidth() {
        let lines = Self.table.plainText.split(separator: "\n").map(String.init)
        let dfLine = lines.first { $0.hasPrefix("数字金融") } ?? ""
        let interceptLine = lines.first { $0.hasPrefix("(Intercept)") } ?? ""
        func column(of cell: String, in line: String) -> Int? {
            line.range(of: cell).map { DisplayWidth.of(String(line[..<$0.lowerBound])) }
        }
        #expect(DisplayWidth.of("数字金融 (DF)") == 13)
        #expect(column(of: "0.686***", in: dfLine) != nil)
        #expect(column(of: "0.686***", in: dfLine) == column(of: "0.960***", in: interceptLine))
    }

    @Test func starsFollowTheThresholds() {
        var options = ComparisonTableOptions()
        options.starThresholds = [0.001, 0.01, 0.05]
        let model = ComparedModel(response: "y", label: nil,
                                  coefficients: [Self.coefficient("a", 1, 0.1, 0.0009), Self.coefficient("b", 1, 0.1, 0.001),
                                                 Self.coefficient("c", 1, 0.1, 0.049), Self.coefficient("d", 1, 0.1, 0.05)],
                                  statistics: [], fixedEffects: [])
        let rows = ModelComparisonTable.build([model], options: options).sections[0]
        #expect(rows.map { $0[1] } == ["1.000***", "(0.100)", "1.000**", "(0.100)", "1.000*", "(0.100)", "1.000", "(0.100)"])
        #expect(ModelComparisonTable.build([model], options: options).notes.last == "* p<0.05, ** p<0.01, *** p<0.001")
    }
}
