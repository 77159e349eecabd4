/// How a mediation bootstrap draws its samples: whole resampling units (clusters, the panel-correct choice) or
/// single observations.
public enum BootstrapResampling: String, Equatable, Sendable {
    case cluster
    case observation
}

/// The kinds of bootstrap confidence interval (see `BootstrapIntervals`).
public enum BootstrapIntervalKind: String, Equatable, Sendable, CaseIterable {
    case percentile
    case biasCorrected = "bc"
    case biasCorrectedAccelerated = "bca"
}

/// One effect's bootstrap summary: the observed estimate, the bootstrap standard error, z = estimate ÷ SE with its
/// two-sided normal p-value, and the intervals asked for (nil when not defined; the warnings say why).
public struct BootstrapEffect {
    public let name: String
    public let estimate: Double
    public let standardError: Double
    public let statistic: Double?
    public let pValue: Double?
    public let intervals: [(kind: BootstrapIntervalKind, bounds: (low: Double, high: Double)?)]
}

/// The nonparametric bootstrap of a mediation model's effects (total, direct, indirect), with the draw rule fixed so
/// that any implementation can reproduce it exactly: replication r (0-based) draws from sub-stream r of the seed
/// (`Replications.run`); resampling clusters, it draws G units by `nextInt(below: G)` G times and stacks their rows
/// (each unit's rows in sample order, draws in draw order), the j-th drawn unit taking the fresh id j for the fixed
/// effect of the cluster variable (Stata `bootstrap, cluster() idcluster()`); resampling observations, it draws n
/// rows by `nextInt(below: n)`. Each draw refits all equations (`MechanismSample.refit`). Draws where an effect is
/// not estimable are left out and counted in a warning, as Stata does. BCa's jackknife leaves out one resampling
/// unit at a time.
public struct MediationBootstrap {
    public let replications: Int
    public let successfulReplications: Int
    public let resampling: BootstrapResampling
    /// How many units each draw takes (clusters or observations).
    public let unitCount: Int
    public let seed: UInt64
    public let effects: [BootstrapEffect]

    static func run(_ sample: MechanismSample, estimate: MediationEstimates, names: [String], replications: Int,
                    resampling: BootstrapResampling, seed: UInt64, intervals: [BootstrapIntervalKind], level: Double,
                    executor: ReplicationExecutor, budget: TimeBudget, shards: ReplicationShards?, warnings: inout [String],
                    at location: String) throws(PanelError) -> MediationBootstrap {
        let units = sample.unitCount
        let draws = try Replications.run(count: replications, seed: seed, executor: executor, budget: budget, shards: shards, at: location) { _, stream in
            Self.draw(sample, units: units, resampling: resampling, stream: &stream)
        }
        let successful = draws.compactMap { $0 }
        if successful.count < replications {
            warnings.append("\(replications - successful.count) of \(replications) bootstrap replications could not estimate every effect and were left out")
        }
        var accelerations = [Double](repeating: .nan, count: names.count)
        if intervals.contains(.biasCorrectedAccelerated) {
            accelerations = try Self.jackknifeAccelerations(sample, count: names.count, executor: executor, budget: budget, at: location)
            if accelerations.contains(where: { !$0.isFinite }) {
                warnings.append("the BCa interval is null where the leave-one-out jackknife estimates do not vary or an estimate failed")
            }
        }
        let observed = estimate.effects
        var effects: [BootstrapEffect] = []
        for (e, name) in names.enumerated() {
            let sorted = successful.map { $0[e] }.sorted()
            effects.append(Self.summary(name: name, estimate: observed[e], sorted: sorted, acceleration: accelerations[e],
                                        intervals: intervals, level: level, warnings: &warnings))
        }
        return MediationBootstrap(replications: replications, successfulReplications: successful.count, resampling: resampling,
                                  unitCount: units, seed: seed, effects: effects)
    }

    /// One replication's effects, or nil when not estimable on its draw.
    private static func draw(_ sample: MechanismSample, units: Int, resampling: BootstrapResampling,
                             stream: inout Xoshiro256StarStar) -> [Double]? {
        switch resampling {
        case .observation:
            return sample.refit(rows: stream.sampleWithReplacement(count: units, from: units), unitDraw: nil)?.effects
        case .cluster:
            var rows: [Int] = []
            var unitDraw: [Int] = []
            rows.reserveCapacity(sample.observationCount)
            unitDraw.reserveCapacity(sample.observationCount)
            for j in 0..<units {
                let unitRows = sample.rowsOfUnit[stream.nextInt(below: units)]
                rows.append(contentsOf: unitRows)
                unitDraw.append(contentsOf: repeatElement(j, count: unitRows.count))
            }
            return sample.refit(rows: rows, unitDraw: unitDraw)?.effects
        }
    }

    /// Per effect, the jackknife acceleration over leave-one-unit-out refits (NaN when a refit fails).
    private static func jackknifeAccelerations(_ sample: MechanismSample, count: Int, executor: ReplicationExecutor, budget: TimeBudget,
                                               at location: String) throws(PanelError) -> [Double] {
        let estimates = try Replications.run(count: sample.unitCount, seed: 0, executor: executor, budget: budget, at: location) { unit, _ in
            sample.refit(rows: (0..<sample.observationCount).filter { sample.unitOf[$0] != unit }, unitDraw: nil)?.effects
        }
        let complete = estimates.compactMap { $0 }
        guard complete.count == estimates.count else { return [Double](repeating: .nan, count: count) }
        return (0..<count).map { e in BootstrapIntervals.acceleration(jackknife: complete.map { $0[e] }) }
    }

    private static func summary(name: String, estimate: Double, sorted: [Double], acceleration: Double,
                                intervals: [BootstrapIntervalKind], level: Double, warnings: inout [String]) -> BootstrapEffect {
        let se = BootstrapIntervals.standardError(sorted)
        let z: Double? = se > 0 ? estimate / se : nil
        var bounds: [(kind: BootstrapIntervalKind, bounds: (low: Double, high: Double)?)] = []
        for kind in intervals {
            guard !sorted.isEmpty else {
                bounds.append((kind, nil))
                continue
            }
            switch kind {
            case .percentile:
                bounds.append((kind, BootstrapIntervals.percentile(sorted: sorted, level: level)))
            case .biasCorrected:
                bounds.append((kind, BootstrapIntervals.biasCorrected(sorted: sorted, estimate: estimate, level: level)))
            case .biasCorrectedAccelerated:
                bounds.append((kind, BootstrapIntervals.biasCorrected(sorted: sorted, estimate: estimate, acceleration: acceleration, level: level)))
            }
        }
        if bounds.contains(where: { $0.bounds == nil }) {
            warnings.append("'\(name)': a bootstrap interval is null (every replicate lies on one side of the estimate, or too few replicates)")
        }
        if z == nil { warnings.append("'\(name)': the bootstrap standard error is zero or undefined, so z and p are null") }
        return BootstrapEffect(name: name, estimate: estimate, standardError: se, statistic: z,
                               pValue: z.map { 2 * StandardNormal.survival($0.magnitude) }, intervals: bounds)
    }
}
