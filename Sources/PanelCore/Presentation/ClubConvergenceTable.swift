/// The club convergence tables: the log t test of all units, then each club and the divergent units, with the log t
/// coefficient b̂ (stars by the left-tail p-value) and its t statistic, the member units in the notes (they wrap, so
/// the table stays as wide as a page, written in `language` since they mix fixed text with the units' names); with
/// merging, the merged clubs in the same layout.
enum ClubConvergenceTable {
    static func tables(_ result: ClubConvergence, variable: String, units: [String], language: OutputLanguage) -> [PublicationTable] {
        let initial = result.clustering.clubs.map { (members: $0.members, test: $0.test, origins: [Int]()) }
        let merged = result.merged.map { $0.clubs.map { (members: $0.members, test: $0.test, origins: $0.origins) } }
        return [table("Club convergence of \(variable) (Phillips–Sul log t test)", result: result, clubs: initial, units: units, language: language)]
            + (merged.map { [table("Merged clubs of \(variable) (Phillips–Sul 2009)", result: result, clubs: $0, units: units, language: language)] } ?? [])
    }

    private static func table(_ title: String, result: ClubConvergence, clubs: [(members: [Int], test: LogTTest?, origins: [Int])],
                              units: [String], language: OutputLanguage) -> PublicationTable {
        func cells(_ test: LogTTest?) -> [String] {
            guard let test else { return ["", ""] }
            return [DisplayNumber.fixed(test.coefficient, decimals: 4) + DisplayNumber.stars(test.pValue), DisplayNumber.fixed(test.statistic, decimals: 3)]
        }
        let overall = [["All units", String(result.paths.count)] + cells(result.overall)]
        var rows: [[String]] = [], members: [String] = []
        for (k, club) in clubs.enumerated() {
            let origin = club.origins.count > 1 ? " (clubs " + club.origins.map { String($0 + 1) }.joined(separator: "+") + ")" : ""
            rows.append(["Club \(k + 1)" + origin, String(club.members.count)] + cells(club.test))
            members.append(language.text("Club {}: {}.", String(k + 1), club.members.map { units[$0] }.joined(separator: ", ")))
        }
        let divergent = result.clustering.divergent
        if !divergent.isEmpty {
            rows.append(["Divergent", String(divergent.count), "", ""])
            members.append(language.text("Divergent: {}.", divergent.map { units[$0] }.joined(separator: ", ")))
        }
        return PublicationTable(title: title, header: [["Group", "n", "log t coefficient", "t statistic"]], sections: [overall, rows],
                                notes: ["log(H1/Ht) − 2 log(log t) = a + b log t on t = [rT] + 1, …, T; HAC standard errors (quadratic spectral kernel). "
                                        + "Convergence is rejected when t < −1.65; stars: left-tail p < 0.01 ***, < 0.05 **, < 0.1 *.",
                                        members.joined(separator: " ")])
    }
}
