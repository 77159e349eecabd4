import Testing
@testable import PanelCore

/// Columns residualised on the host's threads (`FixedEffectsAbsorber.absorb(_:executor:)`) against the same columns
/// one after another: the same bits, iteration counts and convergence, for one factor, two crossed in balance, two
/// unbalanced (the accelerated projections) and three, with more and fewer columns than threads.
@Suite struct AbsorberThreadsTests {
    static func factors(unbalanced: Bool, count: Int) -> [FixedEffectFactor] {
        let n = 600
        let rows = (0..<n).filter { !unbalanced || $0 % 7 != 3 }
        let levels: [(Int) -> Int] = [{ $0 / 6 }, { $0 % 6 }, { ($0 * 13) % 11 }]
        return (0..<count).map { f in
            let codes = rows.map(levels[f])
            let dense = Dictionary(grouping: codes.indices, by: { codes[$0] }).keys.sorted()
            return FixedEffectFactor(name: "f\(f)", levelOf: codes.map { dense.firstIndex(of: $0)! }, levelCount: dense.count)
        }
    }

    @Test(arguments: [(false, 1), (false, 2), (true, 2), (true, 3)])
    func threadsGiveTheSameBits(unbalanced: Bool, factorCount: Int) {
        let factors = Self.factors(unbalanced: unbalanced, count: factorCount)
        let n = factors[0].observationCount
        for columns in [1, 3, 7] {
            let values = (0..<(n * columns)).map { i in Double((i * 7919) % 1013) * 0.013 + Double(i % n).squareRoot() }
            let absorber = FixedEffectsAbsorber(factors: factors)
            let serial = absorber.absorb(Matrix(rows: n, columns: columns, columnMajor: values))
            let threaded = absorber.absorb(Matrix(rows: n, columns: columns, columnMajor: values), executor: CSVPartedReadingTests.threads)
            #expect(serial.residualised.storage.map { $0.bitPattern } == threaded.residualised.storage.map { $0.bitPattern })
            #expect(serial.iterations == threaded.iterations && serial.converged == threaded.converged)
        }
    }
}
