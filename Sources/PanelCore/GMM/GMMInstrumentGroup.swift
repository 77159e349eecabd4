/// A subset of the GMM instrument columns whose exogeneity the difference-in-Hansen test examines, as xtabond2
/// prints them: each GMM-style instrument (its differenced-equation columns and, in system GMM, its level ones), all
/// level-equation GMM-style columns together (system GMM) and the IV-style instruments. The time dummies form no
/// subset: they are their own only instruments, so a model without them is not identified.
struct GMMInstrumentGroup {
    let name: String
    /// Instrument column indices, ascending.
    let columns: [Int]

    static func groups(_ instruments: [GMMStyleInstrument], gmmColumns: [[Int]], levelColumns: [Int], ivColumns: [Int]) -> [GMMInstrumentGroup] {
        var groups: [GMMInstrumentGroup] = []
        if !levelColumns.isEmpty { groups.append(GMMInstrumentGroup(name: "GMM instruments for levels", columns: levelColumns)) }
        for (instrument, columns) in zip(instruments, gmmColumns) where !columns.isEmpty {
            let collapse = instrument.collapse ? ", collapse" : ""
            groups.append(GMMInstrumentGroup(name: "gmm(\(instrument.variable.label), \(instrument.minimumLag):\(instrument.maximumLag)\(collapse))",
                                             columns: columns))
        }
        if !ivColumns.isEmpty { groups.append(GMMInstrumentGroup(name: "iv", columns: ivColumns)) }
        return groups
    }
}
