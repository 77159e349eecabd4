/// How a text cell of a CSV file is read: the missing-value tokens, the strict number grammar and the
/// non-finite spellings that are refused.
///
/// Missing: an empty field, `NA`, or `.` (Stata's system missing). Numbers: an optional sign, digits with an
/// optional decimal point (`1.`, `.5` allowed), an optional exponent; surrounding spaces are ignored. Spellings of
/// infinity or NaN (`inf`, `-Infinity`, `nan`, …, any case) are not data: reading them is an `invalid_data` error.
enum CellText {
    /// What a field holds for a column that is numeric so far.
    enum Reading {
        case missing
        case number(Double)
        /// Neither missing nor a number: the column is a text column.
        case text
        /// A number beyond the range of a double or a non-finite spelling: the `invalid_data` error to report.
        case invalid(PanelError)
    }

    /// How `field` of column `name`, in the record that starts on `line`, reads; errors at
    /// `/data/csv: line L, column 'NAME'`.
    static func reading(_ field: String, column name: String, line: Int) -> Reading {
        if isMissing(field) { return .missing }
        let place = "/data/csv: line \(line), column '\(name)'"
        if let x = number(field) {
            guard x.isFinite else {
                return .invalid(PanelError(.invalidData, "number '\(field)' in column '\(name)' is beyond the range of a double", at: place))
            }
            return .number(x)
        }
        guard !isNonFiniteSpelling(field) else {
            return .invalid(PanelError(.invalidData, "'\(field)' in column '\(name)' is not a finite number; leave the cell empty for a missing value",
                                       at: place))
        }
        return .text
    }

    static func isMissing(_ field: String) -> Bool {
        field.isEmpty || field == "NA" || field == "."
    }

    /// The number the field spells, nil if it is not a number.
    static func number(_ field: String) -> Double? {
        let trimmed = trimSpaces(field)
        guard isNumberSyntax(trimmed.utf8) else { return nil }
        return Double(trimmed)
    }

    /// Whether the field spells infinity or NaN.
    static func isNonFiniteSpelling(_ field: String) -> Bool {
        var lowered = trimSpaces(field).lowercased()
        if lowered.hasPrefix("+") || lowered.hasPrefix("-") { lowered.removeFirst() }
        return lowered == "inf" || lowered == "infinity" || lowered == "nan"
    }

    private static func trimSpaces(_ field: String) -> Substring {
        var s = Substring(field)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }

    private static func isNumberSyntax(_ bytes: Substring.UTF8View) -> Bool {
        var index = bytes.startIndex
        func peek() -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }
        func skipDigits() -> Int {
            var count = 0
            while let b = peek(), b >= 0x30, b <= 0x39 { count += 1; index = bytes.index(after: index) }
            return count
        }
        if let b = peek(), b == 0x2B || b == 0x2D { index = bytes.index(after: index) }
        var digits = skipDigits()
        if peek() == 0x2E {
            index = bytes.index(after: index)
            digits += skipDigits()
        }
        guard digits > 0 else { return false }
        if let b = peek(), b == 0x65 || b == 0x45 {
            index = bytes.index(after: index)
            if let s = peek(), s == 0x2B || s == 0x2D { index = bytes.index(after: index) }
            guard skipDigits() > 0 else { return false }
        }
        return index == bytes.endIndex
    }
}
