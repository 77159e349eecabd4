/// Under- and weak-identification statistics of an IV model as `ivreg2` reports them, from the endogenous
/// regressors X₂ and excluded instruments Z₂ residualised on the exogenous regressors and fixed effects (k and l
/// columns, N observations, L = k₁ + l + absorbed fixed-effect parameters instruments in all):
/// - Anderson canonical-correlation LM = N·ρ²_min, χ²(l − k + 1) (iid errors);
/// - Cragg–Donald Wald F = ρ²_min/(1 − ρ²_min) · (N − L)/l;
/// - Kleibergen–Paap rk LM under the chosen covariance, χ²(l − k + 1);
/// - Kleibergen–Paap rk Wald F = rk/l · (N − L)/N, times (G − 1)/G with G clusters (the fewer of two-way);
/// - the Stock–Yogo critical values for (k, l) and the method.
/// Under iid errors the KP statistics equal Anderson's and Cragg–Donald's. The KP statistics are nil (with a
/// warning) for Driscoll–Kraay. Perfectly weak instruments (ρ_min ≤ 1e-8) are a
/// `singular_design` error.
struct IdentificationDiagnostics {
    /// A smallest canonical correlation at or below this means no identification at all (an error, not a warning).
    static let perfectlyWeakCorrelation = 1e-8

    let canonicalCorrelations: [Double]
    let anderson: ChiSquaredTest
    let craggDonaldF: Double
    let kleibergenPaap: ChiSquaredTest?
    let kleibergenPaapF: Double?
    let stockYogo: [StockYogoTable.CriticalValue]

    /// `fScale` is (N − L)/N (times (G − 1)/G with clusters); `residualDegrees` is N − L.
    init(endogenous: Matrix, instruments: Matrix, grouping: ScoreGrouping, fScale: Double, residualDegrees: Int,
         method: InstrumentalVariablesMethod, warnings: inout [String], at location: String) throws(PanelError) {
        let n = Double(endogenous.rows)
        let k = endogenous.columns, l = instruments.columns
        let rank = try KleibergenPaap(endogenous: endogenous, instruments: instruments, at: location)
        let smallest = rank.canonicalCorrelations[k - 1]
        let squared = smallest * smallest
        canonicalCorrelations = rank.canonicalCorrelations
        anderson = ChiSquaredTest(name: "anderson_lm", statistic: n * squared, degreesOfFreedom: l - k + 1)
        craggDonaldF = squared / (1 - squared) * Double(residualDegrees) / Double(l)
        let lm = rank.statistic(.lagrangeMultiplier, grouping: grouping)
        let wald = rank.statistic(.wald, grouping: grouping)
        if lm == nil || wald == nil {
            warnings.append("the Kleibergen-Paap statistics are not computed for this covariance type or their covariance is singular")
        }
        kleibergenPaap = lm.map { ChiSquaredTest(name: "kleibergen_paap_lm", statistic: $0, degreesOfFreedom: l - k + 1) }
        kleibergenPaapF = wald.map { $0 / Double(l) * fScale }
        stockYogo = StockYogoTable.criticalValues(endogenous: k, instruments: l, method: method)
        if squared >= 1 - 1e-12 { warnings.append("the instruments are collinear with the endogenous regressors (canonical correlation 1)") }
        guard smallest > Self.perfectlyWeakCorrelation else {
            throw PanelError(.singularDesign, "the excluded instruments are perfectly weak: the smallest canonical correlation with the endogenous regressors is \(smallest.messageText)",
                             at: location + "/formula")
        }
    }
}
