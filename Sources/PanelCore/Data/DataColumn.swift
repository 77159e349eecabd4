/// One named column of a `DataTable`: numbers (missing as NaN, never exposed as a value) or text (missing as nil),
/// with the descriptive label a data file gave it (a Stata variable label), if any.
public struct DataColumn: Equatable {
    /// The values of a column, by kind.
    public enum Values: Equatable {
        /// Numeric values; a missing entry is stored as NaN and reported by `isMissing`.
        case numeric([Double])
        /// Text values; a missing entry is nil.
        case text([String?])
    }

    public var name: String
    public var values: Values
    /// The variable's description from its file (Stata's variable label); nil when there is none.
    public var label: String?

    public init(name: String, values: Values, label: String? = nil) {
        self.name = name
        self.values = values
        self.label = label
    }

    public var count: Int {
        switch values {
        case .numeric(let v): return v.count
        case .text(let v): return v.count
        }
    }

    /// Whether row `row` is missing.
    public func isMissing(_ row: Int) -> Bool {
        switch values {
        case .numeric(let v): return v[row].isNaN
        case .text(let v): return v[row] == nil
        }
    }

    public var isNumeric: Bool {
        if case .numeric = values { return true }
        return false
    }
}
