/// Which placebo a request asks for.
public enum PlaceboMode: Equatable {
    /// Randomisation inference: the units' adoption periods are shuffled across units (the same number of treated
    /// units and the same cohorts), the TWFE coefficient re-estimated, R times.
    case randomUnits
    /// Fake timing: every treated unit adopts `shift` periods early and only its untreated rows are kept; one fit.
    case fakeYears(shift: Int)
    /// Robustness: a random `share` of the observations is dropped and the model re-estimated, R times.
    case subsample(share: Double)

    /// The mode's ABI name.
    public var name: String {
        switch self {
        case .randomUnits: return "random_units"
        case .fakeYears: return "fake_years"
        case .subsample: return "subsample"
        }
    }
}

/// A placebo test: the estimate it is compared with (for `fake_years`, the fake-timing estimate itself), the
/// replication draws in replication order, their summary, and for `random_units` the two-sided randomisation p-value
/// c/R with c = #{r : |b_r| ≥ |b|} over the R finite draws (Stata `permute`'s count and p = c/n).
public struct PlaceboResult {
    public let mode: PlaceboMode
    public let actual: DIDResult
    public let seed: UInt64
    public let draws: [Double]
    public let summary: DrawSummary?
    public let pValue: Double?
    public let warnings: [String]
}

/// Placebo and robustness tests of the TWFE DID estimate (seed 002's placebo test and reduced-sample check). Every
/// replication runs through `Replications.run`, so results are identical on every platform and executor.
public enum PlaceboTest {
    /// Runs the placebo `mode` for the TWFE DID of `formula` with the indicator of `timing` (reported as `indicator`):
    /// the actual fit under `covariance`, then `replications` seeded draws on `executor` within `budget`. Fails as the
    /// actual fit does.
    public static func run(_ mode: PlaceboMode, replications: Int, seed: UInt64, executor: ReplicationExecutor,
                           budget: TimeBudget = .unlimited, shards: ReplicationShards? = nil, formula: Formula,
                           timing: AdoptionTiming, indicator: String, table: DataTable, panel: PanelIndex,
                           covariance: CovarianceChoice, level: Double, at location: String) throws(PanelError) -> PlaceboResult {
        func fit(_ timing: AdoptionTiming, excluding excluded: [Bool] = []) throws(PanelError) -> DIDResult {
            try DifferenceInDifferences.estimate(formula: formula, treatment: .adoption(timing, indicator: indicator), table: table,
                                                 panel: panel, covariance: covariance, level: level, excluding: excluded, at: location)
        }
        switch mode {
        case .fakeYears(let shift):
            let early = timing.adoptionOf.map { adoption in adoption.map { $0 - shift } }
            let fake = try AdoptionTiming(panel: panel, adoptionOf: early, at: location + "/options/shift")
            let excluded = timing.treatedIndicator.map { $0 == 1 }
            return PlaceboResult(mode: mode, actual: try fit(fake, excluding: excluded), seed: seed, draws: [], summary: nil, pValue: nil,
                                 warnings: ["fake adoption \(shift) period\(shift == 1 ? "" : "s") early, on the untreated rows only"])
        case .randomUnits:
            let actual = try fit(timing)
            let partialled = try PartialledTreatmentFit(formula: formula, timing: timing, table: table, panel: panel,
                                                        requiredColumns: covariance.requiredColumns, at: location)
            let draws = try Replications.run(count: replications, seed: seed, executor: executor, budget: budget, shards: shards, at: location) { _, stream in
                partialled.coefficient(of: shuffledIndicator(timing, panel: panel, stream: &stream))
            }
            return summarised(mode, actual: actual, seed: seed, draws: draws, testing: true)
        case .subsample(let share):
            let actual = try fit(timing)
            let dropCount = Int((share * Double(table.rowCount)).rounded(.down))
            let draws = try Replications.run(count: replications, seed: seed, executor: executor, budget: budget, shards: shards, at: location) { _, stream -> Double in
                var excluded = [Bool](repeating: false, count: table.rowCount)
                for row in randomRows(dropCount, of: table.rowCount, stream: &stream) { excluded[row] = true }
                do throws(PanelError) {
                    return try fit(timing, excluding: excluded).effect.estimate
                } catch {
                    return .nan
                }
            }
            return summarised(mode, actual: actual, seed: seed, draws: draws, testing: false)
        }
    }

    /// The treatment indicator after shuffling the units' adoption periods (Fisher–Yates).
    static func shuffledIndicator(_ timing: AdoptionTiming, panel: PanelIndex, stream: inout Xoshiro256StarStar) -> [Double] {
        var adoption = timing.adoptionOf
        for k in stride(from: adoption.count - 1, to: 0, by: -1) {
            adoption.swapAt(k, stream.nextInt(below: k + 1))
        }
        return panel.unitOf.indices.map { row in
            adoption[panel.unitOf[row]].map { panel.timeOf[row] >= $0 ? 1 : 0 } ?? 0
        }
    }

    /// `count` distinct rows of 0..<rowCount drawn without replacement (partial Fisher–Yates).
    private static func randomRows(_ count: Int, of rowCount: Int, stream: inout Xoshiro256StarStar) -> ArraySlice<Int> {
        var rows = Array(0..<rowCount)
        for k in 0..<count { rows.swapAt(k, k + stream.nextInt(below: rowCount - k)) }
        return rows[0..<count]
    }

    private static func summarised(_ mode: PlaceboMode, actual: DIDResult, seed: UInt64, draws: [Double], testing: Bool) -> PlaceboResult {
        let finite = draws.filter { $0.isFinite }
        var warnings: [String] = []
        if finite.count < draws.count {
            warnings.append("\(draws.count - finite.count) replications gave no estimate (treatment not identified) and are left out")
        }
        let size = actual.effect.estimate.magnitude
        let pValue = testing && !finite.isEmpty
            ? Double(finite.filter { $0.magnitude >= size }.count) / Double(finite.count) : nil
        return PlaceboResult(mode: mode, actual: actual, seed: seed, draws: finite, summary: DrawSummary(finite),
                             pValue: pValue, warnings: warnings)
    }
}

/// Mean, standard deviation (n − 1), extremes and quantiles (Hyndman–Fan type 7, NumPy's default) of replication draws.
public struct DrawSummary {
    /// The probabilities of the reported quantiles.
    public static let probabilities = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.975, 0.99]
    public let count: Int
    public let mean: Double
    /// Nil with fewer than two draws.
    public let standardDeviation: Double?
    public let minimum: Double
    public let maximum: Double
    /// Quantiles at `probabilities`.
    public let quantiles: [Double]

    /// Nil for no draws.
    init?(_ draws: [Double]) {
        guard !draws.isEmpty else { return nil }
        let sorted = draws.sorted()
        let n = Double(draws.count)
        let mean = draws.reduce(0, +) / n
        count = draws.count
        self.mean = mean
        standardDeviation = draws.count > 1 ? (draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot() : nil
        minimum = sorted[0]
        maximum = sorted[sorted.count - 1]
        quantiles = Self.probabilities.map { SamplePercentile.of(sorted: sorted, p: $0) }
    }
}
