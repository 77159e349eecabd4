/// One 2×2 comparison of the Goodman-Bacon decomposition: its kind, the treated and comparison groups (adoption
/// periods; nil = never treated), the 2×2 DID estimate and its weight in the TWFE coefficient.
public struct BaconComparison: Equatable {
    /// `treated_vs_never`, `early_vs_late` (earlier cohort treated, later not yet) or `late_vs_early` (later cohort
    /// treated, the earlier one already treated serving as control — the "forbidden" comparison).
    public let kind: String
    public let treated: Int
    public let control: Int?
    public let estimate: Double
    public let weight: Double
}

/// The Goodman-Bacon (2021, Theorem 1) decomposition of the TWFE DID coefficient of `y ~ D | id + time` on a
/// balanced panel without controls into all 2×2 comparisons of timing groups, whose weights sum to 1 and whose
/// weighted estimates sum to the TWFE coefficient (Stata `bacondecomp`, R `bacondecomp`). Units first treated at or
/// before the first period form an always-treated group (controls only); units adopting after the last period are
/// never treated within the sample. Comparisons with zero weight are not listed.
public struct BaconDecomposition {
    public let comparisons: [BaconComparison]

    /// Σ weight × estimate, equal to the TWFE coefficient up to rounding.
    public var weightedEstimate: Double { comparisons.reduce(0) { $0 + $1.weight * $1.estimate } }

    /// Decomposes the TWFE coefficient of `response` (one value per table row) on the indicator of `timing`.
    /// Fails with `invalid_data` when the panel is not balanced (every unit observed in every period, no missing `response`).
    public init(response: [Double], timing: AdoptionTiming, panel: PanelIndex, at location: String) throws(PanelError) {
        let periods = Array(Set(panel.timeOf)).sorted()
        let (t, n) = (periods.count, panel.unitCount)
        guard panel.timeOf.count == t * n, !response.contains(where: { $0.isNaN }) else {
            throw PanelError(.invalidData, "the Goodman-Bacon decomposition needs a balanced panel: every unit in each of the \(t) periods, no missing outcome",
                             at: location)
        }
        // Timing group of each unit: its effective adoption period index in 0...t (t = never, 0 = always treated).
        let groupOf = timing.adoptionOf.map { adoption in adoption.map { a in periods.filter { $0 < a }.count } ?? t }
        var size = [Int](repeating: 0, count: t + 1)
        for g in groupOf { size[g] += 1 }
        var sums = [Double](repeating: 0, count: (t + 1) * t)
        var periodIndex: [Int: Int] = [:]
        for (k, period) in periods.enumerated() { periodIndex[period] = k }
        for row in response.indices { sums[groupOf[panel.unitOf[row]] * t + periodIndex[panel.timeOf[row]]!] += response[row] }
        func mean(_ g: Int, _ range: Range<Int>) -> Double {
            var total = 0.0
            for k in range { total += sums[g * t + k] }
            return total / (Double(size[g]) * Double(range.count))
        }
        let share = { (g: Int) -> Double in Double(size[g]) / Double(n) }
        let treatedShare = { (g: Int) -> Double in Double(t - g) / Double(t) }
        let varianceD = Self.demeanedTreatmentVariance(groupOf: groupOf, size: size, periods: t)
        var comparisons: [BaconComparison] = []
        let groups = (0..<t).filter { size[$0] > 0 }
        for k in groups where k > 0 && size[t] > 0 {
            let d = treatedShare(k), nku = share(k) / (share(k) + share(t))
            let estimate = (mean(k, k..<t) - mean(k, 0..<k)) - (mean(t, k..<t) - mean(t, 0..<k))
            let weight = (share(k) + share(t)) * (share(k) + share(t)) * nku * (1 - nku) * d * (1 - d) / varianceD
            comparisons.append(BaconComparison(kind: "treated_vs_never", treated: periods[k], control: nil, estimate: estimate, weight: weight))
        }
        for k in groups {
            for l in groups where l > k {
                let (dk, dl) = (treatedShare(k), treatedShare(l))
                let nkl = share(k) / (share(k) + share(l)), pair = share(k) + share(l)
                if k > 0 {
                    let estimate = (mean(k, k..<l) - mean(k, 0..<k)) - (mean(l, k..<l) - mean(l, 0..<k))
                    let scale = pair * (1 - dl)
                    let weight = scale * scale * nkl * (1 - nkl) * (dk - dl) / (1 - dl) * (1 - dk) / (1 - dl) / varianceD
                    comparisons.append(BaconComparison(kind: "early_vs_late", treated: periods[k], control: periods[l], estimate: estimate, weight: weight))
                }
                let estimate = (mean(l, l..<t) - mean(l, k..<l)) - (mean(k, l..<t) - mean(k, k..<l))
                let scale = pair * dk
                let weight = scale * scale * nkl * (1 - nkl) * (dl / dk) * (dk - dl) / dk / varianceD
                comparisons.append(BaconComparison(kind: "late_vs_early", treated: periods[l], control: periods[k], estimate: estimate, weight: weight))
            }
        }
        self.comparisons = comparisons
    }

    /// V̂ᴰ = (1/NT) Σ D̃², D̃ the two-way demeaned indicator of a balanced panel (D − unit mean − period mean + grand mean).
    private static func demeanedTreatmentVariance(groupOf: [Int], size: [Int], periods t: Int) -> Double {
        let n = Double(groupOf.count)
        var periodMean = [Double](repeating: 0, count: t)
        for (g, count) in size.enumerated() where count > 0 {
            for k in g..<t { periodMean[k] += Double(count) / n }
        }
        let grand = periodMean.reduce(0, +) / Double(t)
        var total = 0.0
        for (g, count) in size.enumerated() where count > 0 {
            let unitMean = Double(t - g) / Double(t)
            for k in 0..<t {
                let demeaned = (k >= g ? 1.0 : 0.0) - unitMean - periodMean[k] + grand
                total += Double(count) * demeaned * demeaned
            }
        }
        return total / (n * Double(t))
    }

    /// Total weight and weighted mean estimate of each comparison kind present (treated_vs_never, early_vs_late,
    /// late_vs_early, in that order).
    public var byKind: [(kind: String, weight: Double, estimate: Double)] {
        ["treated_vs_never", "early_vs_late", "late_vs_early"].compactMap { kind in
            let chosen = comparisons.filter { $0.kind == kind }
            guard !chosen.isEmpty else { return nil }
            let weight = chosen.reduce(0) { $0 + $1.weight }
            return (kind, weight, chosen.reduce(0) { $0 + $1.weight * $1.estimate } / weight)
        }
    }
}
