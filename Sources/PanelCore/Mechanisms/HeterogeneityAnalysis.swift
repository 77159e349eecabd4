/// Heterogeneity analysis (seed 003 Table 6): subgroup regressions on one common sample and the three tests of a
/// difference in the treatment's coefficient (`InteractedDifferenceTest`, `SeeminglyUnrelatedDifferenceTest`,
/// `PermutationDifferenceTest`). Groups are the values of the grouping column in order of first appearance on the
/// sample; each needs at least k + 2 observations (k = treatment and control columns).
public enum HeterogeneityAnalysis {
    /// Permutation settings: R (0 = none), the seed, and the unit whose rows share a label (nil: observations).
    public struct Permutations: Equatable {
        public var replications = 1000
        public var seed: UInt64 = 0
        public var unitColumn: String?
    }

    public static func estimate(_ model: HeterogeneityModel, table: DataTable, panel: PanelIndex?, covariance: CovarianceChoice,
                                level: Double, permutations: Permutations, executor: ReplicationExecutor,
                                budget: TimeBudget = .unlimited, shards: ReplicationShards? = nil, at location: String) throws(PanelError) -> HeterogeneityResult {
        guard model.group != model.outcome, model.group != model.treatment, model.treatment != model.outcome else {
            throw PanelError(.invalidOption, "the group, treatment and outcome must be three different columns", at: location + "/group")
        }
        let formula = try model.formula(at: location)
        let unitColumn = permutations.replications > 0 ? permutations.unitColumn : nil
        let sample = try MechanismSample(formula, leadingTerms: [model.treatment], table: table, panel: panel,
                                         requiredColumns: covariance.requiredColumns + [model.group], resamplingColumn: unitColumn,
                                         at: location)
        let n = sample.observationCount
        let groupColumn = try sample.table.requireColumn(model.group, at: location + "/group")
        let groups = GroupIndex(groupColumn, rows: Array(0..<n))
        guard groups.count >= 2 else {
            throw PanelError(.invalidData, "the group column '\(model.group)' has \(groups.count) value on the sample; comparing groups needs at least 2",
                             at: location + "/group")
        }
        var rowsOfGroup = [[Int]](repeating: [], count: groups.count)
        for row in 0..<n { rowsOfGroup[groups.groupOf[row]].append(row) }
        let values = rowsOfGroup.map { groupValue(groupColumn, row: $0[0]) }
        let labels = values.map { value -> String in
            if case .string(let text) = value { return text }
            if case .number(let x) = value { return JSONWriter.formatNumber(x) }
            return ""
        }
        let design = try RegressionDesign(formula: formula, table: sample.table, at: location)
        let parameters = design.regressors.columns - (design.hasIntercept && !formula.fixedEffects.isEmpty ? 1 : 0)
        for (g, rows) in rowsOfGroup.enumerated() where rows.count < parameters + 2 {
            throw PanelError(.invalidData, "group '\(labels[g])' has \(rows.count) observations; its regression needs at least \(parameters + 2)",
                             at: location + "/group")
        }
        var subgroups: [SubgroupRegression] = []
        for (g, rows) in rowsOfGroup.enumerated() {
            let groupTable = sample.table.restricted(toRows: rows)
            let regression = try OrdinaryLeastSquares.estimate(formula: formula, table: groupTable,
                                                               panel: try groupTable.panelIndex(like: sample.panel, at: "/panel"),
                                                               covariance: covariance, level: level, at: location)
            subgroups.append(SubgroupRegression(label: labels[g], value: values[g], regression: regression))
        }
        let (interactedModel, interacted) = try InteractedDifferenceTest.estimate(model, sample: sample, design: design, groupOf: groups.groupOf,
                                                                                labels: labels, covariance: covariance, level: level, at: location)
        let unrelated = try SeeminglyUnrelatedDifferenceTest.estimate(model, sample: sample, rowsOfGroup: rowsOfGroup, labels: labels,
                                                                      covariance: covariance, at: location)
        var warnings: [String] = []
        if sample.rowsDropped > 0 { warnings.append("\(sample.rowsDropped) rows with a missing variable were dropped") }
        var pValues: [Double?] = []
        var summary: (replications: Int, successful: Int, unit: String?, seed: UInt64)?
        if permutations.replications > 0 {
            let groupOfUnit = try unitGroups(sample, groupOf: groups.groupOf, column: model.group, at: location)
            guard let observed = PermutationDifferenceTest.differences(sample, rowsOfGroup: rowsOfGroup) else {
                throw PanelError(.singularDesign, "the treatment is not estimable in every group", at: location)
            }
            let outcome = try PermutationDifferenceTest.run(sample, groupOfUnit: groupOfUnit, groupCount: groups.count, observed: observed,
                                                        replications: permutations.replications, seed: permutations.seed,
                                                        executor: executor, budget: budget, shards: shards,
                                                            warnings: &warnings, at: location)
            pValues = outcome.pValues
            summary = (permutations.replications, outcome.successful, unitColumn, permutations.seed)
        }
        return HeterogeneityResult(model: model, observationCount: n, groups: subgroups, interactedModel: interactedModel,
                                   interacted: interacted, seeminglyUnrelated: unrelated, permutationPValues: pValues,
                                   permutation: summary, level: level, warnings: warnings)
    }

    /// The group of each permutation unit; `invalid_data` at `/group` when a unit's rows are in different groups.
    private static func unitGroups(_ sample: MechanismSample, groupOf: [Int], column: String, at location: String) throws(PanelError) -> [Int] {
        var groupOfUnit = [Int](repeating: -1, count: sample.unitCount)
        for row in 0..<sample.observationCount {
            let unit = sample.unitOf[row]
            if groupOfUnit[unit] < 0 {
                groupOfUnit[unit] = groupOf[row]
            } else if groupOfUnit[unit] != groupOf[row] {
                throw PanelError(.invalidData, "'\(column)' changes within a permutation unit; permuting labels across units needs one group per unit (or set replications to 0)",
                                 at: location + "/group")
            }
        }
        return groupOfUnit
    }

    /// The group's value in a row, as JSON (a number or a string).
    private static func groupValue(_ column: DataColumn, row: Int) -> JSONValue {
        switch column.values {
        case .numeric(let values): return .number(values[row])
        case .text(let values): return .string(values[row] ?? "")
        }
    }
}
