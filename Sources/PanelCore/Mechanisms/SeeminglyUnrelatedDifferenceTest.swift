/// Test (b) of a heterogeneity analysis, seemingly-unrelated style as Stata's `suest`: each group's equation is
/// fitted on its own (fixed effects partialled out, singletons dropped), and the joint covariance of all groups'
/// coefficients is the cluster-robust sandwich over the stacked scores, V = D (Σ_c s_c s_cᵀ) Dᵀ · G/(G − 1), with
/// D = blockdiag((XₖᵀXₖ)⁻¹) and s_c the cluster's scores Σ xᵢeᵢ of every equation stacked, so clusters that span
/// groups correlate their estimates. Clusters: the `vcov` cluster (the first of two-way); otherwise each observation
/// is its own cluster (G = n). `suest`'s only small-sample factor is G/(G − 1), and it reports z statistics: so does
/// this test (normal p-values). Var(b_g − b_0) = Σ_c (φ_g(c) − φ_0(c))² · G/(G − 1), φ_g(c) the treatment's row of
/// (XₖᵀXₖ)⁻¹ s_c for group g.
enum SeeminglyUnrelatedDifferenceTest {
    static func estimate(_ model: HeterogeneityModel, sample: MechanismSample, rowsOfGroup: [[Int]], labels: [String],
                         covariance: CovarianceChoice, at location: String) throws(PanelError) -> [CoefficientDifference] {
        let n = sample.observationCount
        let (clusterOf, clusterCount): ([Int], Int)
        switch covariance {
        case .cluster(let name), .twoWayCluster(let name, _):
            let clusters = GroupIndex(try sample.table.requireColumn(name, at: location + "/vcov"), rows: Array(0..<n))
            (clusterOf, clusterCount) = (clusters.groupOf, clusters.count)
        default:
            (clusterOf, clusterCount) = (Array(0..<n), n)
        }
        let formula = try model.formula(at: location)
        var influence: [(estimate: Double, perCluster: [Double])] = []
        for rows in rowsOfGroup {
            influence.append(try treatmentInfluence(formula, treatment: model.treatment, table: sample.table.restricted(toRows: rows),
                                                    clusterOf: rows.map { clusterOf[$0] }, clusterCount: clusterCount, at: location))
        }
        let factor = Double(clusterCount) / Double(clusterCount - 1)
        return labels.indices.dropFirst().map { g in
            var variance = 0.0
            for c in 0..<clusterCount {
                let d = influence[g].perCluster[c] - influence[0].perCluster[c]
                variance += d * d
            }
            variance *= factor
            let difference = influence[g].estimate - influence[0].estimate
            let se: Double? = variance > 0 ? variance.squareRoot() : nil
            let z = se.map { difference / $0 }
            return CoefficientDifference(group: labels[g], reference: labels[0], difference: difference, standardError: se,
                                         statistic: z, pValue: z.map { 2 * StandardNormal.survival($0.magnitude) })
        }
    }

    /// One group's treatment estimate and its influence per cluster, φ(c) = row of (XᵀX)⁻¹ Σ_{i∈c} xᵢeᵢ.
    private static func treatmentInfluence(_ formula: Formula, treatment: String, table: DataTable, clusterOf: [Int],
                                           clusterCount: Int, at location: String) throws(PanelError) -> (estimate: Double, perCluster: [Double]) {
        var design = try RegressionDesign(formula: formula, table: table, requiredColumns: formula.fixedEffectVariables, at: location)
        if !formula.fixedEffects.isEmpty {
            design = try FixedEffectsProjection(design, fixedEffects: formula.fixedEffects, table: table, at: location).design
        }
        let fit = try LeastSquaresFit(design, at: location)
        guard let p = fit.keptColumns.firstIndex(where: { design.termNames[$0] == treatment }) else {
            throw PanelError(.singularDesign, "the treatment is omitted in a group's equation (collinear or absorbed)", at: location)
        }
        let scores = CovarianceInputs(fit).groupScores(group: design.rowsUsed.map { clusterOf[$0] }, groupCount: clusterCount)
        let perCluster = (0..<clusterCount).map { c in
            (0..<fit.parameterCount).reduce(0.0) { $0 + fit.rInverse[p, $1] * scores[c, $1] }
        }
        return (fit.coefficients[p], perCluster)
    }
}
