/// Global spatial autocorrelation in the layout of seed 003's Table 7, as a publication table: one row per period
/// (or the pooled sample) with Moran's I (stars from the randomisation p-value), its expectation, z and p under
/// randomisation, the permutation p-value when computed, and Geary's C with its z and p.
enum MoranTable {
    static func table(_ result: SpatialAutocorrelation, variable: String) -> PublicationTable {
        let rows = result.samples.map { sample -> [String] in
            let moran = sample.moran, geary = sample.geary
            return [sample.period.map { String($0) } ?? (result.pooled ? "pooled" : "all"), String(sample.unitCount),
                    DisplayNumber.format(moran.statistic) + DisplayNumber.stars(finite(moran.pRandomisation)),
                    DisplayNumber.format(moran.expected), DisplayNumber.fixed(moran.zRandomisation, decimals: 3),
                    DisplayNumber.fixed(moran.pRandomisation, decimals: 4),
                    moran.permutation.map { DisplayNumber.fixed($0.pValue, decimals: 4) } ?? ".",
                    DisplayNumber.format(geary.statistic), DisplayNumber.fixed(geary.zRandomisation, decimals: 3),
                    DisplayNumber.fixed(geary.pRandomisation, decimals: 4)]
        }
        return PublicationTable(title: "Global spatial autocorrelation of \(variable)",
                                header: [["Period", "n", "Moran's I", "E(I)", "z", "p", "p (perm.)", "Geary's C", "z", "p"]],
                                sections: [rows],
                                notes: ["z and p under randomisation, two-sided; *** p<0.01, ** p<0.05, * p<0.1 (Moran's I)."])
    }

    static func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
}
