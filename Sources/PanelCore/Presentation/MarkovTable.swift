/// The Markov chain tables as papers print them (Rey 2001; the spatiotemporal-evolution literature): the transition
/// probability matrix (rows t, columns t + 1, classes numbered from 1 = lowest) with the transitions n starting in
/// each class, the initial, final and steady-state distributions; the mean first passage times when finite; and, for
/// the spatial chain, one block per neighbour class with its steady state, then rows of the homogeneity tests.
enum MarkovTable {
    static func tables(_ transitions: MarkovTransitions, spatial: SpatialMarkov?, periods: [Int], variable: String) -> [PublicationTable] {
        let chain = transitions.chain, k = transitions.classes.count
        let classNumbers = (1...k).map { String($0) }
        let span = "\(periods[0])–\(periods[periods.count - 1])"
        var distributions: [[String]] = []
        for (name, t) in [("Initial (\(periods[0]))", 0), ("Final (\(periods[periods.count - 1]))", periods.count - 1)] {
            let counts = transitions.distribution(period: t), units = Double(transitions.classOf[t].count)
            distributions.append([name, String(transitions.classOf[t].count)] + counts.map { probability(Double($0) / units) })
        }
        distributions.append(steadyStateRow(chain, stub: ["Steady state", ""]))
        var tables = [PublicationTable(title: "Markov transition probabilities of \(variable), \(span)",
                                       header: [["t \\ t+1", "n"] + classNumbers],
                                       sections: [matrixRows(chain, stubs: { [String($0 + 1)] }), distributions],
                                       notes: [classNote(transitions.classes, of: variable),
                                               "n: transitions starting in the class; an empty row (n = 0) has no transitions."])]
        if let times = chain.meanFirstPassageTimes {
            tables.append(PublicationTable(title: "Mean first passage times of \(variable) (periods)",
                                           header: [["from \\ to"] + classNumbers],
                                           sections: [times.indices.map { i in [String(i + 1)] + times[i].map { DisplayNumber.fixed($0, decimals: 2) } }],
                                           notes: ["Expected periods to first reach the column's class; the diagonal is the mean recurrence time."]))
        }
        if let spatial { tables.append(spatialTable(spatial, classes: transitions.classes, span: span, variable: variable)) }
        return tables
    }

    private static func spatialTable(_ spatial: SpatialMarkov, classes: MarkovClasses, span: String, variable: String) -> PublicationTable {
        var sections: [[[String]]] = spatial.chains.indices.map { l in
            matrixRows(spatial.chains[l], stubs: { [$0 == 0 ? "Lag \(l + 1)" : "", String($0 + 1)] })
                + [steadyStateRow(spatial.chains[l], stub: ["", "Steady state", ""])]
        }
        let tests = spatial.tests
        sections.append([testRow("Q", tests.q), testRow("LR", tests.likelihoodRatio), testRow("χ²", tests.chiSquared)])
        return PublicationTable(title: "Spatial Markov transition probabilities of \(variable), \(span), by the neighbours' class",
                                header: [["Neighbours", "t \\ t+1", "n"] + (1...classes.count).map { String($0) }],
                                sections: sections,
                                notes: [classNote(classes, of: variable), classNote(spatial.lagClasses, of: "the spatial lag (Lag)"),
                                        "Homogeneity of the neighbour classes' chains: Q and LR (Bickenbach–Bode), χ² (Rey 2001); "
                                        + "*** p<0.01, ** p<0.05, * p<0.1."])
    }

    private static func matrixRows(_ chain: MarkovChain, stubs: (Int) -> [String]) -> [[String]] {
        let p = chain.probabilities, totals = chain.rowTotals
        return p.indices.map { i in stubs(i) + [String(totals[i])] + p[i].map { probability($0) } }
    }

    private static func steadyStateRow(_ chain: MarkovChain, stub: [String]) -> [String] {
        stub + (chain.steadyState.map { $0.map { probability($0) } } ?? ["none"])
    }

    private static func testRow(_ name: String, _ test: MarkovHomogeneityTests.Statistic) -> [String] {
        [name, DisplayNumber.fixed(test.statistic, decimals: 3) + DisplayNumber.stars(test.pValue), "df = \(test.degreesOfFreedom)",
         "p = " + (test.pValue.map { DisplayNumber.fixed($0, decimals: 4) } ?? ".")]
    }

    private static func probability(_ x: Double) -> String { DisplayNumber.fixed(x, decimals: 4) }

    /// "Classes of NQP: 1 ≤ 0.1099 < 2 ≤ 0.1516 < 3 (quantiles of the pooled values)."
    private static func classNote(_ classes: MarkovClasses, of what: String) -> String {
        var text = "Classes of \(what): 1"
        for (c, cut) in classes.cuts.enumerated() { text += " ≤ \(DisplayNumber.format(cut)) < \(c + 2)" }
        return text + (classes.fromQuantiles ? " (quantiles of the pooled values)." : " (given cut points).")
    }
}
