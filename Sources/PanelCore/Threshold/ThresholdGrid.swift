/// The candidate values of one threshold and the trimming rule that keeps candidates away from the ends of the
/// threshold variable q and from the thresholds already fixed (Hansen 1999, §3.1; Stata `xthreg`'s `grid()` and
/// `trim()`; Hansen's program for the paper).
///
/// Points (ascending, repeated values kept once; `ThresholdGridChoice`): with `.observationQuantiles(G)`, point
/// k = 0…G − 1 is q₍ⱼ₎, the j-th smallest of the N values (0-based), j = ⌊N·(trim + (1 − 2·trim)·k/(G − 1))⌋ (G = 1
/// takes k/(G − 1) = 0); with `.distinctQuantiles(G)` the ⌊D·(trim + k·(1/G))⌋-th smallest of the D distinct values
/// (1-based; an index of 0 is skipped, as R's indexing does in Hansen's program), k = 0…⌊G(1 − 2·trim)⌋; `.all` every
/// distinct value; `.values` the given list.
///
/// Admissibility next to the fixed thresholds: with `.regimeSize`, every regime they cut together with the
/// candidate holds at least ⌈trim·N⌉ observations (and one); with `.gridWindow` (Hansen's program) the candidate's
/// position i (1-based) must not satisfy m − w < i ≤ m + w for any fixed threshold r, m the number of points below r
/// and w = G·trim (G the quantile count, or the number of points for `.all` and `.values`) — the window of Hansen's
/// GAUSS program THRESH_P.PRG, which wrote the paper's numbers (its R translation drops m − w ≤ i < m + w).
struct ThresholdGrid {
    /// The values of q, ascending.
    let sortedValues: [Double]
    /// The candidates before the admissibility rule, ascending and distinct.
    let points: [Double]
    /// Fewest observations a regime may hold under `.regimeSize`.
    let minimumRegimeSize: Int
    let rule: ThresholdTrimRule
    let boundary: RegimeBoundary
    /// Half-width w of the excluded window under `.gridWindow`, in grid positions.
    let windowHalfWidth: Double

    /// The grid of `values` (the N observations of q) for trimming fraction `trim` (0 ≤ trim < 0.5); the quantile
    /// points are spread over the range trimmed by `pointTrim` (default `trim`; Hansen's program builds every
    /// threshold's points with the first threshold's trim and applies each threshold's own trim to the window).
    init(values: [Double], trim: Double, choice: ThresholdGridChoice, rule: ThresholdTrimRule = .regimeSize,
         boundary: RegimeBoundary = .lowerIncludes, pointTrim: Double? = nil) {
        precondition(!values.isEmpty && trim >= 0 && trim < 0.5, "a threshold grid needs values and a trim in [0, 0.5)")
        let sorted = values.sorted()
        let spread = pointTrim ?? trim
        var candidates: [Double] = []
        var scale: Int
        switch choice {
        case .observationQuantiles(let count):
            precondition(count >= 1, "a threshold grid needs at least one point")
            let n = Double(sorted.count)
            for k in 0..<count {
                let fraction = count == 1 ? 0 : Double(k) / Double(count - 1)
                candidates.append(sorted[min(Int((n * (spread + (1 - 2 * spread) * fraction)).rounded(.down)), sorted.count - 1)])
            }
            scale = count
        case .distinctQuantiles(let count):
            precondition(count >= 1, "a threshold grid needs at least one point")
            let distinct = Self.distinct(sorted)
            let steps = Int((Double(count) * (1 - 2 * spread) + 1e-9).rounded(.down))
            for k in 0...steps {
                let index = Int(((spread + Double(k) * (1 / Double(count))) * Double(distinct.count)).rounded(.down))
                if index >= 1 { candidates.append(distinct[min(index, distinct.count) - 1]) }
            }
            scale = count
        case .all:
            candidates = sorted
            scale = Self.distinct(sorted).count
        case .values(let list):
            candidates = list
            scale = list.count
        }
        self.sortedValues = sorted
        self.points = Self.distinct(candidates)
        self.minimumRegimeSize = max(1, Int((trim * Double(sorted.count)).rounded(.up)))
        self.rule = rule
        self.boundary = boundary
        self.windowHalfWidth = Double(scale) * trim
    }

    /// `ascending` with repeated values kept once.
    private static func distinct(_ ascending: [Double]) -> [Double] {
        var out: [Double] = []
        for value in ascending where out.last != value { out.append(value) }
        return out
    }

    /// The points admissible next to the thresholds `fixed`, ascending.
    func admissiblePoints(besides fixed: [Double]) -> [Double] {
        switch rule {
        case .regimeSize:
            return points.filter { leavesRegimesLargeEnough(fixed + [$0]) }
        case .gridWindow:
            let below = fixed.map { r in Double(points.filter { $0 < r }.count) }
            return points.indices.filter { p in
                let position = Double(p + 1)
                return !below.contains { m in position > m - windowHalfWidth && position <= m + windowHalfWidth }
            }.map { points[$0] }
        }
    }

    /// Whether each regime cut by `thresholds` holds at least `minimumRegimeSize` observations.
    private func leavesRegimesLargeEnough(_ thresholds: [Double]) -> Bool {
        var below = 0
        for cut in thresholds.sorted() {
            let inLowerRegimes = countInLowerRegimes(cut)
            if inLowerRegimes - below < minimumRegimeSize { return false }
            below = inLowerRegimes
        }
        return sortedValues.count - below >= minimumRegimeSize
    }

    /// The number of values of q below the threshold `cut` (≤ cut or < cut by the boundary; binary search).
    func countInLowerRegimes(_ cut: Double) -> Int {
        var low = 0, high = sortedValues.count
        while low < high {
            let middle = (low + high) / 2
            if boundary.isAbove(sortedValues[middle], cut) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
