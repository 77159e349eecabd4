/// Tests that the transition probabilities of m regimes (the spatial Markov chain's neighbour classes) are one chain,
/// as giddy computes them for `Spatial_Markov`:
/// - Q and LR (Bickenbach & Bode 2003; giddy `homogeneity`): with p_ij the pooled and p_ij(l) regime l's
///   probabilities and n_i(l) its row totals, Q = Σ_l Σ_i Σ_j n_i(l) (p_ij(l) − p_ij)² / p_ij (a zero p_ij divides by
///   1) and LR = 2 Σ_l Σ_i Σ_j n_ij(l) ln(p_ij(l) / p_ij) over the cells with n_ij(l) > 0 and p_ij > 0; both χ² with
///   Σ_i (b_i − 1)(a_i − 1) degrees of freedom, b_i the regimes with a non-empty row i and a_i the non-zero cells of
///   the pooled row i;
/// - χ² of each regime against the pooled chain (Rey 2001; giddy `markov.chi2(T[l], transitions)`):
///   Σ_ij (n_ij(l) − E_ij)² / E_ij with E_ij = n_i(l) p_ij (a zero E_ij divides by 1), (r_l − 1)(r − 1) degrees of
///   freedom for r_l and r non-empty rows of the regime and pooled counts; their sum with m(k − 1)² degrees of
///   freedom (giddy `x2`, `x2_dof` = k(k − 1)², the same when m = k).
/// A test with zero degrees of freedom has no p-value (nil). Where giddy's degrees of freedom go below zero or count
/// rows without transitions — (b_i − 1)(a_i − 1) = (−1)(−1) for a class no regime leaves, (0 − 1)(r − 1) for a
/// regime without transitions — each factor counts at least 0 here.
public struct MarkovHomogeneityTests: Equatable, Sendable {
    /// A χ² statistic, its degrees of freedom and upper-tail p-value.
    public struct Statistic: Equatable, Sendable {
        public let statistic: Double
        public let degreesOfFreedom: Int
        public var pValue: Double? {
            degreesOfFreedom > 0 ? ChiSquared(degreesOfFreedom: Double(degreesOfFreedom)).survival(statistic) : nil
        }
    }

    public let q: Statistic
    public let likelihoodRatio: Statistic
    /// χ² of each regime against the pooled chain, in regime order.
    public let chiSquaredByRegime: [Statistic]
    /// Their sum.
    public let chiSquared: Statistic

    /// The tests of `regimes` (same classes) against `pooled`, their cell-by-cell sum.
    public init(regimes: [MarkovChain], pooled: MarkovChain) {
        let p = pooled.probabilities
        let k = pooled.classCount
        var q = 0.0, logRatio = 0.0
        var regimesWithRow = [Int](repeating: 0, count: k)
        for regime in regimes {
            let totals = regime.rowTotals, pRegime = regime.probabilities
            for i in 0..<k {
                if totals[i] > 0 { regimesWithRow[i] += 1 }
                for j in 0..<k {
                    let difference = pRegime[i][j] - p[i][j]
                    q += Double(totals[i]) * difference * difference / (p[i][j] == 0 ? 1 : p[i][j])
                    if regime.counts[i][j] > 0 && p[i][j] > 0 {
                        logRatio += Double(regime.counts[i][j]) * Elementary.log(pRegime[i][j] / p[i][j])
                    }
                }
            }
        }
        var degrees = 0
        for i in 0..<k {
            let nonZero = pooled.counts[i].filter { $0 > 0 }.count
            degrees += max(regimesWithRow[i] - 1, 0) * max(nonZero - 1, 0)
        }
        self.q = Statistic(statistic: q, degreesOfFreedom: degrees)
        likelihoodRatio = Statistic(statistic: 2 * logRatio, degreesOfFreedom: degrees)
        chiSquaredByRegime = regimes.map { Self.chiSquared($0, against: pooled) }
        chiSquared = Statistic(statistic: chiSquaredByRegime.reduce(0) { $0 + $1.statistic },
                               degreesOfFreedom: regimes.count * (k - 1) * (k - 1))
    }

    /// Rey's χ² of `regime` against the probabilities of `pooled`.
    static func chiSquared(_ regime: MarkovChain, against pooled: MarkovChain) -> Statistic {
        let totals = regime.rowTotals, p = pooled.probabilities
        var statistic = 0.0
        for i in 0..<regime.classCount {
            for j in 0..<regime.classCount {
                let expected = Double(totals[i]) * p[i][j]
                let difference = Double(regime.counts[i][j]) - expected
                statistic += difference * difference / (expected == 0 ? 1 : expected)
            }
        }
        let rows = totals.filter { $0 > 0 }.count, pooledRows = pooled.rowTotals.filter { $0 > 0 }.count
        return Statistic(statistic: statistic, degreesOfFreedom: max(rows - 1, 0) * max(pooledRows - 1, 0))
    }
}
