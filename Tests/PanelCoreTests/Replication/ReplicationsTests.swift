import Testing
@testable import PanelCore

/// Replications: the result of replication i depends only on the seed and i, never on the executor's order.
struct ReplicationsTests {
    private static func firstDraws(executor: ReplicationExecutor) -> [[UInt64]] {
        Replications.run(count: 7, seed: 20_260_321, executor: executor) { _, stream in
            [stream.next(), stream.next()]
        }
    }

    @Test func streamIOfTheRunIsSubstreamIOfTheSeed() {
        let results = Self.firstDraws(executor: .serial)
        let base = Xoshiro256StarStar(seed: 20_260_321)
        for index in 0..<7 {
            var expected = base.substream(index)
            #expect(results[index] == [expected.next(), expected.next()])
        }
    }

    @Test func resultsDoNotDependOnTheExecutionOrder() {
        let reversed = ReplicationExecutor { count, body in
            for index in (0..<count).reversed() { body(index) }
        }
        #expect(Self.firstDraws(executor: reversed) == Self.firstDraws(executor: .serial))
    }

    @Test func zeroReplicationsGiveNoResults() {
        let results: [Int] = Replications.run(count: 0, seed: 1, executor: .serial) { index, _ in index }
        #expect(results.isEmpty)
    }
}
