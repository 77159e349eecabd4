/// Iteratively drops observations alone in a level of any factor (reghdfe and fixest drop singletons by default,
/// because they are perfectly fitted and distort the degrees of freedom); repeats until none is left. The result is
/// the largest subset in which every level of every factor holds at least two observations, so it does not depend on
/// the order of the factors or of the passes (reghdfe's and fixest's `fixef_rm = "singleton"` give the same set).
public enum SingletonFilter {
    /// The observations kept (ascending positions) and how many were dropped.
    public static func keptObservations(_ factors: [FixedEffectFactor]) -> (kept: [Int], droppedCount: Int) {
        let n = factors.first?.observationCount ?? 0
        for factor in factors {
            precondition(factor.observationCount == n, "Factors must cover the same observations")
        }
        var counts = factors.map { $0.observationsPerLevel }
        if !counts.contains(where: { $0.contains(1) }) { return (Array(0..<n), 0) }
        var isKept = [Bool](repeating: true, count: n)
        var droppedCount = 0
        var changed = true
        while changed {
            changed = false
            for i in 0..<n where isKept[i] {
                var isSingleton = false
                for k in 0..<factors.count where counts[k][factors[k].levelOf[i]] == 1 {
                    isSingleton = true
                }
                guard isSingleton else { continue }
                isKept[i] = false
                droppedCount += 1
                changed = true
                for k in 0..<factors.count { counts[k][factors[k].levelOf[i]] -= 1 }
            }
        }
        var kept: [Int] = []
        kept.reserveCapacity(n - droppedCount)
        for i in 0..<n where isKept[i] { kept.append(i) }
        return (kept, droppedCount)
    }
}
