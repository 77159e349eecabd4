/// Phillips and Sul's (2007, §4.3) club clustering of units' paths: (1) order the units by their last-period value,
/// decreasing; (2) if all remaining units pass the log t test they form the last club; otherwise the core group is
/// the first k units (k ≥ 2, scanning from the first adjacent pair that passes while the test keeps passing) with
/// the largest t statistic (ties to the larger group); (3) the sieve adds every other remaining unit whose log t
/// test with the core has t > c*, and the club is the core with these units; (4) repeat on the units left. No
/// passing pair, or a single unit left, makes the remaining units divergent. As Python convergence-clubs
/// `find_clubs(core_rule="max_t", cstar_method="fixed")` (R ConvergenceClubs `findClubs` but for its |t| core rule).
struct ClubClustering {
    /// One club: its units (indices into the paths, in the sorted order) and their log t test.
    struct Club {
        let members: [Int]
        let test: LogTTest?
    }

    let order: [Int]
    let clubs: [Club]
    let divergent: [Int]

    init(paths: [[Double]], trimmed: Int, cstar: Double, budget: TimeBudget, at location: String) throws(PanelError) {
        let order = paths.indices.sorted { paths[$0].last! > paths[$1].last! || (paths[$0].last! == paths[$1].last! && $0 < $1) }
        func test(_ units: [Int]) -> LogTTest? { LogTTest(paths: units.map { paths[$0] }, trimmed: trimmed) }
        var remaining = order, clubs: [Club] = [], divergent: [Int] = []
        while !remaining.isEmpty {
            try budget.check("club clustering", at: location)
            if remaining.count == 1 {
                divergent = remaining
                break
            }
            if let all = test(remaining), all.converges {
                clubs.append(Club(members: remaining, test: all))
                break
            }
            guard let core = Self.core(remaining, test: test) else {
                divergent = remaining
                break
            }
            let members = core + remaining.filter { unit in
                !core.contains(unit) && (test(core + [unit]).map { $0.statistic > cstar } ?? false)
            }
            clubs.append(Club(members: members, test: test(members)))
            remaining.removeAll { members.contains($0) }
        }
        self.order = order
        self.clubs = clubs
        self.divergent = divergent
    }

    /// The core group among `units` (sorted), or nil when no adjacent pair passes the test.
    private static func core(_ units: [Int], test: ([Int]) -> LogTTest?) -> [Int]? {
        guard let first = (1..<units.count).first(where: { test([units[$0 - 1], units[$0]])?.converges ?? false }) else { return nil }
        var best = (size: 2, statistic: test([units[first - 1], units[first]])!.statistic)
        var size = 2
        while first - 1 + size < units.count, let next = test(Array(units[(first - 1)...(first - 1 + size)])), next.converges {
            size += 1
            if next.statistic >= best.statistic { best = (size, next.statistic) }
        }
        return Array(units[(first - 1)..<(first - 1 + best.size)])
    }
}
