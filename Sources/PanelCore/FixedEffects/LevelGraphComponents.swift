/// The connected components of the bipartite graph whose nodes are the observed levels of two factors and whose
/// edges are the observations (Abowd, Creecy and Kramarz 2002 "mobility groups"): their number is exactly the number
/// of redundant dummies in [D_a D_b] beyond those of `a` alone, the count reghdfe's `dof(pairwise)` uses; the
/// component of each level of `b` tells where fixest's `fixef()` sets a reference level.
enum LevelGraphComponents {
    static func count(_ a: FixedEffectFactor, _ b: FixedEffectFactor) -> Int {
        var (parent, isObserved) = linked(a, b)
        var components = 0
        for node in 0..<parent.count where isObserved[node] && root(node, &parent) == node { components += 1 }
        return components
    }

    /// For each level of `b`, a number naming its component (equal numbers: the same component).
    static func componentOfSecondLevels(_ a: FixedEffectFactor, _ b: FixedEffectFactor) -> [Int] {
        var (parent, _) = linked(a, b)
        return (0..<b.levelCount).map { root(a.levelCount + $0, &parent) }
    }

    /// The union–find forest over the levels of `a` (nodes 0..<a.levelCount) then `b`, joined along the
    /// observations, and which nodes are observed.
    private static func linked(_ a: FixedEffectFactor, _ b: FixedEffectFactor) -> (parent: [Int], isObserved: [Bool]) {
        precondition(a.observationCount == b.observationCount, "Factors must cover the same observations")
        var parent = Array(0..<(a.levelCount + b.levelCount))
        var isObserved = [Bool](repeating: false, count: parent.count)
        for i in 0..<a.observationCount {
            let left = a.levelOf[i], right = a.levelCount + b.levelOf[i]
            isObserved[left] = true
            isObserved[right] = true
            let leftRoot = root(left, &parent), rightRoot = root(right, &parent)
            if leftRoot != rightRoot { parent[max(leftRoot, rightRoot)] = min(leftRoot, rightRoot) }
        }
        return (parent, isObserved)
    }

    /// The representative of `node`'s set, halving the path on the way (union–find). A static function over an
    /// `inout` array rather than a closure capturing it, so no dynamic exclusivity check runs per step.
    private static func root(_ node: Int, _ parent: inout [Int]) -> Int {
        var node = node
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }
}
