import Foundation
import Testing
@testable import PanelCore

/// The Dagum Gini decomposition through the ABI against the NumPy reference of references/evolution (itself checked
/// against a double loop and PySAL `inequality`), 1e-12 relative: NQP by region and by province, year by year and
/// pooled, and a hand-made case with a single-observation group, a zero value and two groups of equal mean.
@Suite struct DagumGiniTests {
    static func check(_ sample: [String: Any], _ expected: [String: Any], _ what: String) {
        for key in ["mean", "gini", "within", "net_between", "transvariation"] {
            #expect(EvolutionFixture.close(sample[key], expected[key]), "\(what) \(key): \(sample[key] ?? "none") vs \(expected[key]!)")
        }
        #expect(sample["n"] as? Int == expected["n"] as? Int)
        let groups = sample["groups"] as? [[String: Any]] ?? [], expectedGroups = expected["groups"] as! [[String: Any]]
        #expect(groups.count == expectedGroups.count)
        for (group, reference) in zip(groups, expectedGroups) {
            #expect(group["group"] as? String == reference["group"] as? String)
            #expect(EvolutionFixture.close(group["gini"], reference["gini"]), "\(what) G_jj \(reference["group"]!)")
            #expect(EvolutionFixture.close(group["mean"], reference["mean"]), "\(what) mean \(reference["group"]!)")
        }
        let pairs = sample["pairs"] as? [[String: Any]] ?? [], expectedPairs = expected["pairs"] as! [[String: Any]]
        #expect(pairs.count == expectedPairs.count)
        for (pair, reference) in zip(pairs, expectedPairs) {
            #expect(pair["groups"] as? [String] == reference["groups"] as? [String])
            #expect(EvolutionFixture.close(pair["gini"], reference["gini"]), "\(what) G_jh \(reference["groups"]!)")
            #expect(EvolutionFixture.close(pair["relative_affluence"], reference["relative_affluence"]), "\(what) D_jh \(reference["groups"]!)")
        }
        let shares = sample["shares"] as? [String: Any] ?? [:]
        let total = ["within", "net_between", "transvariation"].reduce(0.0) { $0 + ((shares[$1] as? Double) ?? .nan) }
        #expect(abs(total - 1) < 1e-12, "\(what): shares sum to \(total)")
    }

    @Test(arguments: ["region", "province"])
    func byYearAndPooled(_ group: String) {
        let reference = EvolutionFixture.reference("dagum.json")[group] as! [String: Any]
        let byYear = EvolutionFixture.result(EvolutionFixture.onExamplePanel(["estimator": "dagum_gini", "variable": "NQP", "group": group]))
        let samples = byYear["samples"] as? [[String: Any]] ?? []
        let years = reference["by_year"] as! [[String: Any]]
        #expect(samples.count == years.count)
        for (sample, expected) in zip(samples, years) {
            #expect(sample["period"] as? Int == expected["period"] as? Int)
            Self.check(sample, expected, "\(group) \(expected["period"]!)")
        }
        let pooled = EvolutionFixture.result(EvolutionFixture.onExamplePanel(["estimator": "dagum_gini", "variable": "NQP", "group": group, "by": "pooled"]))
        let sample = (pooled["samples"] as? [[String: Any]])?.first ?? [:]
        #expect(sample["period"] is NSNull)
        Self.check(sample, reference["pooled"] as! [String: Any], "\(group) pooled")
    }

    @Test func handMadeCase() {
        let reference = EvolutionFixture.reference("dagum.json")["small"] as! [String: Any]
        let response = ABIClient.run(["abi": 1, "data": ["columns": ["y": reference["values"]!, "g": reference["groups"]!]],
                                      "model": ["estimator": "dagum_gini", "variable": "y", "group": "g"]])
        let result = EvolutionFixture.result(response)
        Self.check((result["samples"] as? [[String: Any]])?.first ?? [:], reference["pooled"] as! [String: Any], "small")
        #expect((result["warnings"] as? [String])?.contains { $0.contains("group 'C' has a single observation") } == true, "\(result)")
    }

    /// The linear-time sums from sorted values equal the plain double loop on random samples with ties.
    @Test func sortedSumsEqualTheDoubleLoop() {
        var generator = SplitMix64(seed: 25)
        for _ in 0..<50 {
            let a = (0..<Int(generator.next() % 20 + 1)).map { _ in Double(generator.next() % 7) / 4 }
            let b = (0..<Int(generator.next() % 20 + 1)).map { _ in Double(generator.next() % 9) / 8 }
            let within = a.reduce(0.0) { total, x in a.reduce(total) { $0 + abs(x - $1) } }
            let between = a.reduce(0.0) { total, x in b.reduce(total) { $0 + abs(x - $1) } }
            #expect(abs(SortedSample(a).absoluteDifferenceSum - within) <= 1e-12 * max(within, 1))
            #expect(abs(SortedSample(a).absoluteDifferenceSum(with: SortedSample(b)) - between) <= 1e-12 * max(between, 1))
        }
    }

    @Test func tablesAndFigure() {
        let response = EvolutionFixture.onExamplePanel(["estimator": "dagum_gini", "variable": "NQP", "group": "region"],
                                                       extra: ["render": ["text", "latex"], "figures": [["type": "dagum_gini", "model": 0]]])
        let rendered = EvolutionFixture.result(response)["rendered"] as? [String: String] ?? [:]
        #expect(rendered["text"]?.contains("Dagum Gini coefficient of NQP and its decomposition by region") == true)
        #expect(rendered["text"]?.contains("Northwest–Southwest") == true)
        #expect(rendered["latex"]?.contains("tabular") == true)
        let svg = ((response["figures"] as? [[String: Any]])?.first?["svg"] as? String) ?? ""
        #expect(svg.hasPrefix("<svg") && svg.contains("Overall") && svg.contains("Southwest"), "\(response["error"] ?? "")")
    }
}
