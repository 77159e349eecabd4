/// The number of connected components of the bipartite graph whose nodes are the observed levels of two factors
/// and whose edges are the observations (Abowd, Creecy and Kramarz 2002 "mobility groups"): exactly the number of
/// redundant dummies in [D_a D_b] beyond those of `a` alone, the count reghdfe's `dof(pairwise)` uses.
enum LevelGraphComponents {
    static func count(_ a: FixedEffectFactor, _ b: FixedEffectFactor) -> Int {
        precondition(a.observationCount == b.observationCount, "Factors must cover the same observations")
        var parent = Array(0..<(a.levelCount + b.levelCount))
        var isObserved = [Bool](repeating: false, count: parent.count)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for i in 0..<a.observationCount {
            let left = a.levelOf[i], right = a.levelCount + b.levelOf[i]
            isObserved[left] = true
            isObserved[right] = true
            let leftRoot = root(left), rightRoot = root(right)
            if leftRoot != rightRoot { parent[max(leftRoot, rightRoot)] = min(leftRoot, rightRoot) }
        }
        var components = 0
        for node in 0..<parent.count where isObserved[node] && root(node) == node { components += 1 }
        return components
    }
}
