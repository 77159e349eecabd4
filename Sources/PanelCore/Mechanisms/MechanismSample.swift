/// The common sample of a mechanism model (mediation, subgroups) and the numbers its refits (bootstrap draws,
/// jackknife, permutations) run on, evaluated once so that no replication parses a formula or reads the table: the
/// outcome, treatment, mediator and control columns on the sample rows, the level codes of every fixed-effect
/// variable, and the resampling unit of each row.
///
/// The common sample is the set of rows where the outcome, treatment, mediators, controls, fixed-effect variables,
/// covariance columns and resampling column are all present (listwise deletion over all equations).
struct MechanismSample {
    /// The level codes of one variable of a fixed-effect term on the sample rows; `followsCluster` when the variable is
    /// the resampling unit, whose levels a bootstrap draw renumbers.
    struct FixedEffectCodes {
        let levelOf: [Int]
        let levelCount: Int
        let followsCluster: Bool
    }

    /// The input table restricted to the common sample, and the panel structure over it.
    let table: DataTable
    let panel: PanelIndex?
    let rowsDropped: Int
    let outcome: [Double]
    let treatment: [Double]
    let mediators: [[Double]]
    /// The control columns as the formula expands them, plus a column of ones when there are no fixed effects.
    let controls: [[Double]]
    /// Per fixed-effect term, its variables' codes (one entry, or several for `a^b`).
    let fixedEffects: [[FixedEffectCodes]]
    /// The resampling unit of each row (0..<unitCount): the cluster, or the row itself when resampling observations.
    let unitOf: [Int]
    let unitCount: Int
    /// The rows of each resampling unit, ascending.
    let rowsOfUnit: [[Int]]

    /// The sample of `formula`, written `outcome ~ treatment + mediators… + controls | fixed effects`; `leadingTerms`
    /// are the treatment and the mediators as the request names them (only the treatment for a single equation).
    init(_ formula: Formula, leadingTerms: [String], table original: DataTable, panel originalPanel: PanelIndex?,
         requiredColumns: [String], resamplingColumn: String?, at location: String) throws(PanelError) {
        try formula.refuseTemporalTerms(at: location + "/controls")
        let design = try RegressionDesign(formula: formula, table: original, panel: originalPanel,
                                          requiredColumns: formula.fixedEffectVariables + requiredColumns + (resamplingColumn.map { [$0] } ?? []),
                                          at: location)
        guard !design.rowsUsed.isEmpty else {
            throw PanelError(.noObservations, "no row has all the variables of the model", at: location)
        }
        let first = design.hasIntercept ? 1 : 0
        let k = leadingTerms.count - 1
        // Each name must be one regressor, in place: a blank name, "1"/"-1", a repeated or an expanding term ("a*b")
        // would otherwise shift or drop columns.
        for (position, name) in leadingTerms.enumerated()
        where first + position >= design.termNames.count || design.termNames[first + position] != name {
            throw PanelError(.invalidOption, "'\(name)' is not one regressor column; the treatment and each mediator must be a column name as in the data",
                             at: location + (position == 0 ? "/treatment" : "/mediators/\(position - 1)"))
        }
        let n = design.rowsUsed.count
        let table = original.restricted(toRows: design.rowsUsed)
        self.table = table
        self.panel = try table.panelIndex(like: originalPanel, at: "/panel")
        self.rowsDropped = design.rowsDropped
        self.outcome = design.response
        self.treatment = design.regressors.column(first)
        self.mediators = (0..<k).map { design.regressors.column(first + 1 + $0) }
        var controls = (first + 1 + k..<design.regressors.columns).map { design.regressors.column($0) }
        if formula.fixedEffects.isEmpty { controls.append([Double](repeating: 1, count: n)) }
        self.controls = controls
        let allRows = Array(0..<n)
        var fixedEffects: [[FixedEffectCodes]] = []
        for term in formula.fixedEffects {
            var parts: [FixedEffectCodes] = []
            for name in term.factors.flatMap({ $0.variables }) {
                let groups = GroupIndex(try table.requireColumn(name, at: location), rows: allRows)
                parts.append(FixedEffectCodes(levelOf: groups.groupOf, levelCount: groups.count, followsCluster: name == resamplingColumn))
            }
            fixedEffects.append(parts)
        }
        self.fixedEffects = fixedEffects
        if let resamplingColumn {
            let units = GroupIndex(try table.requireColumn(resamplingColumn, at: location), rows: allRows)
            (self.unitOf, self.unitCount) = (units.groupOf, units.count)
        } else {
            (self.unitOf, self.unitCount) = (allRows, n)
        }
        var rowsOfUnit = [[Int]](repeating: [], count: unitCount)
        for row in allRows { rowsOfUnit[unitOf[row]].append(row) }
        self.rowsOfUnit = rowsOfUnit
    }

    var observationCount: Int { outcome.count }
}
