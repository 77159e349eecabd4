/// UTF-16 text (RFC 2781) to UTF-8: the byte order from the byte-order mark (FF FE little-endian, FE FF big-endian),
/// or without one from where the NUL bytes of ASCII characters fall (little-endian when they do not tell), surrogate
/// pairs joined; an odd byte count or an unpaired surrogate is an error naming its byte offset.
enum UTF16Decoder {
    /// True for little-endian, false for big-endian, nil when `bytes` do not start with a UTF-16 byte-order mark.
    static func byteOrder(ofMarkIn bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return true }
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return false }
        return nil
    }

    /// For text without a mark: true (little-endian) or false when, among its first 4096 bytes, NUL bytes (the high
    /// bytes of ASCII characters in UTF-16) fill at least 1/64 of them and fall at odd (or even) offsets at least four
    /// times as often as at the others; nil otherwise.
    static func byteOrder(guessedFrom bytes: [UInt8]) -> Bool? {
        var zeros = (even: 0, odd: 0)
        let sample = min(bytes.count, 4096)
        for k in 0..<sample where bytes[k] == 0 {
            if k % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        guard 64 * (zeros.even + zeros.odd) >= sample, zeros.even + zeros.odd > 0 else { return nil }
        if zeros.odd >= 4 * zeros.even { return true }
        if zeros.even >= 4 * zeros.odd { return false }
        return nil
    }

    static func utf8(of bytes: [UInt8], at location: String) throws(PanelError) -> [UInt8] {
        let mark = byteOrder(ofMarkIn: bytes)
        let littleEndian = mark ?? byteOrder(guessedFrom: bytes) ?? true
        guard bytes.count % 2 == 0 else {
            throw PanelError(.invalidData, "UTF-16 text has an odd number of bytes (\(bytes.count))", at: location)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var offset = mark == nil ? 0 : 2
        func unit(at offset: Int) -> UInt32 {
            littleEndian ? UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
                         : UInt32(bytes[offset]) << 8 | UInt32(bytes[offset + 1])
        }
        while offset < bytes.count {
            let first = unit(at: offset)
            if first >= 0xD800 && first <= 0xDBFF, offset + 4 <= bytes.count {
                let second = unit(at: offset + 2)
                if second >= 0xDC00 && second <= 0xDFFF {
                    UTF8Validation.append(scalar: 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), to: &output)
                    offset += 4
                    continue
                }
            }
            guard first < 0xD800 || first > 0xDFFF else {
                throw PanelError(.invalidData, "UTF-16 text has an unpaired surrogate at byte offset \(offset)", at: location)
            }
            UTF8Validation.append(scalar: first, to: &output)
            offset += 2
        }
        return output
    }
}
