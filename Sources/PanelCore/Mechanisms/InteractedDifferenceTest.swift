/// Test (a) of a heterogeneity analysis: the fully interacted model. Every regressor (and, without fixed effects, the
/// intercept) is multiplied by each group's indicator and every fixed effect is interacted with the group
/// (`fe^group`), so the coefficients equal the separate regressions' while one covariance — the chosen one, on the
/// pooled sample — covers all groups (Stata: `reghdfe y c.(x controls)#i.group, absorb(fe#group) vce(…)` then `test`).
/// The difference b_g − b_0 has variance V_gg + V_00 − 2V_g0, with t inference on the covariance's degrees of freedom.
/// The reported regression names the terms `term [group]`.
enum InteractedDifferenceTest {
    static func estimate(_ model: HeterogeneityModel, sample: MechanismSample, design: RegressionDesign, groupOf: [Int],
                         labels: [String], covariance: CovarianceChoice, level: Double,
                         at location: String) throws(PanelError) -> (regression: RegressionResult, differences: [CoefficientDifference]) {
        let n = sample.observationCount
        var columns: [DataColumn] = [DataColumn(name: "hy", values: .numeric(design.response))]
        var generated: [(name: String, label: String)] = []
        for j in (model.fixedEffects.isEmpty ? 0 : 1)..<design.regressors.columns {
            let values = design.regressors.column(j)
            for (g, label) in labels.enumerated() {
                let name = "hv\(j)g\(g)"
                columns.append(DataColumn(name: name, values: .numeric((0..<n).map { groupOf[$0] == g ? values[$0] : 0 })))
                generated.append((name, design.termNames[j] + " [" + label + "]"))
            }
        }
        var copied = Set<String>()
        let formula = try model.formula(at: location)
        let panelColumns = sample.panel.map { [$0.idName, $0.timeName] } ?? []
        for name in formula.fixedEffectVariables + [model.group] + covariance.requiredColumns + panelColumns where copied.insert(name).inserted {
            columns.append(try sample.table.requireColumn(name, at: location))
        }
        let table = try DataTable(columns: columns)
        var text = "hy ~ " + generated.map { $0.name }.joined(separator: " + ")
        text += model.fixedEffects.isEmpty ? " - 1" : " | " + model.fixedEffects.map { $0 + "^" + model.group }.joined(separator: " + ")
        let result = try OrdinaryLeastSquares.estimate(formula: try FormulaParser.parse(text, at: location), table: table,
                                                       panel: try table.panelIndex(like: sample.panel, at: "/panel"),
                                                       covariance: covariance, level: level, at: location)
        let relabelled = result.renamingTerms(generated, response: model.outcome)
        let treatmentColumn = design.hasIntercept ? 1 : 0
        let t = StudentT(degreesOfFreedom: Double(result.covariance.correction.inferenceDegreesOfFreedom))
        let v = result.covariance.matrix
        let position = labels.indices.map { g in result.covarianceTerms.firstIndex(of: "hv\(treatmentColumn)g\(g)") }
        var differences: [CoefficientDifference] = []
        for g in labels.indices.dropFirst() {
            guard let i = position[g], let r = position[0] else {
                throw PanelError(.singularDesign, "the treatment is omitted in group '\(labels[position[g] == nil ? g : 0])' of the interacted model",
                                 at: location)
            }
            let difference = result.coefficients[i].estimate - result.coefficients[r].estimate
            let variance = v[i, i] + v[r, r] - 2 * v[i, r]
            let se: Double? = variance > 0 ? variance.squareRoot() : nil
            let statistic = se.map { difference / $0 }
            differences.append(CoefficientDifference(group: labels[g], reference: labels[0], difference: difference, standardError: se,
                                                     statistic: statistic, pValue: statistic.map { t.twoSidedPValue($0) }))
        }
        return (relabelled, differences)
    }
}

extension RegressionResult {
    /// The result with generated term names replaced by their labels (in rows, covariance terms, omitted terms and
    /// quoted in warnings) and the response renamed.
    func renamingTerms(_ names: [(name: String, label: String)], response: String) -> RegressionResult {
        var labelOf: [String: String] = [:]
        for entry in names { labelOf[entry.name] = entry.label }
        func relabel(_ term: String) -> String { labelOf[term] ?? term }
        /// Warnings quote term names in single quotes: the quoted parts are relabelled.
        func relabelQuoted(_ text: String) -> String {
            text.split(separator: "'", omittingEmptySubsequences: false).enumerated()
                .map { k, part in k % 2 == 1 ? relabel(String(part)) : String(part) }.joined(separator: "'")
        }
        return RegressionResult(estimator: estimator, responseName: response, observationCount: observationCount,
                                coefficients: coefficients.map { row in
                                    CoefficientEstimate(term: relabel(row.term), estimate: row.estimate, standardError: row.standardError,
                                                        statistic: row.statistic, pValue: row.pValue, confidenceLow: row.confidenceLow,
                                                        confidenceHigh: row.confidenceHigh)
                                },
                                statistics: statistics, covariance: covariance, covarianceTerms: covarianceTerms.map(relabel),
                                omitted: omitted.map(relabel), warnings: warnings.map(relabelQuoted), level: level, inference: inference,
                                fixedEffects: fixedEffects)
    }
}
