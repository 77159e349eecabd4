/// Numbers on their way into a CSV reader's numeric columns (`CSVColumnReader`), a block of `rows` values a column:
/// keeping a value is a store and a count, and a column's array is appended to once a block, not once a value (each
/// append to an array checks that it is the array's only owner). The storage is the caller's; `flush` (every column
/// with `flushAll`) must run before a column is read or written any other way, and before the scan ends.
struct CSVNumberStaging {
    static let rows = 256

    let columns: UnsafeMutableBufferPointer<[Double]>
    /// Column j's staged values are `values[j·rows ..< j·rows + counts[j]]`.
    let values: UnsafeMutableBufferPointer<Double>
    let counts: UnsafeMutableBufferPointer<Int>

    @inline(__always)
    func append(_ value: Double, column j: Int) {
        let count = counts[j]
        values[j &* Self.rows &+ count] = value
        counts[j] = count &+ 1
        if count &+ 1 == Self.rows { flush(column: j) }
    }

    /// Appends column j's staged values to the column.
    func flush(column j: Int) {
        let start = j * Self.rows
        columns[j].append(contentsOf: UnsafeBufferPointer(rebasing: values[start..<(start + counts[j])]))
        counts[j] = 0
    }

    func flushAll() {
        for j in counts.indices where counts[j] > 0 { flush(column: j) }
    }
}
