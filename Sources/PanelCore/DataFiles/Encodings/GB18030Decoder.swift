/// GB18030 text (which includes GBK and GB2312) to UTF-8, as the WHATWG Encoding Standard's gb18030 decoder does
/// without replacement: ASCII bytes as they are; two-byte codes through `GB18030Table.twoByteBase64`; four-byte codes
/// below U+10000 through `GB18030Table.fourByteRanges`, above it algorithmically. A byte sequence that is not a code
/// is an error naming its byte offset.
enum GB18030Decoder {
    /// The code points of the two-byte codes, by pointer (decoded from the table on first use).
    private static let twoByteCodePoints: [UInt16] = {
        let bytes = Base64.bytes(of: GB18030Table.twoByteBase64.utf8.filter { $0 != 0x0A && $0 != 0x20 })?.bytes ?? []
        return (0..<(bytes.count / 2)).map { UInt16(bytes[2 * $0]) | UInt16(bytes[2 * $0 + 1]) << 8 }
    }()

    static func utf8(of bytes: [UInt8], at location: String) throws(PanelError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            if lead < 0x80 {
                output.append(lead)
                offset += 1
                continue
            }
            guard let (scalar, length) = code(in: bytes, at: offset) else {
                throw PanelError(.invalidData, "not GB18030 at byte offset \(offset)", at: location)
            }
            UTF8Validation.append(scalar: scalar, to: &output)
            offset += length
        }
        return output
    }

    /// The code point and byte length of the multi-byte code at `offset`, nil when the bytes there are not one.
    private static func code(in bytes: [UInt8], at offset: Int) -> (UInt32, Int)? {
        let lead = bytes[offset]
        guard lead >= 0x81, lead <= 0xFE, offset + 1 < bytes.count else { return nil }
        let second = bytes[offset + 1]
        if second >= 0x30 && second <= 0x39 {
            guard offset + 3 < bytes.count else { return nil }
            let third = bytes[offset + 2], fourth = bytes[offset + 3]
            guard third >= 0x81, third <= 0xFE, fourth >= 0x30, fourth <= 0x39 else { return nil }
            let pointer = ((UInt32(lead) - 0x81) * 10 + UInt32(second) - 0x30) * 1260 + (UInt32(third) - 0x81) * 10 + UInt32(fourth) - 0x30
            guard let scalar = fourByteCodePoint(pointer) else { return nil }
            return (scalar, 4)
        }
        guard (second >= 0x40 && second <= 0x7E) || (second >= 0x80 && second <= 0xFE) else { return nil }
        let pointer = (Int(lead) - 0x81) * 190 + Int(second) - (second < 0x7F ? 0x40 : 0x41)
        let scalar = UInt32(twoByteCodePoints[pointer])
        return scalar == 0xFFFD ? nil : (scalar, 2)
    }

    /// The code point of a four-byte pointer: the BMP ranges below 39420, U+10000… from 189000, nothing else.
    private static func fourByteCodePoint(_ pointer: UInt32) -> UInt32? {
        if pointer >= 189_000 && pointer < 189_000 + 0x100000 { return 0x10000 + pointer - 189_000 }
        guard pointer < 39_420 else { return nil }
        let ranges = GB18030Table.fourByteRanges
        var low = 0, high = ranges.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if ranges[middle].pointer <= pointer { low = middle } else { high = middle - 1 }
        }
        return ranges[low].codePoint + pointer - ranges[low].pointer
    }
}
