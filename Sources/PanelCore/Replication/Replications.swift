/// Seeded, reproducible replications: replication i draws only from random sub-stream i of the seed (xoshiro256**
/// jumped i + 1 times by 2^128), so its draws do not depend on which thread runs it or on how many replications
/// there are, and the results come back in replication order.
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

    /// Runs `replicate(i, &stream_i)` for i in 0..<count with `executor` and returns the results in order.
    public static func run<Result>(count: Int, seed: UInt64, executor: ReplicationExecutor,
                                   _ replicate: (Int, inout Xoshiro256StarStar) -> Result) -> [Result] {
        guard count > 0 else { return [] }
        let streams = substreams(count: count, seed: seed)
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        executor.forEach(count) { index in
            var stream = streams[index]
            slots[index] = replicate(index, &stream)
        }
        var results: [Result] = []
        results.reserveCapacity(count)
        for index in 0..<count {
            guard let result = slots[index] else {
                preconditionFailure("the replication executor skipped replication \(index)")
            }
            results.append(result)
        }
        return results
    }

    /// Sub-streams 0..<count of `seed`, each jumped once from the previous one.
    static func substreams(count: Int, seed: UInt64) -> [Xoshiro256StarStar] {
        var streams: [Xoshiro256StarStar] = []
        streams.reserveCapacity(count)
        var stream = Xoshiro256StarStar(seed: seed).substream(0)
        for _ in 0..<count {
            streams.append(stream)
            stream = stream.substream(0)
        }
        return streams
    }
}
