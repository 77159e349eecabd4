/// The exact within transformation for two crossed factors in which every pair of levels occurs equally often —
/// a balanced panel's unit × period, each cell observed c ≥ 1 times: x − x̄_a − x̄_b + x̄ (Searle, Linear Models,
/// the balanced two-way classification; Baltagi, Econometric Analysis of Panel Data, §3.1). There the two
/// demeanings commute and their product is the projection off both factors' dummies, so one sweep of each gives what
/// the accelerated alternating projections converge to (reghdfe and fixest iterate here too; the answers agree to
/// their tolerance). The second sweep's level sums are taken while the first sweep's means are subtracted, so a
/// column costs three passes instead of the conjugate-gradient iteration's fifteen or more.
struct CrossedTwoWayDemeaning {
    let first: FactorDemeaning
    let second: FactorDemeaning

    /// The transformation when every one of the `first.levelCount × second.levelCount` pairs of levels occurs the
    /// same number of times; nil otherwise (an empty or uneven cell, or more cells than observations).
    init?(_ first: FactorDemeaning, _ second: FactorDemeaning) {
        let (n, a, b) = (first.levels.count, first.levelCount, second.levelCount)
        guard a > 0 && b > 0 && a <= n / b && n % (a * b) == 0 else { return nil }
        let perCell = Int32(truncatingIfNeeded: n / (a * b))
        var cellCounts = [Int32](repeating: 0, count: a * b)
        let balanced = first.levels.withUnsafeBufferPointer { rowLevel in
            second.levels.withUnsafeBufferPointer { columnLevel in
                cellCounts.withUnsafeMutableBufferPointer { count in
                    for i in 0..<n {
                        let cell = Int(rowLevel[i]) * b + Int(columnLevel[i])
                        if count[cell] == perCell { return false }
                        count[cell] += 1
                    }
                    return true
                }
            }
        }
        // n observations in a·b cells, none above n / (a·b): every cell holds exactly that many.
        guard balanced else { return nil }
        self.first = first
        self.second = second
    }

    /// How many doubles of work space `residualise(_:work:)` needs.
    var workCount: Int { 3 * max(first.levelCount, second.levelCount) }

    /// Residualises `x` in place and returns whether every level mean was finite (false exactly when the column
    /// holds NaN or an infinity, or its sums overflow); `work` holds at least `workCount` doubles (their values on
    /// entry never matter).
    func residualise(_ x: UnsafeMutableBufferPointer<Double>, work: UnsafeMutableBufferPointer<Double>) -> Bool {
        let m = max(first.levelCount, second.levelCount)
        func part(_ index: Int) -> UnsafeMutableBufferPointer<Double> {
            UnsafeMutableBufferPointer(rebasing: work[(index * m)..<((index + 1) * m)])
        }
        let (firstMeans, secondMeans, carries) = (part(0), part(1), part(2))
        first.levelMeans(of: x, into: firstMeans, carries: carries)
        first.subtractMeans(firstMeans, from: x, into: x, accumulatingBy: second, into: secondMeans, carries: carries)
        second.subtract(secondMeans, from: x)
        let levelsFinite = firstMeans[0..<first.levelCount].allSatisfy { $0.isFinite }
        return levelsFinite && secondMeans[0..<second.levelCount].allSatisfy { $0.isFinite }
    }
}
