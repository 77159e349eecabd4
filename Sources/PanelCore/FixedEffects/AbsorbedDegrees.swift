/// How many parameters the fixed effects absorb (for degrees of freedom), as reghdfe counts them with its default
/// `dof(pairwise clusters)`: levels minus redundant ones — exact for one factor (0 redundant: the intercept lies in
/// its span and is not counted separately), exact for two via the connected components of the bipartite level
/// graph (redundant = components), and for more factors reghdfe's rule (the first two exactly, each further factor
/// 1 redundant, an upper bound on the rank). Also how many of them are in factors nested within a cluster variable
/// (every level of the factor inside one cluster), which reghdfe leaves out of the cluster small-sample factor.
public struct AbsorbedDegrees: Equatable {
    /// Σ (levels − redundant) over the factors.
    public let total: Int
    /// Σ (levels − redundant) over the factors nested in the clusters (0 without clusters).
    public let nestedInClusters: Int
    /// Per factor: observed levels, redundant levels, and whether nested in the clusters.
    public let levels: [Int]
    public let redundant: [Int]
    public let nested: [Bool]

    /// The absorbed parameters the cluster-robust small-sample factor counts (Stata `reghdfe`, fixest's "nested"
    /// rule): the rank of [1 | dummies of the factors NOT nested in the clusters] — nested factors are left out, but
    /// the constant they absorb still counts (`xtreg, fe vce(cluster id)`: K = k + 1). Equals `total` when no
    /// factor is nested.
    public let countedWithClusters: Int

    /// Counts for factors over the same observations; `clusterOf` gives the cluster of each observation, if any.
    public init(_ factors: [FixedEffectFactor], clusterOf: [Int]?) {
        self.init(factors, clusterings: clusterOf.map { [$0] } ?? [])
    }

    /// Counts with errors clustered on several variables at once (two-way clustering): a factor counts as nested
    /// when it is nested in any of them, as `reghdfe` decides.
    public init(_ factors: [FixedEffectFactor], clusterings: [[Int]]) {
        let levels = factors.map { factor in factor.observationsPerLevel.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }
        var redundant = [Int](repeating: 0, count: factors.count)
        for k in factors.indices.dropFirst() {
            redundant[k] = k == 1 ? LevelGraphComponents.count(factors[0], factors[1]) : 1
        }
        let nested = factors.map { factor in clusterings.contains { Self.isNested(factor, in: $0) } }
        self.init(levels: levels, redundant: redundant, nested: nested) { total in
            Self.countedWithClusters(factors, nested: nested, total: total)
        }
    }

    /// Counts made elsewhere for one or two factors — the out-of-core fit's unit effect and low-cardinality effect,
    /// whose pieces carry the levels and the components of the level graph: `redundant` is 0 for the first factor
    /// and the number of components for the second, as the factor-based initialiser finds them.
    public init(levels: [Int], redundant: [Int], nested: [Bool]) {
        precondition(levels.count <= 2 && redundant.count == levels.count && nested.count == levels.count,
                     "Summary counts cover one or two factors")
        self.init(levels: levels, redundant: redundant, nested: nested) { total in
            // A lone factor's absorbed parameters are its levels (none redundant).
            Self.countedWithClusters(nested: nested, total: total) { levels[nested.firstIndex(of: false) ?? 0] }
        }
    }

    /// The sums of the per-factor counts, with `counted(total)` giving `countedWithClusters`.
    private init(levels: [Int], redundant: [Int], nested: [Bool], counted: (_ total: Int) -> Int) {
        var total = 0, nestedInClusters = 0
        for k in levels.indices {
            total += levels[k] - redundant[k]
            if nested[k] { nestedInClusters += levels[k] - redundant[k] }
        }
        self.total = total
        self.nestedInClusters = nestedInClusters
        self.countedWithClusters = counted(total)
        self.levels = levels
        self.redundant = redundant
        self.nested = nested
    }

    /// The parameters `factors` absorb as the small-sample factor of errors clustered on `clusterings` counts them
    /// (all of them without clustering), for the `factors` these counts were made of (clusters or not): their
    /// levels and redundant levels are reused, only the nesting in `clusterings` is checked.
    public func counted(_ factors: [FixedEffectFactor], clusterings: [[Int]]) -> Int {
        guard !factors.isEmpty, !clusterings.isEmpty else { return factors.isEmpty ? 0 : total }
        let nested = factors.map { factor in clusterings.contains { Self.isNested(factor, in: $0) } }
        return Self.countedWithClusters(factors, nested: nested, total: total)
    }

    /// `countedWithClusters` of factors with the given nesting and `total`.
    private static func countedWithClusters(_ factors: [FixedEffectFactor], nested: [Bool], total: Int) -> Int {
        countedWithClusters(nested: nested, total: total) {
            AbsorbedDegrees(factors.indices.filter { !nested[$0] }.map { factors[$0] }, clusterings: []).total
        }
    }

    /// `total` when no factor is nested; else the absorbed parameters of the factors not nested (`freeTotal`), at
    /// least 1 (the constant the nested ones absorb).
    private static func countedWithClusters(nested: [Bool], total: Int, freeTotal: () -> Int) -> Int {
        let freeCount = nested.filter { !$0 }.count
        return freeCount == nested.count ? total : max(1, freeCount == 0 ? 0 : freeTotal())
    }

    /// Whether every level of `factor` lies inside a single cluster.
    static func isNested(_ factor: FixedEffectFactor, in clusterOf: [Int]) -> Bool {
        precondition(clusterOf.count == factor.observationCount, "Clusters must cover the factor's observations")
        var clusterOfLevel = [Int](repeating: -1, count: factor.levelCount)
        for i in 0..<clusterOf.count {
            let level = factor.levelOf[i]
            if clusterOfLevel[level] < 0 {
                clusterOfLevel[level] = clusterOf[i]
            } else if clusterOfLevel[level] != clusterOf[i] {
                return false
            }
        }
        return true
    }
}
