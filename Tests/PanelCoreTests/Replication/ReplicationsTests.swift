import Testing
@testable import PanelCore

/// Replications: the result of replication i depends only on the seed and i, never on the executor's order.
struct ReplicationsTests {
    private static func firstDraws(executor: ReplicationExecutor, budget: TimeBudget = .unlimited) throws(PanelError) -> [[UInt64]] {
        try Replications.run(count: 7, seed: 20_260_321, executor: executor, budget: budget, at: "/model") { _, stream in
            [stream.next(), stream.next()]
        }
    }

    @Test func streamIOfTheRunIsSubstreamIOfTheSeed() throws {
        let results = try Self.firstDraws(executor: .serial)
        let base = Xoshiro256StarStar(seed: 20_260_321)
        for index in 0..<7 {
            var expected = base.substream(index)
            #expect(results[index] == [expected.next(), expected.next()])
        }
    }

    @Test func resultsDoNotDependOnTheExecutionOrder() throws {
        let reversed = ReplicationExecutor { count, body in
            for index in (0..<count).reversed() { body(index) }
        }
        #expect(try Self.firstDraws(executor: reversed) == Self.firstDraws(executor: .serial))
    }

    @Test func zeroReplicationsGiveNoResults() throws {
        let results: [Int] = try Replications.run(count: 0, seed: 1, executor: .serial) { index, _ in index }
        #expect(results.isEmpty)
    }

    /// Issue 17 (time budget): a budget that holds gives the same draws as none; one that runs out between
    /// replications ends the run with `time_limit` at the given place, naming how many replications were done.
    @Test func budgetDecidesOnlyWhetherTheRunAnswers() throws {
        #expect(try Self.firstDraws(executor: .serial, budget: TestClock.budget(seconds: 100)) == Self.firstDraws(executor: .serial))
        do throws(PanelError) {
            _ = try Self.firstDraws(executor: .serial, budget: TestClock.budget(seconds: 3.5))
            Issue.record("the run should have run out of time")
        } catch {
            #expect(error.code == .timeLimit && error.location == "/model")
            #expect(error.message.contains("(3 of 7 done)"))
        }
    }
}
