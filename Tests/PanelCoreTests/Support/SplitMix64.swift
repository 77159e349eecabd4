@testable import PanelCore

/// Test-only SplitMix64 generator (Steele, Lea & Flood 2014) for reproducible random inputs; independent of
/// the core's generator.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [low, high) from the top 53 bits.
    mutating func uniform(_ low: Double = 0, _ high: Double = 1) -> Double {
        low + (high - low) * Double(next() >> 11) * 0x1p-53
    }

    /// A `rows × columns` matrix of uniform entries in [−1, 1).
    mutating func matrix(_ rows: Int, _ columns: Int) -> Matrix {
        Matrix(rows: rows, columns: columns, columnMajor: (0..<(rows * columns)).map { _ in uniform(-1, 1) })
    }

    /// A vector of uniform entries in [−1, 1).
    mutating func vector(_ count: Int) -> [Double] {
        (0..<count).map { _ in uniform(-1, 1) }
    }
}
