/// The classic (discrete-time, first-order, time-homogeneous) Markov chain of a panel variable over classes (Quah
/// 1993; giddy `Markov`): every unit's class in each period, the chain counted over every unit's moves from period
/// t to t + 1, and the class distributions of the first and last periods.
public struct MarkovTransitions: Sendable {
    public let classes: MarkovClasses
    /// classOf[t][i]: the class of unit i in period t.
    public let classOf: [[Int]]
    public let chain: MarkovChain

    /// Classifies `values` (values[t][i], periods ascending, a balanced panel of at least two periods) into `classes`
    /// and counts the moves.
    public init(_ values: [[Double]], classes: MarkovClasses) {
        self.classes = classes
        classOf = values.map { period in period.map { classes.classOf($0) } }
        chain = Self.chains(classOf, classCount: classes.count, regimeOf: nil, regimeCount: 1)[0]
    }

    /// Units in each class in period `t`.
    public func distribution(period t: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: classes.count)
        for c in classOf[t] { counts[c] += 1 }
        return counts
    }

    /// The chains of the moves t → t + 1 of every unit, one per regime: a move of unit i from period t goes to the
    /// chain of regimeOf[t][i] (one chain when nil).
    static func chains(_ classOf: [[Int]], classCount: Int, regimeOf: [[Int]]?, regimeCount: Int) -> [MarkovChain] {
        var chains = [MarkovChain](repeating: MarkovChain(classCount: classCount), count: regimeCount)
        for t in 0..<(classOf.count - 1) {
            for i in classOf[t].indices {
                chains[regimeOf?[t][i] ?? 0].record(from: classOf[t][i], to: classOf[t + 1][i])
            }
        }
        return chains
    }
}
