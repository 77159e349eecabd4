/// Test (c) of a heterogeneity analysis: Fisher's permutation test of equal treatment coefficients. The group labels
/// are permuted across units (the rows of a unit keep one label), the groups' regressions are refitted (fixed effects
/// partialled out exactly, `MechanismSample.treatmentSlope`) and the difference b_g − b_0 recomputed; the p-value is
/// (1 + #{|d*| ≥ |d|}) / (1 + R) over the R successful permutations (Phipson & Smyth 2010: never 0). Draw rule:
/// permutation r uses sub-stream r of the seed (`Replications.run`) and shuffles the units' labels (units in order of
/// first appearance) by Fisher–Yates from the last unit down: for i = U − 1 … 1, j = `nextInt(below: i + 1)`, swap
/// labels i and j.
enum PermutationDifferenceTest {
    struct Outcome {
        let pValues: [Double?]
        let successful: Int
    }

    /// `groupOfUnit[u]` is the group of unit u; `observed[g]` the observed difference of group g (index 0 unused).
    static func run(_ sample: MechanismSample, groupOfUnit: [Int], groupCount: Int, observed: [Double], replications: Int, seed: UInt64,
                    executor: ReplicationExecutor, budget: TimeBudget, shards: ReplicationShards?, warnings: inout [String],
                    at location: String) throws(PanelError) -> Outcome {
        let draws = try Replications.run(count: replications, seed: seed, executor: executor, budget: budget, shards: shards, at: location) { _, stream in
            var labels = groupOfUnit
            var i = labels.count - 1
            while i > 0 {
                labels.swapAt(i, stream.nextInt(below: i + 1))
                i -= 1
            }
            return differences(sample, rowsOfGroup: rowsOfGroup(sample, labels: labels, groupCount: groupCount))
        }
        let successful = draws.compactMap { $0 }
        if successful.count < replications {
            warnings.append("\(replications - successful.count) of \(replications) permutations left a group where the treatment is not estimable; they were left out")
        }
        let pValues: [Double?] = (0..<groupCount).map { g in
            guard g > 0, !successful.isEmpty else { return nil }
            let extreme = successful.reduce(0) { $0 + ($1[g].magnitude >= observed[g].magnitude ? 1 : 0) }
            return Double(1 + extreme) / Double(1 + successful.count)
        }
        return Outcome(pValues: pValues, successful: successful.count)
    }

    /// The rows (ascending) of each group when unit u carries label `labels[u]`.
    static func rowsOfGroup(_ sample: MechanismSample, labels: [Int], groupCount: Int) -> [[Int]] {
        var rows = [[Int]](repeating: [], count: groupCount)
        for row in 0..<sample.observationCount { rows[labels[sample.unitOf[row]]].append(row) }
        return rows
    }

    /// b_g − b_0 for every group (index 0 is 0), or nil when a group's slope is not estimable.
    static func differences(_ sample: MechanismSample, rowsOfGroup: [[Int]]) -> [Double]? {
        var slopes: [Double] = []
        for rows in rowsOfGroup {
            guard let slope = sample.treatmentSlope(rows: rows) else { return nil }
            slopes.append(slope)
        }
        return slopes.map { $0 - slopes[0] }
    }
}
