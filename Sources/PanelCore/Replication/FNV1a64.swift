/// The 64-bit FNV-1a hash (Fowler–Noll–Vo; offset basis 0xcbf29ce484222325, prime 0x100000001b3), fed byte by
/// byte: a small, fast fingerprint for telling requests apart (`RequestDigest`) — not a cryptographic hash.
public struct FNV1a64 {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// The eight bytes of `word`, least significant first.
    public mutating func add(_ word: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { add(byte: UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
    }

    /// The UTF-8 bytes of `text` after their count, so that consecutive strings cannot run into each other.
    public mutating func add(_ text: String) {
        add(UInt64(text.utf8.count))
        for byte in text.utf8 { add(byte: byte) }
    }

    /// The value as 16 lowercase hexadecimal digits.
    public var hexadecimal: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for shift in stride(from: 60, through: 0, by: -4) { text.append(digits[Int((value >> UInt64(shift)) & 0xf)]) }
        return String(decoding: text, as: UTF8.self)
    }
}
