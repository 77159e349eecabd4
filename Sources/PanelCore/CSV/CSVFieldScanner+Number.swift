/// Numbers read where they lie: the fast path of numeric columns.
extension CSVFieldScanner {
    /// The value of the unquoted field at the cursor when it is a plain number — `[+-]? digits [. digits]?
    /// ([eE] [+-]? digits)?` with at least one digit, no spaces, directly followed by a comma, line break or the
    /// end — whose correctly rounded value `DecimalDigits.exactValue` settles (up to 19 significant digits, not
    /// halfway, subnormal or overflowing); the cursor then rests on the separator. Otherwise nil and the cursor
    /// stays: the field is read as text (`readField`) and classified by `CellText`, which gives the same value
    /// for every field this accepts (its grammar, `Double(_:)`'s correct rounding).
    mutating func plainNumber() -> Double? {
        var index = position
        var decimal = DecimalDigits()
        if index < bytes.count {
            if bytes[index] == UInt8(ascii: "-") {
                decimal.isNegative = true
                index += 1
            } else if bytes[index] == UInt8(ascii: "+") {
                index += 1
            }
        }
        let integerEnd = decimal.appendSignificandDigits(bytes, from: index)
        var digitCount = integerEnd - index
        index = integerEnd
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            let fractionEnd = decimal.appendSignificandDigits(bytes, from: index + 1)
            decimal.fractionDigitCount = fractionEnd - (index + 1)
            digitCount += decimal.fractionDigitCount
            index = fractionEnd
        }
        guard digitCount > 0 else { return nil }
        if index < bytes.count && bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
                decimal.exponentIsNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            let exponentEnd = decimal.appendExponentDigits(bytes, from: index)
            guard exponentEnd > index else { return nil }
            index = exponentEnd
        }
        guard isFieldEnd(index), let value = decimal.exactValue else { return nil }
        position = index
        return value
    }
}
