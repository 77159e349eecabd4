/// The estimated fixed effects of a fitted model — one value per level of each factor — from the part of every
/// observation the effects explain, d = y − xβ − e (reghdfe's `savefe`, fixest's and pyfixest's `fixef()`).
///
/// The values solve Σ_q α_q[level_q(i)] = d_i by Gauss–Seidel sweeps (each factor in turn set to the level means of
/// what the others leave), exact after one sweep with one factor. With two or more factors only the sums are
/// identified; the split follows fixest's `fixef()`: the first factor keeps every level, and in each connected
/// component of the first two factors' level graph the second factor's first level (in `ranks` order, fixest's
/// sorted levels) is 0; each further factor's first level is 0 overall (the constant moves into the first factor).
enum FixedEffectRecovery {
    /// Sweeps after which the recovery gives up with `numerical_failure`.
    static let maximumSweeps = 10_000
    /// Convergence: the largest change of a value in a sweep at most this fraction of the largest |d|.
    static let tolerance = 1e-13

    /// The level values of each factor (`values[q][level]`); `ranks[q][level]` is the level's position in
    /// fixest's order (the first, rank 0 among its component, becomes the reference).
    static func values(explained d: [Double], factors: [FixedEffectFactor], ranks: [[Int]],
                       at location: String) throws(PanelError) -> [[Double]] {
        var values = factors.map { [Double](repeating: 0, count: $0.levelCount) }
        var remainder = d
        let counts = factors.map { $0.observationsPerLevel }
        let scale = d.reduce(0) { max($0, abs($1)) }
        var converged = false
        var sweeps = 0
        while !converged && sweeps < maximumSweeps {
            sweeps += 1
            var largestChange = 0.0
            for q in factors.indices {
                let levelOf = factors[q].levelOf
                var means = [Double](repeating: 0, count: factors[q].levelCount)
                for i in remainder.indices { means[levelOf[i]] += remainder[i] + values[q][levelOf[i]] }
                for level in means.indices { means[level] /= Double(counts[q][level]) }
                for i in remainder.indices { remainder[i] += values[q][levelOf[i]] - means[levelOf[i]] }
                for level in means.indices { largestChange = max(largestChange, abs(means[level] - values[q][level])) }
                values[q] = means
            }
            converged = factors.count == 1 || largestChange <= tolerance * scale
        }
        guard converged else {
            throw PanelError(.numericalFailure, "recovering the fixed effects did not converge in \(maximumSweeps) sweeps", at: location)
        }
        normalise(&values, factors: factors, ranks: ranks)
        return values
    }

    /// Moves constants from the second and later factors into the first, as described on the type.
    private static func normalise(_ values: inout [[Double]], factors: [FixedEffectFactor], ranks: [[Int]]) {
        guard factors.count >= 2 else { return }
        let componentOfSecond = LevelGraphComponents.componentOfSecondLevels(factors[0], factors[1])
        var reference: [Int: Int] = [:]  // component → the second factor's first level there
        for level in 0..<factors[1].levelCount {
            let component = componentOfSecond[level]
            if let current = reference[component], ranks[1][current] <= ranks[1][level] { continue }
            reference[component] = level
        }
        var componentOfFirst = [Int](repeating: 0, count: factors[0].levelCount)
        for i in factors[0].levelOf.indices { componentOfFirst[factors[0].levelOf[i]] = componentOfSecond[factors[1].levelOf[i]] }
        let shiftOfComponent = reference.mapValues { values[1][$0] }
        for level in values[1].indices { values[1][level] -= shiftOfComponent[componentOfSecond[level]] ?? 0 }
        for level in values[0].indices { values[0][level] += shiftOfComponent[componentOfFirst[level]] ?? 0 }
        for q in 2..<factors.count {
            guard let first = ranks[q].indices.min(by: { ranks[q][$0] < ranks[q][$1] }) else { continue }
            let shift = values[q][first]
            for level in values[q].indices { values[q][level] -= shift }
            for level in values[0].indices { values[0][level] += shift }
        }
    }
}
