/// Club convergence (Phillips & Sul 2007, 2009) of a positive panel variable: each unit's path is ln y (or y) smoothed
/// by the Hodrick–Prescott trend (λ = 400 by default, 0 for none); the log t test of all units (`LogTTest`) and,
/// when they do not converge as one group, the clubs of `ClubClustering`. `trim` is the share r of initial periods
/// the log t regression drops ([rT], the integer part). With `merge`, adjacent clubs are merged (`ClubMerging`).
struct ClubConvergence {
    /// The transformed paths, one array of T values per unit.
    let paths: [[Double]]
    let trimmed: Int
    let overall: LogTTest?
    let clustering: ClubClustering
    let merged: ClubMerging?

    /// `levels[t][i]`: unit i in period t (balanced). Fails with `no_observations` when fewer than two units, or fewer
    /// than three periods after the trim or none trimmed, leave no log t regression; with `log`, a value ≤ 0 is
    /// `invalid_data` naming its unit and period.
    init(levels: [[Double]], units: [String], periods: [Int?], log: Bool, lambda: Double, trim: Double, cstar: Double, merge: Bool,
         budget: TimeBudget, at location: String) throws(PanelError) {
        let periodCount = levels.count, unitCount = levels.first?.count ?? 0
        guard unitCount >= 2 else {
            throw PanelError(.noObservations, "club convergence needs at least two units; the panel has \(unitCount)", at: location + "/variable")
        }
        let trimmed = Int(trim * Double(periodCount))
        guard trimmed >= 1, periodCount - trimmed >= 3 else {
            throw PanelError(.noObservations, "the log t regression drops the first [rT] = \(trimmed) of \(periodCount) periods and needs at least one "
                             + "dropped (log log 1 is undefined) and three left: give more periods or another trim", at: location + "/trim")
        }
        var paths: [[Double]] = []
        for i in 0..<unitCount {
            var path = levels.map { $0[i] }
            if log {
                if let t = path.firstIndex(where: { $0 <= 0 }) {
                    throw PanelError(.invalidData, "unit '\(units[i])' has \(JSONWriter.formatNumber(path[t])) in period \(periods[t].map { String($0) } ?? "")"
                                     + ": club convergence takes logarithms of positive values (set \"log\": false to use the levels)",
                                     at: location + "/variable")
                }
                path = path.map { Elementary.log($0) }
            }
            paths.append(try HodrickPrescottTrend.trend(path, lambda: lambda))
        }
        self.paths = paths
        self.trimmed = trimmed
        overall = LogTTest(paths: paths, trimmed: trimmed)
        let clustering = try ClubClustering(paths: paths, trimmed: trimmed, cstar: cstar, budget: budget, at: location)
        self.clustering = clustering
        merged = merge ? ClubMerging(clustering.clubs) { units in LogTTest(paths: units.map { paths[$0] }, trimmed: trimmed) } : nil
    }
}
