/// What a preparation step did, for the response: the step's name, the columns it touched, named counts or values
/// (e.g. `"x.filled"` → 3, `"x.lower_bound"` → 0.12), and notes for people.
public struct StepReport: Equatable {
    public let step: String
    public let columns: [String]
    public let counts: [(name: String, value: Double)]
    public let notes: [String]

    public init(step: String, columns: [String], counts: [(name: String, value: Double)], notes: [String]) {
        self.step = step
        self.columns = columns
        self.counts = counts
        self.notes = notes
    }

    /// Equal when every field is equal; counts compare pairwise by name and value (so a NaN value is never equal).
    public static func == (lhs: StepReport, rhs: StepReport) -> Bool {
        guard lhs.step == rhs.step, lhs.columns == rhs.columns, lhs.notes == rhs.notes,
              lhs.counts.count == rhs.counts.count else { return false }
        for (a, b) in zip(lhs.counts, rhs.counts) where a.name != b.name || a.value != b.value {
            return false
        }
        return true
    }
}
