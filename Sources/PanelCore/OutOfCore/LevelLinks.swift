/// Which levels of the second effect the units connect (union–find): two levels are linked when a unit is observed
/// in both. The classes are the connected components of the unit–level graph, whose count is the second effect's
/// redundant levels (`AbsorbedDegrees`); as `canonical` (each level's smallest linked level) they merge across pieces.
struct LevelLinks {
    private var parent: [Int]

    init(levelCount: Int) {
        parent = Array(0..<levelCount)
    }

    /// Links given as `canonical` of another piece.
    init(canonical: [Int]) {
        parent = canonical
    }

    mutating func join(_ a: Int, _ b: Int) {
        let (rootA, rootB) = (root(a), root(b))
        if rootA < rootB { parent[rootB] = rootA } else if rootB < rootA { parent[rootA] = rootB }
    }

    /// Each level's smallest linked level.
    mutating func canonical() -> [Int] {
        parent.indices.map { root($0) }
    }

    /// How many classes the levels with a positive count form.
    mutating func components(counts: [Int]) -> Int {
        var roots = Set<Int>()
        for level in parent.indices where counts[level] > 0 { roots.insert(root(level)) }
        return roots.count
    }

    private mutating func root(_ level: Int) -> Int {
        var top = level
        while parent[top] != top { top = parent[top] }
        var next = level
        while parent[next] != top { (parent[next], next) = (top, parent[next]) }
        return top
    }
}
