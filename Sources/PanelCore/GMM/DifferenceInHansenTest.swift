/// The difference-in-Hansen (C) test of the exogeneity of one instrument subset (Hayashi 2000, §3.6; xtabond2's
/// "Difference-in-Hansen tests of exogeneity of instrument subsets"), after two-step GMM: with S = Σ Zᵢ'ê₁ᵢê₁ᵢ'Zᵢ
/// from the one-step residuals, the model is re-estimated by two-step GMM on the remaining instruments r with weights
/// S_rr⁻¹ — b_r = (X'Z_r S_rr⁻¹ Z_r'X)⁻¹ X'Z_r S_rr⁻¹ Z_r'y —, whose minimised J_r = g_r' S_rr⁻¹ g_r,
/// g_r = Z_r'y − Z_r'X b_r, is the "Hansen test excluding group" (χ² with r − k df); the difference J − J_r is χ²
/// with the subset's size as df under the subset's exogeneity. Both use the same S, so the difference is not
/// negative (up to rounding). The excluding-group test is nil when the remaining instruments do not overidentify
/// the coefficients or do not identify them.
struct DifferenceInHansenTest {
    let group: GMMInstrumentGroup
    let excluding: ChiSquaredTest?
    let difference: ChiSquaredTest?

    static func tests(_ equations: GMMEquations, _ moments: GMMMoments, oneStep: OneStepGMM, hansen: ChiSquaredTest?) throws(PanelError)
        -> [DifferenceInHansenTest] {
        guard let hansen else { return [] }
        var tests: [DifferenceInHansenTest] = []
        for group in equations.instrumentGroups {
            let excluded = Set(group.columns)
            let kept = (0..<equations.instrumentCount).filter { !excluded.contains($0) }
            guard kept.count > equations.termCount, let statistic = try restrictedJ(kept, moments, scoreCovariance: oneStep.scoreCovariance) else {
                tests.append(DifferenceInHansenTest(group: group, excluding: nil, difference: nil))
                continue
            }
            let excluding = ChiSquaredTest(name: "hansen", statistic: statistic, degreesOfFreedom: kept.count - equations.termCount)
            let difference = ChiSquaredTest(name: "difference", statistic: max(0, hansen.statistic - statistic),
                                            degreesOfFreedom: hansen.degreesOfFreedom - excluding.degreesOfFreedom)
            tests.append(DifferenceInHansenTest(group: group, excluding: excluding, difference: difference))
        }
        return tests
    }

    /// The minimised two-step J on the instrument columns `kept`; nil when they do not identify the coefficients.
    private static func restrictedJ(_ kept: [Int], _ moments: GMMMoments, scoreCovariance s: Matrix) throws(PanelError) -> Double? {
        let k = moments.instrumentsTimesRegressors.columns
        var srr = Matrix(rows: kept.count, columns: kept.count), zx = Matrix(rows: kept.count, columns: k)
        var zy = [Double](repeating: 0, count: kept.count)
        for (i, row) in kept.enumerated() {
            for (j, column) in kept.enumerated() { srr[i, j] = s[row, column] }
            for j in 0..<k { zx[i, j] = moments.instrumentsTimesRegressors[row, j] }
            zy[i] = moments.instrumentsTimesResponse[row]
        }
        let weight = try GMMWeightInverse.inverse(srr).inverse
        let weightedZX = weight * zx
        guard let bread = try? SymmetricPositiveDefinite.inverse(zx.transposeTimes(weightedZX)) else { return nil }
        let b = bread.times(weightedZX.transposeTimes(zy))
        let fitted = zx.times(b)
        let g = (0..<kept.count).map { zy[$0] - fitted[$0] }
        let ag = weight.times(g)
        var j = 0.0
        for i in 0..<g.count { j += g[i] * ag[i] }
        return j
    }
}
