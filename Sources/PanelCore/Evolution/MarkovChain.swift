/// A finite Markov chain estimated from transition counts (maximum likelihood, Anderson & Goodman 1957): the k × k
/// counts n_ij of moves from class i in one period to class j in the next, the row totals n_i and the transition
/// probabilities p_ij = n_ij / n_i (giddy `Markov.p`).
///
/// A class never left — no unit starts a transition in it — is an empty row: its probabilities stay zero (giddy
/// divides by max(n_i, 1)) and it is listed in `emptyRows`. The long-run quantities (`MarkovChain+LongRun.swift`)
/// treat an empty row as absorbing, as giddy's `fill_empty_classes=True` does.
public struct MarkovChain: Equatable, Sendable {
    /// counts[i][j]: moves from class i to class j.
    public private(set) var counts: [[Int]]

    /// A chain over `classCount` classes with no transitions yet.
    public init(classCount: Int) {
        counts = [[Int]](repeating: [Int](repeating: 0, count: classCount), count: classCount)
    }

    /// The chain of the given counts (square, non-negative).
    public init(counts: [[Int]]) {
        self.counts = counts
    }

    /// Counts one more move from class `from` to class `to`.
    mutating func record(from: Int, to: Int) {
        counts[from][to] += 1
    }

    /// k, the number of classes.
    public var classCount: Int { counts.count }

    /// n_i, the transitions starting in each class.
    public var rowTotals: [Int] { counts.map { $0.reduce(0, +) } }

    /// The number of transitions.
    public var transitionCount: Int { rowTotals.reduce(0, +) }

    /// The classes no transition starts from.
    public var emptyRows: [Int] { rowTotals.indices.filter { rowTotals[$0] == 0 } }

    /// p_ij = n_ij / n_i; a row of zeros for an empty row.
    public var probabilities: [[Double]] {
        let totals = rowTotals
        return counts.indices.map { i in
            counts[i].map { totals[i] == 0 ? 0 : Double($0) / Double(totals[i]) }
        }
    }
}
