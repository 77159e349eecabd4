/// The candidate values of one threshold: order statistics of the threshold variable q over the trimmed range, and
/// the rule that every regime keeps a minimum share of the observations (Hansen 1999, §3.1, who searches quantiles
/// of q; Stata `xthreg`'s `grid()` and `trim()`).
///
/// With `pointCount` G, point k (k = 0…G − 1) is q₍ⱼ₎, the j-th smallest of the N values of q (0-based), with
/// j = ⌊N·(trim + (1 − 2·trim)·k/(G − 1))⌋ (G = 1 takes k/(G − 1) = 0); repeated values are kept once. Without a
/// point count every distinct value of q is a candidate. A candidate γ is admissible next to the thresholds already
/// fixed when each regime they cut (q ≤ t₁, t₁ < q ≤ t₂, …, q > t_last) holds at least ⌈trim·N⌉ observations (and
/// at least one).
struct ThresholdGrid {
    /// The values of q, ascending.
    let sortedValues: [Double]
    /// The candidates before the regime-size rule, ascending and distinct.
    let points: [Double]
    /// Fewest observations a regime may hold.
    let minimumRegimeSize: Int

    /// The grid of `values` for trimming fraction `trim` (0 ≤ trim < 0.5) and `pointCount` points (nil: all distinct values).
    init(values: [Double], trim: Double, pointCount: Int?) {
        precondition(!values.isEmpty && trim >= 0 && trim < 0.5, "a threshold grid needs values and a trim in [0, 0.5)")
        let sorted = values.sorted()
        let n = sorted.count
        var candidates: [Double] = []
        if let pointCount {
            precondition(pointCount >= 1, "a threshold grid needs at least one point")
            for k in 0..<pointCount {
                let fraction = pointCount == 1 ? 0 : Double(k) / Double(pointCount - 1)
                let position = Int((Double(n) * (trim + (1 - 2 * trim) * fraction)).rounded(.down))
                candidates.append(sorted[min(position, n - 1)])
            }
        } else {
            candidates = sorted
        }
        var distinct: [Double] = []
        for value in candidates where distinct.last != value { distinct.append(value) }
        self.sortedValues = sorted
        self.points = distinct
        self.minimumRegimeSize = max(1, Int((trim * Double(n)).rounded(.up)))
    }

    /// The points admissible next to the thresholds `fixed`, ascending.
    func admissiblePoints(besides fixed: [Double]) -> [Double] {
        points.filter { candidate in
            let cuts = (fixed + [candidate]).sorted()
            var below = 0
            for cut in cuts {
                let atOrBelow = countAtOrBelow(cut)
                if atOrBelow - below < minimumRegimeSize { return false }
                below = atOrBelow
            }
            return sortedValues.count - below >= minimumRegimeSize
        }
    }

    /// The number of values of q that are ≤ `cut` (binary search).
    func countAtOrBelow(_ cut: Double) -> Int {
        var low = 0, high = sortedValues.count
        while low < high {
            let middle = (low + high) / 2
            if sortedValues[middle] <= cut { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
