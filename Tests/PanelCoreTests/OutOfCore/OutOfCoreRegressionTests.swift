import Foundation
import Testing
@testable import PanelCore

/// Issue 23 (fixed-effects regressions on data larger than memory): `ols_partial` over partitions that hold whole
/// units — factor pieces merged by TSQR, the scores pass and the finish — gives the single `ols` fit of all rows:
/// coefficients to 1e-10 and standard errors to 1e-8 (relative), statistics alike, for one- and two-way effects and
/// iid, hc1 and clustered errors, whatever the shape of the merge tree.
@Suite struct OutOfCoreRegressionTests {
    static var years: [String: Any] { ["year": Array(2013...2023)] }
    static var vcovs: [Any] { ["iid", "hc1", ["cluster": "city"]] }
    static let formulas = ["NQP ~ DF + UL + CSL | city", "NQP ~ DF + UL + CSL + FDL | city + year"]

    static func compare(_ distributed: [String: Any], _ single: [String: Any]) {
        let a = distributed["coefficients"] as? [[String: Any]] ?? []
        let b = single["coefficients"] as? [[String: Any]] ?? []
        #expect(a.count == b.count && !b.isEmpty)
        for (x, y) in zip(a, b) {
            #expect(x["term"] as? String == y["term"] as? String)
            #expect(isClose(x["estimate"] as? Double ?? .nan, y["estimate"] as? Double ?? 0, relative: 1e-10))
            #expect(isClose(x["std_error"] as? Double ?? .nan, y["std_error"] as? Double ?? 0, relative: 1e-8))
        }
        let statsA = distributed["stats"] as? [String: Any] ?? [:], statsB = single["stats"] as? [String: Any] ?? [:]
        #expect(Set(statsA.keys) == Set(statsB.keys))
        for (name, value) in statsB {
            if let value = value as? Double { #expect(isClose(statsA[name] as? Double ?? .nan, value, relative: 1e-8, floor: 1e-12), "\(name)") }
        }
        #expect(distributed["warnings"] as? [String] ?? [] == single["warnings"] as? [String] ?? [])
        #expect((distributed["vcov"] as? [String: Any])?["convention"] as? String == (single["vcov"] as? [String: Any])?["convention"] as? String)
    }

    @Test(arguments: formulas, [0, 1, 2])
    func examplePanelInThreePartitionsEqualsOLS(_ formula: String, _ vcovIndex: Int) {
        let passes = OutOfCorePasses(formula: formula, vcov: Self.vcovs[vcovIndex], levels: formula.hasSuffix("year") ? Self.years : nil)
        let partitions = (0..<3).map { OutOfCorePasses.examplePartition($0, of: 3) }
        Self.compare(passes.fit(partitions), passes.single(["csv": RequestLanguageTests.examplePanel]))
    }

    /// An unbalanced panel: units observed in a random subset of 8 periods (some once: singletons), a missing value,
    /// a period observed once in no partition alone; three partitions of unequal size.
    static func simulatedPanel() -> (all: [String: Any], partitions: [[String: Any]]) {
        var random = SplitMix64(seed: 23)
        var columns: [[Double?]] = [[], [], [], [], []]
        var partitionOf: [Int] = []
        for unit in 0..<60 {
            let effect = random.uniform(-1, 1)
            for period in 0..<8 where random.uniform() < (unit % 7 == 0 ? 0.15 : 0.7) {
                let x1 = random.uniform() + effect, x2 = random.uniform() * Double(period)
                let y = 1.5 * x1 - 0.5 * x2 + effect + 0.1 * Double(period) + random.uniform(-1, 1) * (1 + x1 * x1)
                columns[0].append(Double(1000 + unit * 13))
                columns[1].append(Double(period))
                columns[2].append(unit == 5 && period == 3 ? nil : x1)
                columns[3].append(x2)
                columns[4].append(y)
                partitionOf.append(unit < 10 ? 0 : unit < 35 ? 1 : 2)
            }
        }
        let names = ["id", "t", "x1", "x2", "y"]
        func data(_ rows: [Int]) -> [String: Any] {
            var object: [String: Any] = [:]
            for (name, values) in zip(names, columns) { object[name] = rows.map { values[$0].map { $0 as Any } ?? NSNull() } }
            return ["columns": object]
        }
        let all = Array(partitionOf.indices)
        return (data(all), (0..<3).map { k in data(all.filter { partitionOf[$0] == k }) })
    }

    @Test(arguments: ["y ~ x1 + x2 | id", "y ~ x1 + x2 | id + t"], [0, 1, 2])
    func simulatedUnbalancedPanelEqualsOLSForAnyMergeTree(_ formula: String, _ vcovIndex: Int) {
        let vcov: Any = vcovIndex == 2 ? ["cluster": "id"] : Self.vcovs[vcovIndex]
        let passes = OutOfCorePasses(formula: formula, vcov: vcov, levels: formula.hasSuffix("t") ? ["t": Array(0..<8)] : nil)
        let (all, partitions) = Self.simulatedPanel()
        let single = passes.single(all)
        Self.compare(passes.fit(partitions), single)
        Self.compare(passes.fit(partitions, leftToRight: false), single)
    }
}
