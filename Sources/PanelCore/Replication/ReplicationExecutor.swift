/// How a host runs independent replications (bootstrap draws, placebo assignments, permutations): `forEach(count,
/// body)` must call `body(i)` exactly once for every i in 0..<count, in any order and on any threads. The core keeps
/// each replication's result at its index and reduces in index order, so the response is the same whichever
/// executor runs it. The wasm module runs serially; the native CLI spreads the calls over all cores, and also reads
/// a large CSV file in parts at once with it (`CSVPartedReading`).
public struct ReplicationExecutor: Sendable {
    public let forEach: @Sendable (_ count: Int, _ body: (Int) -> Void) -> Void
    /// How many calls of `body` it runs at once (1: one after another).
    public let concurrency: Int

    public init(concurrency: Int = 1, forEach: @escaping @Sendable (_ count: Int, _ body: (Int) -> Void) -> Void) {
        self.forEach = forEach
        self.concurrency = max(1, concurrency)
    }

    /// `body(i)` for every i in 0..<count, run by `forEach`, in index order whichever thread ran each.
    public func map<Result>(_ count: Int, _ body: (Int) -> Result) -> [Result] {
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        forEach(count) { index in slots[index] = body(index) }
        return slots.map { $0! }
    }

    /// One replication after another on the calling thread.
    public static let serial = ReplicationExecutor { count, body in
        for index in 0..<count { body(index) }
    }
}
