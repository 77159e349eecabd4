/// Test-side bookkeeping for accuracy checks against reference tables: relative error, the worst row,
/// and parsing of whitespace-separated numeric tables.
struct AccuracyTracker {
    /// What is being measured, for the failure message.
    let label: String
    private(set) var worst = 0.0
    private(set) var worstRow = ""
    private(set) var count = 0

    init(_ label: String) { self.label = label }

    /// Relative error of `computed` against `expected`; an expected 0 must be matched exactly.
    static func relativeError(_ computed: Double, _ expected: Double) -> Double {
        if computed == expected { return 0 }
        if expected == 0 || computed.isNaN { return .infinity }
        return abs(computed - expected) / abs(expected)
    }

    /// Records one comparison, remembering the worst row.
    mutating func record(_ computed: Double, _ expected: Double, row: String) {
        count += 1
        let error = Self.relativeError(computed, expected)
        if !(error <= worst) {
            worst = error
            worstRow = row + " computed \(computed) expected \(expected)"
        }
    }

    var summary: String { "\(label): worst relative error \(worst) over \(count) values at \(worstRow)" }
}

/// Rows of numbers from a whitespace-separated table (lines that are blank or start with # are skipped).
func numericRows(_ text: String) -> [[Double]] {
    text.split(separator: "\n").compactMap { line in
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if fields.isEmpty || fields[0].hasPrefix("#") { return nil }
        return fields.map { Double($0)! }
    }
}
