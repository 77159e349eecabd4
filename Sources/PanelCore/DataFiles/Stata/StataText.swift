/// The text of a Stata string field: the bytes up to the first NUL, as UTF-8 when they are valid UTF-8 (format 118
/// and later always write UTF-8) and otherwise as Latin-1 (formats up to 117 wrote the platform's 8-bit encoding).
enum StataText {
    static func decode(_ field: ArraySlice<UInt8>) -> String {
        let end = field.firstIndex(of: 0) ?? field.endIndex
        let bytes = Array(field[field.startIndex..<end])
        if TextEncoding.firstInvalidUTF8(bytes) == nil { return String(decoding: bytes, as: UTF8.self) }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(2 * bytes.count)
        for byte in bytes { UTF8Validation.append(scalar: UInt32(byte), to: &utf8) }
        return String(decoding: utf8, as: UTF8.self)
    }
}
