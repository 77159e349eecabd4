import Foundation
import Testing
@testable import PanelCore

/// The pieces a shard is made of: the FNV-1a 64 digest (published test vectors), base64 as Foundation writes it, and
/// replication values that read back bit for bit (infinities, NaN payloads, a failed draw).
@Suite struct ShardEncodingTests {
    /// Vectors of the FNV reference page (http://www.isthe.com/chongo/tech/comp/fnv/ — FNV-1a 64).
    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func fnv1aMatchesTheReferenceVectors(_ text: String, _ expected: String) {
        var hash = FNV1a64()
        for byte in text.utf8 { hash.add(byte: byte) }
        #expect(hash.hexadecimal == expected)
    }

    @Test func base64IsWhatFoundationWrites() {
        var generator = SplitMix64(seed: 23)
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let encoded = bytes.withUnsafeBytes { Base64.encode($0) }
            #expect(encoded == Data(bytes).base64EncodedString())
        }
    }

    @Test func replicationValuesReadBackBitForBit() {
        let payloadNaN = Double(bitPattern: 0x7FF8_0000_0000_1234)
        let values: [[Double]?] = [nil, [], [1.5, -.infinity, payloadNaN, -0.0]]
        var doubles: [Double] = []
        var counts: [Int] = []
        for value in values {
            let before = doubles.count
            value.appendDoubles(to: &doubles)
            counts.append(doubles.count - before)
        }
        var offset = 0
        for (value, count) in zip(values, counts) {
            let read = [Double]?(doubles: doubles[offset..<(offset + count)])
            #expect(read.map { $0?.map(\.bitPattern) } == .some(value?.map(\.bitPattern)))
            offset += count
        }
        #expect([Double]?(doubles: [2, 1]) == nil)
        #expect(Double(doubles: [1, 2]) == nil)
    }
}
