/// The long-run behaviour of a `MarkovChain`, with empty rows made absorbing (giddy `fill_empty_classes=True`):
/// - the recurrent classes: the closed communicating classes of the transition graph;
/// - the steady state (ergodic distribution) π with π P = π, Σ π = 1 — unique when there is exactly one recurrent
///   class (zero on the transient classes), as quantecon's `stationary_distributions` that giddy's `steady_state`
///   returns; nil with several recurrent classes (no unique steady state);
/// - the mean first passage times m_ij (Kemeny & Snell 1960, giddy `ergodic.mfpt`): for i ≠ j the expected number of
///   periods to first reach j from i, solving (I − P₋ⱼ) m = 1 over the other classes, and m_jj = 1/π_j the mean
///   recurrence time; nil unless the chain is irreducible (one communicating class), where every m_ij is finite.
extension MarkovChain {
    /// P with each empty row replaced by a 1 on its diagonal.
    var absorbingProbabilities: [[Double]] {
        var p = probabilities
        for i in emptyRows { p[i][i] = 1 }
        return p
    }

    /// reachable[i][j]: class j can be reached from class i (in zero or more steps).
    private var reachability: [[Bool]] {
        let p = absorbingProbabilities
        var reach = p.indices.map { i in p[i].indices.map { j in i == j || p[i][j] > 0 } }
        for via in reach.indices {
            for i in reach.indices where reach[i][via] {
                for j in reach.indices where reach[via][j] { reach[i][j] = true }
            }
        }
        return reach
    }

    /// The recurrent (closed communicating) classes, each ascending, ordered by their smallest member.
    public var recurrentClasses: [[Int]] {
        let reach = reachability
        var classes: [[Int]] = []
        for i in reach.indices where !classes.contains(where: { $0.contains(i) }) {
            let closed = reach.indices.allSatisfy { j in !reach[i][j] || reach[j][i] }
            if closed { classes.append(reach.indices.filter { reach[i][$0] && reach[$0][i] }) }
        }
        return classes
    }

    /// Whether every class reaches every other (one communicating class).
    public var isIrreducible: Bool { reachability.allSatisfy { row in row.allSatisfy { $0 } } }

    /// The unique stationary distribution, or nil when the chain has several recurrent classes.
    public var steadyState: [Double]? {
        let recurrent = recurrentClasses
        guard recurrent.count == 1 else { return nil }
        let members = recurrent[0], p = absorbingProbabilities
        // (I − P_CC)ᵀ π_C = 0 with its last equation replaced by Σ π_C = 1.
        var system = Matrix(rows: members.count, columns: members.count)
        for (row, i) in members.enumerated() {
            for (column, j) in members.enumerated() {
                system[column, row] = (i == j ? 1 : 0) - p[i][j]
            }
        }
        for column in 0..<members.count { system[members.count - 1, column] = 1 }
        var right = [Double](repeating: 0, count: members.count)
        right[members.count - 1] = 1
        let solution = HouseholderQR(system, pivoting: .none).solveLeastSquares(right)
        var pi = [Double](repeating: 0, count: classCount)
        for (k, i) in members.enumerated() { pi[i] = solution[k] }
        return pi
    }

    /// m[i][j], the mean first passage times (recurrence times on the diagonal), or nil unless irreducible.
    public var meanFirstPassageTimes: [[Double]]? {
        guard isIrreducible, let pi = steadyState else { return nil }
        let k = classCount, p = absorbingProbabilities
        var times = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for j in 0..<k {
            let others = (0..<k).filter { $0 != j }
            var system = Matrix(rows: k - 1, columns: k - 1)
            for (row, a) in others.enumerated() {
                for (column, b) in others.enumerated() { system[row, column] = (a == b ? 1 : 0) - p[a][b] }
            }
            let passage = others.isEmpty ? []
                : HouseholderQR(system, pivoting: .none).solveLeastSquares([Double](repeating: 1, count: k - 1))
            for (row, i) in others.enumerated() { times[i][j] = passage[row] }
            times[j][j] = 1 / pi[j]
        }
        return times
    }
}
