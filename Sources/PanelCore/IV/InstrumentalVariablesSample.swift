/// The estimation sample of an instrumental-variables model `y ~ exog | fe | endog ~ instruments`, as Stata
/// `ivreghdfe` and `ivreg2` build it: listwise deletion over every variable of the model (and the cluster and fixed-
/// effect columns), singletons of the fixed effects dropped, then the response, the exogenous regressors X₁, the
/// endogenous regressors X₂ and the excluded instruments Z₂ residualised on the fixed effects (without fixed
/// effects X₁ holds the intercept). Exogenous regressors that the fixed effects absorb or that are collinear are
/// omitted; excluded instruments absorbed by the fixed effects or collinear with X₁ and earlier instruments are
/// dropped with a warning; fewer usable instruments than endogenous regressors is an error.
struct InstrumentalVariablesSample {
    let responseName: String
    /// Response y (n), residualised on the fixed effects when there are any.
    let response: [Double]
    /// X₁ (n × k₁), X₂ (n × k₂), Z₂ (n × l₂), residualised on the fixed effects when there are any.
    let exogenous: Matrix
    let endogenous: Matrix
    let instruments: Matrix
    let exogenousNames: [String]
    let endogenousNames: [String]
    let instrumentNames: [String]
    /// Excluded instruments dropped as absorbed or collinear.
    let droppedInstruments: [String]
    /// The fixed-effects step (nil without fixed effects).
    let projection: FixedEffectsProjection?
    /// The same observations before absorbing the fixed effects: [intercept?] X₁ X₂ Z₂ over `rowsUsed`, for the
    /// first-stage regressions.
    let unabsorbed: RegressionDesign
    /// Omitted regressors and the notes explaining every omission or drop.
    let omitted: [String]
    let warnings: [String]

    var observationCount: Int { response.count }
    var rowsUsed: [Int] { unabsorbed.rowsUsed }
    /// Parameters the fixed effects absorb (0 without fixed effects).
    var absorbedParameters: Int { projection?.absorbedParameters ?? 0 }
}

extension InstrumentalVariablesSample {
    /// The sample of the model `formula` on `table`; `requiredColumns` (cluster variables) take part in listwise deletion;
    /// the fixed-effects iteration stops with `time_limit` when `budget` runs out.
    init(formula: Formula, table: DataTable, panel: PanelIndex?, requiredColumns: [String], budget: TimeBudget = .unlimited,
         at location: String) throws(PanelError) {
        guard !formula.endogenous.isEmpty, !formula.instruments.isEmpty else {
            throw PanelError(.badFormula, "an IV model needs an instruments part: 'y ~ exog | fe | endog ~ instruments'", at: location + "/formula")
        }
        var combined = formula
        combined.regressors = formula.regressors + formula.endogenous + formula.instruments
        let fixedEffectVariables = formula.fixedEffects.flatMap { term in term.factors.flatMap { $0.variables } }
        var design = try RegressionDesign(formula: combined, table: table, panel: panel,
                                          requiredColumns: requiredColumns + fixedEffectVariables, at: location + "/formula")
        // The design's columns are the three groups' expansions in order, after the intercept.
        let context = EvaluationContext(table: table, panel: panel, location: location + "/formula")
        var groupNames: [[String]] = []
        var start = design.hasIntercept ? 1 : 0
        for group in [formula.regressors, formula.endogenous, formula.instruments] {
            let width = try TermExpansion.expansions(group, in: context).reduce(0) { $0 + $1.width }
            groupNames.append(Array(design.termNames[start..<(start + width)]))
            start += width
        }
        try Self.requireDisjoint(groupNames, at: location + "/formula")
        var warnings: [String] = []
        var omitted: [String] = []
        if design.rowsDropped > 0 { warnings.append("\(design.rowsDropped) rows with missing values were dropped") }
        var projection: FixedEffectsProjection?
        var unabsorbed = design
        if !formula.fixedEffects.isEmpty {
            let absorbed = try FixedEffectsProjection(consume design, fixedEffects: formula.fixedEffects, table: table, budget: budget,
                                                      at: location + "/formula")
            if absorbed.singletonsDropped > 0 {
                warnings.append("\(absorbed.singletonsDropped) singleton observations were dropped (as reghdfe and ivreghdfe do)")
                unabsorbed = Self.restricted(unabsorbed, to: absorbed.design.rowsUsed)
            }
            for name in absorbed.absorbedTerms {
                guard !groupNames[1].contains(name) else {
                    throw PanelError(.singularDesign, "endogenous regressor '\(name)' is absorbed by the fixed effects", at: location + "/formula")
                }
                warnings.append(groupNames[0].contains(name) ? "'\(name)' omitted: absorbed by the fixed effects"
                                : "instrument '\(name)' dropped: absorbed by the fixed effects")
                if groupNames[0].contains(name) { omitted.append(name) }
            }
            design = absorbed.design
            projection = absorbed
        }
        let columns = Self.columnsByName(design)
        let exogenousCandidates = (design.hasIntercept ? ["(Intercept)"] : []) + groupNames[0].filter { columns[$0] != nil }
        let keptExogenous = Self.independentColumns(exogenousCandidates, after: [], columns: columns)
        for name in exogenousCandidates where !keptExogenous.contains(name) {
            omitted.append(name)
            warnings.append("'\(name)' omitted because of collinearity")
        }
        let endogenousNames = groupNames[1]
        guard Self.independentColumns(endogenousNames, after: keptExogenous, columns: columns) == endogenousNames else {
            throw PanelError(.singularDesign, "the endogenous regressors are collinear with each other or with the exogenous regressors",
                             at: location + "/formula")
        }
        let instrumentCandidates = groupNames[2].filter { columns[$0] != nil }
        let instrumentNames = Self.independentColumns(instrumentCandidates, after: keptExogenous, columns: columns)
        for name in instrumentCandidates where !instrumentNames.contains(name) {
            warnings.append("instrument '\(name)' dropped: collinear with the exogenous regressors or earlier instruments")
        }
        guard instrumentNames.count >= endogenousNames.count else {
            throw PanelError(.singularDesign, "the model is underidentified: \(instrumentNames.count) usable excluded instruments for \(endogenousNames.count) endogenous regressors",
                             at: location + "/formula")
        }
        self.responseName = design.responseName
        self.response = design.response
        self.exogenous = Matrix(columnVectors: keptExogenous.map { columns[$0]! }, rows: design.response.count)
        self.endogenous = Matrix(columnVectors: endogenousNames.map { columns[$0]! }, rows: design.response.count)
        self.instruments = Matrix(columnVectors: instrumentNames.map { columns[$0]! }, rows: design.response.count)
        self.exogenousNames = keptExogenous
        self.endogenousNames = endogenousNames
        self.instrumentNames = instrumentNames
        self.droppedInstruments = groupNames[2].filter { !instrumentNames.contains($0) }
        self.projection = projection
        self.unabsorbed = unabsorbed
        self.omitted = omitted
        self.warnings = warnings
        guard observationCount > keptExogenous.count + instrumentNames.count + absorbedParameters else {
            throw PanelError(.singularDesign, "\(observationCount) observations cannot identify the first stages", at: location)
        }
    }

    /// The same sample with the endogenous regressors `names` treated as exogenous (moved to X₁, hence also
    /// instruments), for the C (difference-in-Sargan) endogeneity test.
    func treatingAsExogenous(_ names: [String]) -> InstrumentalVariablesSample {
        let moved = endogenousNames.indices.filter { names.contains(endogenousNames[$0]) }
        let kept = endogenousNames.indices.filter { !names.contains(endogenousNames[$0]) }
        return InstrumentalVariablesSample(
            responseName: responseName, response: response,
            exogenous: exogenous.appendingColumns(Matrix(columnVectors: moved.map { endogenous.column($0) }, rows: observationCount)),
            endogenous: Matrix(columnVectors: kept.map { endogenous.column($0) }, rows: observationCount),
            instruments: instruments, exogenousNames: exogenousNames + moved.map { endogenousNames[$0] },
            endogenousNames: kept.map { endogenousNames[$0] }, instrumentNames: instrumentNames, droppedInstruments: droppedInstruments,
            projection: projection, unabsorbed: unabsorbed, omitted: omitted, warnings: warnings)
    }

    /// An instrument must not also be a regressor, nor a regressor both exogenous and endogenous.
    private static func requireDisjoint(_ groups: [[String]], at location: String) throws(PanelError) {
        for (a, b, what) in [(0, 1, "both exogenous and endogenous"), (0, 2, "both a regressor and an excluded instrument"),
                             (1, 2, "both endogenous and an excluded instrument")] {
            if let name = groups[a].first(where: { groups[b].contains($0) }) {
                throw PanelError(.badFormula, "'\(name)' is \(what)", at: location)
            }
        }
    }

    private static func columnsByName(_ design: RegressionDesign) -> [String: [Double]] {
        var columns: [String: [Double]] = [:]
        for (j, name) in design.termNames.enumerated() { columns[name] = design.regressors.column(j) }
        return columns
    }

    /// The names among `candidates` (in order) whose columns are linearly independent of the `after` columns and of
    /// the earlier kept candidates, by the same rule as `LeastSquaresFit`.
    private static func independentColumns(_ candidates: [String], after: [String], columns: [String: [Double]]) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let names = after + candidates
        let qr = HouseholderQR(Matrix(columnVectors: names.map { columns[$0]! }),
                               pivoting: .deficientLast(tolerance: LeastSquaresFit.collinearityTolerance))
        return qr.keptColumns.filter { $0 >= after.count }.map { names[$0] }
    }

    /// `design` on the given table rows (a subset of its rows, in order).
    private static func restricted(_ design: RegressionDesign, to rows: [Int]) -> RegressionDesign {
        var position: [Int: Int] = [:]
        for (k, row) in design.rowsUsed.enumerated() { position[row] = k }
        let kept = rows.map { position[$0]! }
        let x = design.regressors
        var storage: [Double] = []
        storage.reserveCapacity(kept.count * x.columns)
        for j in 0..<x.columns { storage.append(contentsOf: kept.map { x[$0, j] }) }
        return RegressionDesign(responseName: design.responseName, response: kept.map { design.response[$0] },
                                regressors: Matrix(rows: kept.count, columns: x.columns, columnMajor: storage),
                                termNames: design.termNames, hasIntercept: design.hasIntercept, rowsUsed: rows,
                                rowsDropped: design.rowsDropped + design.rowsUsed.count - rows.count)
    }
}
