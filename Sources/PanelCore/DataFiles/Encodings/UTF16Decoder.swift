/// UTF-16 text (RFC 2781) to UTF-8: the byte order from the byte-order mark (FF FE little-endian, FE FF big-endian;
/// little-endian when there is none), surrogate pairs joined; an odd byte count or an unpaired surrogate is an
/// error naming its byte offset.
enum UTF16Decoder {
    /// True for little-endian, false for big-endian, nil when `bytes` do not start with a UTF-16 byte-order mark.
    static func byteOrder(ofMarkIn bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return true }
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return false }
        return nil
    }

    static func utf8(of bytes: [UInt8], at location: String) throws(PanelError) -> [UInt8] {
        let mark = byteOrder(ofMarkIn: bytes)
        let littleEndian = mark ?? true
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
