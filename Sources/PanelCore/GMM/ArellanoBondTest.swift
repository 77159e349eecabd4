/// The Arellano–Bond (1991) test for autocorrelation of order m in the differenced residuals, in plm's `mtest`
/// form: with eᵢ the differenced-equation residuals of unit i and lᵢ the same lagged m periods (zero where
/// unavailable, and zero for the level equations of system GMM),
/// z = Σ eᵢ'lᵢ / √(Σ(eᵢ'lᵢ)² − 2 (Σlᵢ'Xᵢ) B X'Z A Σ Zᵢ'eᵢ(eᵢ'lᵢ) + (Σlᵢ'Xᵢ) V (Σlᵢ'Xᵢ)'), standard normal
/// under no autocorrelation; B and A the bread and weights of the reported step, V its (robust or Windmeijer)
/// covariance — what plm's `summary` prints.
public struct ArellanoBondTest {
    public let order: Int
    public let statistic: Double
    public var pValue: Double { 2 * StandardNormal.survival(statistic.magnitude) }

    /// nil when the panel has no more than `order` differenced periods or the variance is not positive.
    init?(order: Int, _ equations: GMMEquations, _ moments: GMMMoments, step: GMMStep, covariance: Matrix) {
        guard order < equations.differenceRows else { return nil }
        let k = equations.termCount, l = equations.instrumentCount
        var numerator = 0.0, eve = 0.0
        var ex = [Double](repeating: 0, count: k), zve = [Double](repeating: 0, count: l)
        for unit in 0..<equations.unitCount {
            var e = [Double](repeating: 0, count: equations.rowsPerUnit), lagged = e
            for r in 0..<equations.differenceRows {
                e[r] = step.residuals[unit][r]
                if r >= order { lagged[r] = step.residuals[unit][r - order] }
            }
            var product = 0.0
            for r in 0..<equations.differenceRows { product += e[r] * lagged[r] }
            numerator += product
            eve += product * product
            let lx = equations.regressors[unit].transposeTimes(lagged)
            for j in 0..<k { ex[j] += lx[j] }
            let ze = equations.instruments[unit].transposeTimes(e)
            for j in 0..<l { zve[j] += ze[j] * product }
        }
        let middle = step.bread.times(moments.instrumentsTimesRegressors.transposeTimes(step.weight.times(zve)))
        let quadratic = covariance.times(ex)
        var cross = 0.0, variance = 0.0
        for j in 0..<k {
            cross += ex[j] * middle[j]
            variance += ex[j] * quadratic[j]
        }
        let denominator = eve - 2 * cross + variance
        guard denominator > 0, denominator.isFinite else { return nil }
        self.order = order
        statistic = numerator / denominator.squareRoot()
    }
}
