/// Coupling coordination by period as a publication table: per period the number of observations, the mean
/// coupling C, development T and coordination D with the class of mean D, then mean D of each group when grouped.
enum CouplingCoordinationTable {
    static func table(_ summary: CoordinationSummary, periods: [Int?], groups: [String], subsystems: [String]) -> PublicationTable {
        let rows = summary.periods.enumerated().map { s, mean -> [String] in
            let band = CoordinationBand(mean.coordination)
            return [periods[s].map { String($0) } ?? "all", String(mean.count), mean.coupling.map(number) ?? ".",
                    number(mean.development), number(mean.coordination), band.name + " (" + band.chineseName + ")"]
                + (summary.groups.isEmpty ? [] : summary.groups[s].map { $0.count > 0 ? number($0.coordination) : "." })
        }
        return PublicationTable(title: "Coupling coordination of " + subsystems.joined(separator: ", "),
                                header: [["Period", "n", "C", "T", "D", "Class of D"] + groups.map { "D " + $0 }],
                                sections: [rows],
                                notes: ["Means over the period's observations: C = m(ΠU)^(1/m)/ΣU, T = Σ w U, D = √(C·T);"
                                        + " classes of D in bands of 0.1 from extreme disorder [0, 0.1) to quality coordination [0.9, 1]."])
    }

    private static func number(_ x: Double) -> String { DisplayNumber.fixed(x, decimals: 4) }
}
