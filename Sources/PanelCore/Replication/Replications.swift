/// Seeded, reproducible replications: replication i draws only from random sub-stream i of the seed (xoshiro256**
/// jumped i + 1 times by 2^128), so its draws do not depend on which thread runs it or on how many replications
/// there are, and the results come back in replication order. A loop may run only a range of its replications
/// (`ReplicationShards`): replication i draws the same numbers there.
public enum Replications {
    /// Most values the results of one run may hold, replications × values each: 5 · 10⁷ doubles (400 MB).
    public static let maximumStoredValues = 50_000_000

    /// Fails with `too_large` at `location`, with the memory it would take, when `count` replications of
    /// `valuesEach` values each exceed `maximumStoredValues` — checked before the run allocates its results.
    public static func requireStorage(count: Int, valuesEach: Int, at location: String) throws(PanelError) {
        let (values, overflow) = count.multipliedReportingOverflow(by: valuesEach)
        guard overflow || values > maximumStoredValues else { return }
        throw PanelError(.tooLarge, "\(count) replications of \(valuesEach) values each would hold "
                         + "\(MemoryEstimate.text(bytes: 8 * Double(count) * Double(valuesEach))); the limit is \(maximumStoredValues) values",
                         at: location)
    }

    /// Runs `replicate(i, &stream_i)` for i in 0..<count with `executor` and returns the results in order. Each
    /// replication first checks `budget`: once it has run out the remaining ones are skipped and the run ends with
    /// `time_limit` at `location` (`TimeBudget`), so a finished run is the same with or without a budget.
    public static func run<Result>(count: Int, seed: UInt64, executor: ReplicationExecutor, budget: TimeBudget = .unlimited,
                                   at location: String = "",
                                   _ replicate: (Int, inout Xoshiro256StarStar) -> Result) throws(PanelError) -> [Result] {
        try run(0..<count, seed: seed, executor: executor, budget: budget, at: location, replicate)
    }

    /// `run(count:…)` for a loop that may be sharded: with `shards` (a model with `options.replications_range`, or
    /// shards being combined) the loop runs as `ReplicationShards.loop` says; without, as `run(count:…)`.
    public static func run<Result: ReplicationValue>(count: Int, seed: UInt64, executor: ReplicationExecutor, budget: TimeBudget = .unlimited,
                                                     shards: ReplicationShards?, at location: String = "",
                                                     _ replicate: (Int, inout Xoshiro256StarStar) -> Result) throws(PanelError) -> [Result] {
        guard let shards else { return try run(0..<count, seed: seed, executor: executor, budget: budget, at: location, replicate) }
        return try shards.loop(count: count, seed: seed) { (range) throws(PanelError) -> [Result] in
            try run(range, seed: seed, executor: executor, budget: budget, at: location, replicate)
        }
    }

    /// Replications `range` (each with its own sub-stream), results in order.
    private static func run<Result>(_ range: Range<Int>, seed: UInt64, executor: ReplicationExecutor, budget: TimeBudget,
                                    at location: String,
                                    _ replicate: (Int, inout Xoshiro256StarStar) -> Result) throws(PanelError) -> [Result] {
        let count = range.count
        guard count > 0 else { return [] }
        let streams = try substreams(range, seed: seed, budget: budget, at: location)
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        executor.forEach(count) { index in
            guard !budget.isExpired else { return }
            var stream = streams[index]
            slots[index] = replicate(range.lowerBound + index, &stream)
        }
        var results: [Result] = []
        results.reserveCapacity(count)
        for index in 0..<count {
            guard let result = slots[index] else {
                throw budget.exhausted(during: "the replications (\(slots.count { $0 != nil }) of \(count) done)", at: location)
            }
            results.append(result)
        }
        return results
    }

    /// Sub-streams `range` of `seed`, each jumped once from the previous one (`budget` checked every 1,024).
    private static func substreams(_ range: Range<Int>, seed: UInt64, budget: TimeBudget, at location: String) throws(PanelError) -> [Xoshiro256StarStar] {
        var streams: [Xoshiro256StarStar] = []
        streams.reserveCapacity(range.count)
        var stream = Xoshiro256StarStar(seed: seed).substream(0)
        for index in 0..<range.upperBound {
            if index % 1024 == 1023 { try budget.check("the set-up of \(range.upperBound) replications", at: location) }
            if index >= range.lowerBound { streams.append(stream) }
            stream = stream.substream(0)
        }
        return streams
    }
}
