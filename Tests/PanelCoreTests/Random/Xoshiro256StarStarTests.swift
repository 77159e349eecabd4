import Testing
@testable import PanelCore

/// Xoshiro256StarStar against the pure-Python reference of references/random/make_random_fixtures.py
/// (bit-exact for integers, uniforms and jumps; normals at 1e-15 relative because the reference uses
/// math.log, which may differ from Elementary.log by an ulp), plus seeded moment checks.
@Suite struct Xoshiro256StarStarTests {
    /// The whitespace-separated fields of each line of Fixtures/random/<name>.txt.
    static func rows(_ name: String) -> [[Substring]] {
        Fixtures.text("random/\(name).txt").split(separator: "\n").map { $0.split(separator: " ") }
    }

    static func hex(_ field: Substring) -> UInt64 { UInt64(field, radix: 16)! }

    @Test func firstOutputsMatchReference() {
        for row in Self.rows("next") {
            var generator = Xoshiro256StarStar(seed: Self.hex(row[0]))
            let outputs = (1..<row.count).map { _ in generator.next() }
            #expect(outputs == row.dropFirst().map(Self.hex))
        }
    }

    @Test func uniformsAreTopBitsExactly() {
        for row in Self.rows("uniform") {
            var generator = Xoshiro256StarStar(seed: Self.hex(row[0]))
            let draws = (1..<row.count).map { _ in generator.nextUniform().bitPattern }
            #expect(draws == row.dropFirst().map(Self.hex))
        }
    }

    @Test func substreamsMatchReferenceJumps() {
        for row in Self.rows("jump") {
            var stream = Xoshiro256StarStar(seed: Self.hex(row[0])).substream(Int(row[1])!)
            let outputs = (2..<row.count).map { _ in stream.next() }
            #expect(outputs == row.dropFirst(2).map(Self.hex))
        }
    }

    @Test func boundedIntegersMatchReference() {
        for row in Self.rows("int") {
            var generator = Xoshiro256StarStar(seed: Self.hex(row[0]))
            let bound = Int(row[1])!
            let draws = (2..<row.count).map { _ in generator.nextInt(below: bound) }
            #expect(draws == row.dropFirst(2).map { Int($0)! })
        }
    }

    @Test func sampleWithReplacementIsRepeatedBoundedDraws() {
        var sampler = Xoshiro256StarStar(seed: 42)
        var drawer = Xoshiro256StarStar(seed: 42)
        let sample = sampler.sampleWithReplacement(count: 50, from: 1000)
        #expect(sample == (0..<50).map { _ in drawer.nextInt(below: 1000) })
        let reference = Self.rows("int").first { $0[1] == "1000" }!
        #expect(Array(sample.prefix(24)) == reference.dropFirst(2).map { Int($0)! })
    }

    /// Tolerance 1e-15 relative: the reference's math.log and Elementary.log may differ by one ulp.
    @Test func normalsMatchReference() {
        for row in Self.rows("normal") {
            var generator = Xoshiro256StarStar(seed: Self.hex(row[0]))
            for field in row.dropFirst() {
                let expected = Double(String(field))!
                let draw = generator.nextNormal()
                #expect((draw - expected).magnitude <= 1e-15 * expected.magnitude, "\(draw) vs \(expected)")
            }
        }
    }

    /// Seeded, hence deterministic: sample means and variances of 200,000 draws within 5 standard
    /// errors of the population values, and each of ten bounded outcomes within 5 standard errors.
    @Test func momentsAreRight() {
        let n = 200_000
        var generator = Xoshiro256StarStar(seed: 20_261_121)
        let uniforms = (0..<n).map { _ in generator.nextUniform() }
        let normals = (0..<n).map { _ in generator.nextNormal() }
        let (uniformMean, uniformVariance) = Self.meanAndVariance(uniforms)
        let (normalMean, normalVariance) = Self.meanAndVariance(normals)
        let size = Double(n)
        #expect((uniformMean - 0.5).magnitude < 5 * (1.0 / 12 / size).squareRoot())
        #expect((uniformVariance - 1.0 / 12).magnitude < 5 * (1.0 / 180 / size).squareRoot())
        #expect(normalMean.magnitude < 5 / size.squareRoot())
        #expect((normalVariance - 1).magnitude < 5 * (2 / size).squareRoot())
        var counts = [Int](repeating: 0, count: 10)
        for value in generator.sampleWithReplacement(count: n, from: 10) { counts[value] += 1 }
        let expected = size / 10
        for count in counts {
            #expect((Double(count) - expected).magnitude < 5 * (size * 0.1 * 0.9).squareRoot())
        }
    }

    static func meanAndVariance(_ values: [Double]) -> (Double, Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        return (mean, variance)
    }
}
