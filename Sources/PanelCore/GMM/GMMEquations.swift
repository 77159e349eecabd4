/// The instrument matrix construction of dynamic-panel GMM, as plm's `pgmm` builds it: for every unit the stacked
/// equations (the differenced equations of periods `firstDifferencePeriod`…T−1, then with the system transformation
/// the level equations of periods one earlier…T−1), their regressors, response and instruments, and the one-step
/// weighting matrix H of one unit. A row whose response or a regressor is missing is set to zero in the response,
/// the regressors and the instruments (so it drops out of every sum), and missing instrument values are zero, as in
/// plm; every unit has the same rows and instrument columns.
///
/// Instrument columns, in plm's order: for the differenced equations each GMM-style block (one column per
/// equation period and lag, or one per lag when collapsed), the time dummies (difference GMM only); with the system
/// transformation then the level instruments — the difference Δx lagged a − 1 periods (a the block's first lag; plm
/// always uses lag 1, the same for the usual a = 2) per level period (one column when collapsed) — and the level
/// time dummies with the constant; last the IV-style instruments, differenced for the differenced equations and in
/// levels for the level equations.
struct GMMEquations {
    let unitCount: Int
    let rowsPerUnit: Int
    /// The first `differenceRows` rows of each unit are differenced equations; the rest level equations.
    let differenceRows: Int
    let termNames: [String]
    let instrumentNames: [String]
    /// Per unit: rowsPerUnit × instruments, rowsPerUnit × terms, rowsPerUnit.
    let instruments: [Matrix]
    let regressors: [Matrix]
    let response: [[Double]]
    /// H, rowsPerUnit × rowsPerUnit: tridiagonal 2, −1 for differences; plm's "full" block matrix for the system.
    let weighting: GMMErrorPattern
    /// Equations with data, differenced and in levels.
    let differenceObservations: Int
    let levelObservations: Int
    /// Units with at least one equation with data.
    let unitsWithData: Int
    /// Number of time-dummy columns among the terms (with the constant in the system transformation).
    let timeTermCount: Int
    /// The instrument subsets the difference-in-Hansen tests exclude one at a time (xtabond2's groups).
    let instrumentGroups: [GMMInstrumentGroup]

    /// Most instruments accepted: the weighting matrices are instruments × instruments and are decomposed.
    static let maximumInstruments = 2_000

    var instrumentCount: Int { instrumentNames.count }
    var termCount: Int { termNames.count }

    init(levels: DynamicPanelLevels, model: DynamicPanelModel, timeName: String, at location: String) throws(PanelError) {
        let periods = levels.periodCount
        let minimumGMMLag = model.gmmInstruments.map { $0.minimumLag }.min() ?? 1
        let firstDifference = max(levels.regressorMaximumLag + 1, minimumGMMLag)
        let system = model.transformation == .system
        let firstLevel = firstDifference - 1
        guard firstDifference < periods else {
            // Where: the formula when its lags need the periods, else the GMM-style instrument with the smallest first lag.
            let binding = levels.regressorMaximumLag + 1 >= minimumGMMLag ? "/formula"
                : "/gmm/\(model.gmmInstruments.firstIndex { $0.minimumLag == minimumGMMLag } ?? 0)/lags"
            throw PanelError(.noObservations, "too few periods for the lags: they need at least \(firstDifference + 1) periods (the longest regressor lag is "
                             + "\(levels.regressorMaximumLag), the first GMM instrument lag \(minimumGMMLag), and one more for the difference); the panel spans "
                             + "\(periods)", at: location + binding)
        }
        let differencePeriods = Array(firstDifference..<periods)
        let levelPeriods = system ? Array(firstLevel..<periods) : []
        func time(_ period: Int) -> String { String(levels.firstTime + period) }

        let count = Self.instrumentCount(model, differencePeriods: differencePeriods, levelPeriods: levelPeriods,
                                         timeTerms: model.timeDummies ? periods - firstLevel - (system ? 0 : 1) : 0, ivCount: levels.ivNames.count)
        guard count <= Self.maximumInstruments else {
            throw PanelError(.tooLarge, "\(count) instruments; at most \(Self.maximumInstruments) are accepted (each weighting matrix is "
                             + "instruments × instruments): collapse the GMM-style instruments or shorten their lag ranges", at: location)
        }

        // Time terms: differenced dummies for the difference equation; constant and dummies in the system.
        var timeNames: [String] = []
        var timePeriods: [Int] = []
        if model.timeDummies {
            timePeriods = system ? Array((firstLevel + 1)..<periods) : differencePeriods
            timeNames = (system ? ["(Intercept)"] : []) + timePeriods.map { "\(timeName)::" + time($0) }
        }
        termNames = levels.regressorNames + timeNames
        timeTermCount = timeNames.count
        // A row of data makes at most one differenced and one level equation, so a model with more coefficients than
        // that is refused before its matrices are built (a time span padded far beyond the data would build them).
        let rowsWithResponse = levels.response.reduce(0) { $1.isNaN ? $0 : $0 + 1 }
        let possibleEquations = rowsWithResponse * (system ? 2 : 1)
        guard possibleEquations > termNames.count else {
            throw PanelError(.noObservations, "at most \(possibleEquations) equations can have data (\(rowsWithResponse) rows with the response"
                             + (system ? ", each in differences and in levels" : "") + ") for \(termNames.count) coefficients: too few observations "
                             + "after the lags and differences", at: location)
        }

        // Instrument layout: the first column of each GMM-style block at each differenced period.
        var names: [String] = []
        var blockStarts: [[Int]] = []
        var gmmColumns: [[Int]] = []
        for (v, instrument) in model.gmmInstruments.enumerated() {
            let label = instrument.variable.label
            let groupStart = names.count
            guard instrument.minimumLag < periods else {
                throw PanelError(.invalidOption, "no instruments left: lags from \(instrument.minimumLag) reach before the panel, which spans \(periods) periods, "
                                 + "so the deepest lag is \(periods - 1)", at: location + "/gmm/\(v)/lags")
            }
            if instrument.collapse {
                blockStarts.append([Int](repeating: names.count, count: differencePeriods.count))
                let count = min(periods - instrument.minimumLag, instrument.maximumLag - instrument.minimumLag + 1)
                names += (0..<count).map { "l(\(label), \(instrument.minimumLag + $0))" }
            } else {
                var starts: [Int] = []
                for p in differencePeriods {
                    starts.append(names.count)
                    names += Self.lagRange(period: p, instrument).reversed().map { "l(\(label), \($0))@" + time(p) }
                }
                blockStarts.append(starts)
            }
            gmmColumns.append(Array(groupStart..<names.count))
        }
        if !system { names += timeNames }
        let differenceGMMWidth = names.count - (system ? 0 : timeNames.count)
        var levelColumns: [Int] = []
        if system {
            for (v, instrument) in model.gmmInstruments.enumerated() {
                let label = Self.levelLabel(instrument)
                let start = names.count
                if instrument.collapse { names.append(label) } else {
                    names += levelPeriods.filter { Self.levelSource(period: $0, instrument) >= 1 }.map { label + "@" + time($0) }
                }
                gmmColumns[v] += Array(start..<names.count)
                levelColumns += Array(start..<names.count)
            }
            names += timeNames
        }
        let ivColumns = Array(names.count..<(names.count + levels.ivNames.count * (system ? 2 : 1)))
        names += levels.ivNames.map { "d(\($0))" } + (system ? levels.ivNames : [])
        instrumentNames = names
        instrumentGroups = GMMInstrumentGroup.groups(model.gmmInstruments, gmmColumns: gmmColumns, levelColumns: levelColumns,
                                                     ivColumns: ivColumns)
        let rows = differencePeriods.count + levelPeriods.count
        let (perUnit, overflowPerUnit) = rows.multipliedReportingOverflow(by: max(1, names.count + termNames.count))
        let (elements, overflow) = levels.unitCount.multipliedReportingOverflow(by: perUnit)
        guard !overflowPerUnit, !overflow, elements <= RegressionDesign.maximumElements else {
            throw PanelError(.tooLarge, "\(names.count) instruments over \(levels.unitCount) units × \(rows) equations exceed \(RegressionDesign.maximumElements) "
                             + "elements; collapse the GMM-style instruments or shorten their lag ranges", at: location)
        }

        var instruments: [Matrix] = [], regressors: [Matrix] = [], responses: [[Double]] = []
        var usedDifference = 0, usedLevel = 0, unitsWithData = 0
        let k = termNames.count
        for unit in 0..<levels.unitCount {
            let base = unit * periods
            let usedBefore = usedDifference + usedLevel
            var w = Matrix(rows: rows, columns: names.count)
            var x = Matrix(rows: rows, columns: k)
            var y = [Double](repeating: 0, count: rows)
            func put(_ value: Double, _ row: Int, _ column: Int) { if !value.isNaN { w[row, column] = value } }
            // Differenced equations.
            for (r, p) in differencePeriods.enumerated() {
                for (v, instrument) in model.gmmInstruments.enumerated() {
                    let series = levels.gmmVariables[v]
                    var column = blockStarts[v][r]
                    for lag in Self.lagRange(period: p, instrument).reversed() {
                        put(series[base + p - lag], r, instrument.collapse ? blockStarts[v][r] + lag - instrument.minimumLag : column)
                        column += 1
                    }
                }
                y[r] = levels.response[base + p] - levels.response[base + p - 1]
                for (j, series) in levels.regressors.enumerated() { x[r, j] = series[base + p] - series[base + p - 1] }
                for (j, q) in timePeriods.enumerated() {
                    let value: Double = (p == q ? 1 : 0) - (p - 1 == q ? 1 : 0)
                    x[r, levels.regressors.count + (system ? 1 : 0) + j] = value
                    if !system { w[r, differenceGMMWidth + j] = value }
                }
                let ivStart = names.count - (system ? 2 : 1) * levels.ivNames.count
                for (j, series) in levels.ivColumns.enumerated() { put(series[base + p] - series[base + p - 1], r, ivStart + j) }
                if Self.isComplete(y[r], x, row: r) { usedDifference += 1 } else { Self.clear(row: r, &y, &x, &w) }
            }
            // Level equations (system GMM).
            if system {
                var column = differenceGMMWidth
                for (v, instrument) in model.gmmInstruments.enumerated() {
                    let series = levels.gmmVariables[v]
                    for (l, p) in levelPeriods.enumerated() {
                        let r = differencePeriods.count + l
                        let source = Self.levelSource(period: p, instrument)
                        guard source >= 1 else { continue }
                        let offset = instrument.collapse ? 0 : levelPeriods.prefix(l).filter { Self.levelSource(period: $0, instrument) >= 1 }.count
                        put(series[base + source] - series[base + source - 1], r, column + offset)
                    }
                    column += instrument.collapse ? 1 : levelPeriods.filter { Self.levelSource(period: $0, instrument) >= 1 }.count
                }
                for (l, p) in levelPeriods.enumerated() {
                    let r = differencePeriods.count + l
                    y[r] = levels.response[base + p]
                    for (j, series) in levels.regressors.enumerated() { x[r, j] = series[base + p] }
                    if model.timeDummies {
                        x[r, levels.regressors.count] = 1
                        w[r, column] = 1
                        for (j, q) in timePeriods.enumerated() where p == q {
                            x[r, levels.regressors.count + 1 + j] = 1
                            w[r, column + 1 + j] = 1
                        }
                    }
                    let ivStart = names.count - levels.ivNames.count
                    for (j, series) in levels.ivColumns.enumerated() {
                        put(series[base + p], r, ivStart + j)
                    }
                    if Self.isComplete(y[r], x, row: r) { usedLevel += 1 } else { Self.clear(row: r, &y, &x, &w) }
                }
            }
            if usedDifference + usedLevel > usedBefore { unitsWithData += 1 }
            instruments.append(w)
            regressors.append(x)
            responses.append(y)
        }
        unitCount = levels.unitCount
        rowsPerUnit = rows
        differenceRows = differencePeriods.count
        self.instruments = instruments
        self.regressors = regressors
        response = responses
        weighting = system ? .system(levelRows: levelPeriods.count) : .difference(differencePeriods.count)
        differenceObservations = usedDifference
        levelObservations = usedLevel
        self.unitsWithData = unitsWithData
    }

    /// The number of instruments the layout below makes, counted without building it (saturating at
    /// `maximumInstruments + 1`), so that a request for millions of them is refused before any is named.
    static func instrumentCount(_ model: DynamicPanelModel, differencePeriods: [Int], levelPeriods: [Int], timeTerms: Int, ivCount: Int) -> Int {
        var count = timeTerms + ivCount * (levelPeriods.isEmpty ? 1 : 2)
        for instrument in model.gmmInstruments {
            for p in differencePeriods where count <= maximumInstruments {
                count += instrument.collapse ? 0 : max(0, min(instrument.maximumLag, p) - instrument.minimumLag + 1)
            }
            if instrument.collapse, let last = differencePeriods.last {
                count += max(0, min(instrument.maximumLag, last) - instrument.minimumLag + 1)
            }
            count += instrument.collapse ? (levelPeriods.isEmpty ? 0 : 1) : levelPeriods.filter { levelSource(period: $0, instrument) >= 1 }.count
            if count > maximumInstruments { return maximumInstruments + 1 }
        }
        return count
    }

    /// The lags of `instrument` available to the differenced equation of `period`: a…min(b, period), none when the
    /// period is earlier than lag a.
    static func lagRange(period: Int, _ instrument: GMMStyleInstrument) -> [Int] {
        Array(stride(from: instrument.minimumLag, through: min(instrument.maximumLag, period), by: 1))
    }

    /// The period whose difference Δx instruments the level equation of `period`: lag a − 1 (xtabond2's rule).
    static func levelSource(period: Int, _ instrument: GMMStyleInstrument) -> Int {
        period - max(0, instrument.minimumLag - 1)
    }

    static func levelLabel(_ instrument: GMMStyleInstrument) -> String {
        let lag = max(0, instrument.minimumLag - 1)
        return lag == 0 ? "d(\(instrument.variable.label))" : "l(d(\(instrument.variable.label)), \(lag))"
    }

    private static func isComplete(_ y: Double, _ x: Matrix, row: Int) -> Bool {
        !y.isNaN && (0..<x.columns).allSatisfy { !x[row, $0].isNaN }
    }

    private static func clear(row: Int, _ y: inout [Double], _ x: inout Matrix, _ w: inout Matrix) {
        y[row] = 0
        for j in 0..<x.columns { x[row, j] = 0 }
        for j in 0..<w.columns { w[row, j] = 0 }
    }
}
