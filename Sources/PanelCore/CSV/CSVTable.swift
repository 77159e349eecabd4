/// A CSV file read as text: the header names and the records, all as strings.
///
/// Deciding which tokens are missing values and which columns are numeric belongs to the data-table layer.
public struct CSVTable: Equatable {
    /// The fields of the first record, in order (not checked for emptiness or duplicates here).
    public var header: [String]
    /// The data records; each has exactly `header.count` fields.
    public var records: [[String]]
    /// The 1-based physical line where each record starts (for later error messages); a quoted field that
    /// contains line breaks makes the next record start several lines further down.
    public var recordLines: [Int]

    /// A table with the given header, records and record start lines.
    public init(header: [String], records: [[String]], recordLines: [Int]) {
        self.header = header
        self.records = records
        self.recordLines = recordLines
    }
}
