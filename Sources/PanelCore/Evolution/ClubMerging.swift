/// Phillips and Sul's (2009) merging of adjacent convergence clubs, one pass as R ConvergenceClubs `mergeClubs(method
/// = "PS")`: starting from the first club, the following clubs join it while the log t test of the union passes
/// (t > −1.65); the first club that fails starts the next merged club. Divergent units stay divergent.
struct ClubMerging {
    /// A merged club: its units, the initial clubs it is made of (0-based) and its log t test.
    struct Club {
        let members: [Int]
        let origins: [Int]
        let test: LogTTest?
    }

    let clubs: [Club]

    init(_ initial: [ClubClustering.Club], test: ([Int]) -> LogTTest?) {
        let n = initial.count
        guard n >= 2 else {
            clubs = initial.enumerated().map { Club(members: $0.element.members, origins: [$0.offset], test: $0.element.test) }
            return
        }
        var merged: [Club] = []
        var i = 0
        while i < n - 1 {
            var members = initial[i].members, origins = [i]
            var next = i + 1, appendLast = false
            while next < n {
                guard test(members + initial[next].members)?.converges ?? false else {
                    appendLast = next == n - 1
                    break
                }
                members += initial[next].members
                origins.append(next)
                next += 1
            }
            i = min(next, n - 1)
            merged.append(Club(members: members, origins: origins, test: test(members)))
            if appendLast { merged.append(Club(members: initial[n - 1].members, origins: [n - 1], test: initial[n - 1].test)) }
        }
        clubs = merged
    }
}
