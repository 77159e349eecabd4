/// Hansen's (1999, §3.2) fixed-regressor residual bootstrap of the F tests for the number of thresholds: under the
/// null of k − 1 thresholds (at their estimates), the within residuals are grouped by unit, n unit vectors are drawn
/// with replacement, added to the null model's fitted values (regressors and q held fixed), and F_k is recomputed
/// by the same sequential search as on the sample. The p-value is the share of bootstrap statistics above F_k.
///
/// Replication b draws only from sub-stream b of the seed (`Replications.run`): first the n unit indices for the
/// test of one threshold, then those for two, then for three (`nextInt(below:)`, unit by unit).
enum ThresholdBootstrap {
    /// Bootstrap statistics F*_k for k = 1…`tests`, one array per replication, given the sample sequence `sample`
    /// of `response` (demeaned). A replication whose search finds no admissible candidate counts F* = 0.
    static func statistics(response: [Double], panel: ThresholdPanel, grids: [ThresholdGrid], sample: ThresholdSequence,
                           tests: Int, replications: Int, seed: UInt64, executor: ReplicationExecutor, budget: TimeBudget, shards: ReplicationShards?,
                           at location: String) throws(PanelError) -> [[Double]] {
        let nulls = (0..<tests).map { k in
            let residual = panel.basis(fixing: sample.nullThresholds(k)).residual(response)
            return (fitted: response.indices.map { response[$0] - residual[$0] }, residual: residual)
        }
        return try Replications.run(count: replications, seed: seed, executor: executor, budget: budget, shards: shards, at: location) { _, stream in
            (0..<tests).map { k in
                let draw = stream.sampleWithReplacement(count: panel.unitCount, from: panel.unitCount)
                let resampled = resampledResponse(fitted: nulls[k].fitted, residual: nulls[k].residual, units: draw, panel: panel)
                let sequence = ThresholdSequence(response: resampled, panel: panel, grids: grids, stages: k + 1, refine: false)
                return sequence?.statistics[k] ?? 0
            }
        }
    }

    /// fitted + the residual vector of unit `units[u]` placed on unit u, period by period.
    static func resampledResponse(fitted: [Double], residual: [Double], units: [Int], panel: ThresholdPanel) -> [Double] {
        var response = fitted
        for (u, source) in units.enumerated() {
            for (t, row) in panel.rowsOfUnit[u].enumerated() { response[row] += residual[panel.rowsOfUnit[source][t]] }
        }
        return response
    }
}
