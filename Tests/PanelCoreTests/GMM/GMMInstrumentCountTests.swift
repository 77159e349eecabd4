import Testing
@testable import PanelCore

/// The instrument count used to refuse oversized requests before any instrument is built agrees with the layout
/// actually built, for every kind of block (collapsed or not, difference or system, lags starting at 0, 1, 2 or 3).
@Suite struct GMMInstrumentCountTests {
    @Test(arguments: [(GMMTransformation.difference, false), (.difference, true), (.system, false), (.system, true)])
    func theCountMatchesTheBuiltLayout(transformation: GMMTransformation, timeDummies: Bool) throws {
        let table = try DataTable(csv: try CSVReader.parse(Array(Fixtures.text("gmm/emplUK.csv").utf8)))
        let panel = try PanelIndex(table: table, id: "firm", time: "year", at: "/panel")
        let formula = try FormulaParser.parse("log(emp) ~ l(log(emp), 1) + log(wage) + l(log(wage), 1)", at: "/formula")
        for (first, last, collapse) in [(2, 99, false), (2, 99, true), (1, 3, false), (3, 4, true), (0, 2, false)] {
            let instruments = [GMMStyleInstrument(variable: .call("log", [FormulaArgument(name: nil, value: .variable("emp"))]),
                                                  minimumLag: 2, maximumLag: 99, collapse: false),
                               GMMStyleInstrument(variable: .variable("capital"), minimumLag: first, maximumLag: last, collapse: collapse)]
            let model = DynamicPanelModel(formula: formula, gmmInstruments: instruments, ivInstruments: nil, transformation: transformation,
                                          steps: 1, timeDummies: timeDummies, level: 0.95)
            let levels = try DynamicPanelLevels(model: model, table: table, panel: panel, at: "/model")
            let equations = try GMMEquations(levels: levels, model: model, timeName: "year", at: "/model")
            let firstDifference = 2, periods = levels.periodCount
            let count = GMMEquations.instrumentCount(model, differencePeriods: Array(firstDifference..<periods),
                                                     levelPeriods: transformation == .system ? Array((firstDifference - 1)..<periods) : [],
                                                     timeTerms: equations.timeTermCount, ivCount: levels.ivNames.count)
            #expect(count == equations.instrumentCount, "lags \(first)…\(last) collapse \(collapse)")
        }
    }
}
