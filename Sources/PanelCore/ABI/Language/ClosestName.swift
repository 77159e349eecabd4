/// "Did you mean …?" for a misspelt name: the known name nearest to it by edit distance (insertions, deletions,
/// substitutions and swaps of neighbours, letters compared without case), when it is near enough to be a likely
/// typo — at most a third of the name's length in edits (one for short names, but never every letter: `y` does not
/// suggest `x`), and always when only the case differs.
public enum ClosestName {
    /// The nearest of `candidates` to `name`, or nil when none is near enough.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let typed = folded(name)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typed, folded(candidate))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best, best.distance <= max(1, typed.count / 3), best.distance < max(typed.count, 1) else { return nil }
        return best.name
    }

    /// `"; did you mean 'X'?"` for the closest candidate, or the empty text when none is near enough.
    public static func suggestion(for name: String, among candidates: [String]) -> String {
        guard let closest = closest(to: name, among: candidates), closest != name else { return "" }
        return "; did you mean '\(closest)'?"
    }

    /// The name's Unicode scalars with ASCII letters lower-cased (hyphens read as underscores, for flags).
    private static func folded(_ name: String) -> [Unicode.Scalar] {
        name.unicodeScalars.map { scalar in
            if scalar == "-" { return "_" }
            guard scalar.value >= 65, scalar.value <= 90, let lower = Unicode.Scalar(scalar.value + 32) else { return scalar }
            return lower
        }
    }

    /// Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of a substring).
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, beforePrevious[j - 2] + 1) }
                current[j] = value
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
