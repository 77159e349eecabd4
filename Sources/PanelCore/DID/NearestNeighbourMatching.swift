/// Nearest-neighbour matching on the propensity score, as Stata `psmatch2, neighbor(k) [caliper(c)] [noreplacement]`
/// without `ties`: each treated observation takes the k controls with the smallest |pᵢ − pⱼ|, each with weight 1/m
/// (m ≤ k the number found). Equal distances go to the control that comes first in the data. With a caliper only
/// controls at distance ≤ c qualify; a treated observation with none is left unmatched (off support). Without
/// replacement treated observations are served in data order and a control serves at most one of them.
enum NearestNeighbourMatching {
    /// For each index of `treated` (positions in `scores`), its matched controls (positions in `scores`), or an
    /// empty list when it has none.
    static func match(scores: [Double], treated: [Int], controls: [Int], neighbours: Int, replacement: Bool,
                      caliper: Double?) -> [[MatchedControl]] {
        precondition(neighbours >= 1, "at least one neighbour")
        var available = [Bool](repeating: true, count: scores.count)
        var matches: [[MatchedControl]] = []
        matches.reserveCapacity(treated.count)
        for i in treated {
            var nearest: [(distance: Double, control: Int)] = []
            for j in controls where available[j] {
                let distance = (scores[i] - scores[j]).magnitude
                if let caliper, distance > caliper { continue }
                insert((distance, j), into: &nearest, keeping: neighbours)
            }
            if !replacement { for candidate in nearest { available[candidate.control] = false } }
            let weight = 1 / Double(max(nearest.count, 1))
            matches.append(nearest.map { MatchedControl(control: $0.control, weight: weight) })
        }
        return matches
    }

    /// Inserts `candidate` into `nearest` (sorted by distance, then position) and keeps the first `count`.
    /// Controls arrive in increasing position, so a later one with an equal distance goes after the earlier.
    private static func insert(_ candidate: (distance: Double, control: Int), into nearest: inout [(distance: Double, control: Int)],
                               keeping count: Int) {
        guard nearest.count < count || candidate.distance < nearest[nearest.count - 1].distance else { return }
        var position = nearest.count
        while position > 0, candidate.distance < nearest[position - 1].distance { position -= 1 }
        nearest.insert(candidate, at: position)
        if nearest.count > count { nearest.removeLast() }
    }
}
