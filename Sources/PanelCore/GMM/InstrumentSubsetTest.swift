/// The difference-in-Hansen or difference-in-Sargan (C) test of the exogeneity of one instrument subset (Hayashi
/// 2000, §3.6; xtabond2's "Difference-in-Hansen/Sargan tests of exogeneity of instrument subsets"). Given a moment
/// covariance M (instruments × instruments) and a scale s, the model is re-estimated on the remaining instruments r
/// with weights M_rr⁻¹ — b_r = (X'Z_r M_rr⁻¹ Z_r'X)⁻¹ X'Z_r M_rr⁻¹ Z_r'y —, whose minimised J_r = g_r' M_rr⁻¹ g_r / s,
/// g_r = Z_r'y − Z_r'X b_r, is the test "excluding group" (χ² with r − k df); the difference J − J_r, J the same
/// minimum over all instruments, is χ² with the subset's size as df under the subset's exogeneity. Both use the same
/// M and s, so the difference is not negative (up to rounding).
/// - Hansen: M = S = Σ Zᵢ'ê₁ᵢê₁ᵢ'Zᵢ from the one-step residuals, s = 1 (after one or two steps: J is the two-step
///   minimum, xtabond2's Hansen test after `twostep` or a `robust` one-step estimate).
/// - Sargan: M = Σ Zᵢ'HZᵢ, s = σ̂² of the reported Sargan statistic (after one step, difference GMM: xtabond2's
///   one-step difference-in-Sargan; J is then the Sargan statistic itself).
/// The excluding-group test is nil when the remaining instruments do not overidentify the coefficients or do not
/// identify them.
struct InstrumentSubsetTest {
    let group: GMMInstrumentGroup
    let excluding: ChiSquaredTest?
    let difference: ChiSquaredTest?

    /// One test per instrument group of `equations`; `name` names the statistic ("hansen" or "sargan").
    static func tests(_ equations: GMMEquations, _ moments: GMMMoments, name: String, momentCovariance: Matrix, scale: Double) throws(PanelError)
        -> [InstrumentSubsetTest] {
        let all = Array(0..<equations.instrumentCount)
        guard all.count > equations.termCount, let full = try minimisedJ(all, moments, momentCovariance: momentCovariance, scale: scale) else { return [] }
        var tests: [InstrumentSubsetTest] = []
        for group in equations.instrumentGroups {
            let excluded = Set(group.columns)
            let kept = all.filter { !excluded.contains($0) }
            guard kept.count > equations.termCount, let statistic = try minimisedJ(kept, moments, momentCovariance: momentCovariance, scale: scale) else {
                tests.append(InstrumentSubsetTest(group: group, excluding: nil, difference: nil))
                continue
            }
            let excluding = ChiSquaredTest(name: name, statistic: statistic, degreesOfFreedom: kept.count - equations.termCount)
            let difference = ChiSquaredTest(name: "difference", statistic: max(0, full - statistic), degreesOfFreedom: group.columns.count)
            tests.append(InstrumentSubsetTest(group: group, excluding: excluding, difference: difference))
        }
        return tests
    }

    /// The minimised J on the instrument columns `kept`; nil when they do not identify the coefficients.
    private static func minimisedJ(_ kept: [Int], _ moments: GMMMoments, momentCovariance m: Matrix, scale: Double) throws(PanelError) -> Double? {
        let k = moments.instrumentsTimesRegressors.columns
        var mrr = Matrix(rows: kept.count, columns: kept.count), zx = Matrix(rows: kept.count, columns: k)
        var zy = [Double](repeating: 0, count: kept.count)
        for (i, row) in kept.enumerated() {
            for (j, column) in kept.enumerated() { mrr[i, j] = m[row, column] }
            for j in 0..<k { zx[i, j] = moments.instrumentsTimesRegressors[row, j] }
            zy[i] = moments.instrumentsTimesResponse[row]
        }
        let weight = try GMMWeightInverse.inverse(mrr).inverse
        let weightedZX = weight * zx
        guard let bread = try? SymmetricPositiveDefinite.inverse(zx.transposeTimes(weightedZX)) else { return nil }
        let b = bread.times(weightedZX.transposeTimes(zy))
        let fitted = zx.times(b)
        let g = (0..<kept.count).map { zy[$0] - fitted[$0] }
        let ag = weight.times(g)
        var j = 0.0
        for i in 0..<g.count { j += g[i] * ag[i] }
        return j / scale
    }
}
