/// Number tokens: the RFC 8259 §6 grammar, converted exactly (correctly rounded).
extension JSONLexer {
    /// Reads the number at the cursor: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    /// The value is the correctly rounded binary64 (round-half-even): numbers of up to 19 significant digits via
    /// `DecimalDigits.exactValue`, the rest (and the cases it leaves open) via the standard library's `Double(_:)`.
    /// A value that overflows to ±infinity is an error ("number out of range"); underflow to a subnormal or
    /// (signed) zero is accepted.
    mutating func readNumber() throws(PanelError) -> Double {
        let start = position
        var decimal = DecimalDigits()
        decimal.isNegative = current == UInt8(ascii: "-")
        if decimal.isNegative { position += 1 }
        if current == UInt8(ascii: "0") {
            position += 1
            if let next = current, JSONLexer.isDigit(next) {
                throw error("leading zeros are not allowed in numbers", at: start)
            }
        } else {
            _ = try readSignificandDigits(into: &decimal, expecting: "a digit")
        }
        if current == UInt8(ascii: ".") {
            position += 1
            let fractionDigits = try readSignificandDigits(into: &decimal, expecting: "a digit after the decimal point")
            decimal.fractionDigitCount += fractionDigits
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            decimal.exponentIsNegative = current == UInt8(ascii: "-")
            if decimal.exponentIsNegative || current == UInt8(ascii: "+") { position += 1 }
            try readExponentDigits(into: &decimal)
        }
        if let exact = decimal.exactValue { return exact }
        let lexeme = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(lexeme) else { throw error("invalid number", at: start) }
        guard value.isFinite else { throw error("number out of range", at: start) }
        return value
    }

    /// Moves past one or more ASCII digits of the significand, appending them to `decimal`; returns how many.
    private mutating func readSignificandDigits(into decimal: inout DecimalDigits, expecting what: String) throws(PanelError) -> Int {
        let end = decimal.appendSignificandDigits(bytes, from: position)
        guard end > position else { throw unexpected(expecting: what) }
        defer { position = end }
        return end - position
    }

    /// Moves past one or more ASCII digits of the exponent, appending them to `decimal`.
    private mutating func readExponentDigits(into decimal: inout DecimalDigits) throws(PanelError) {
        let end = decimal.appendExponentDigits(bytes, from: position)
        guard end > position else { throw unexpected(expecting: "a digit in the exponent") }
        position = end
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
