/// A dense real matrix stored column-major (element (i, j) at `storage[i + j * rows]`), the layout
/// LAPACK and NumPy's Fortran order use, so that a column is a contiguous slice.
public struct Matrix: Equatable, Sendable {
    public let rows: Int
    public let columns: Int
    /// Column-major elements; `storage.count == rows * columns`.
    public var storage: [Double]

    /// A `rows × columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.storage = [Double](repeating: value, count: rows * columns)
    }

    /// A matrix over existing column-major storage.
    public init(rows: Int, columns: Int, columnMajor storage: [Double]) {
        precondition(storage.count == rows * columns, "Matrix storage does not match its dimensions")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A matrix whose columns are the given equal-length vectors.
    public init(columnVectors: [[Double]]) {
        let rows = columnVectors.first?.count ?? 0
        var storage: [Double] = []
        storage.reserveCapacity(rows * columnVectors.count)
        for column in columnVectors {
            precondition(column.count == rows, "Matrix columns must have equal length")
            storage.append(contentsOf: column)
        }
        self.init(rows: rows, columns: columnVectors.count, columnMajor: storage)
    }

    /// The `n × n` identity.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    @inlinable
    public subscript(row: Int, column: Int) -> Double {
        get { storage[row + column * rows] }
        set { storage[row + column * rows] = newValue }
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] {
        Array(storage[(j * rows)..<((j + 1) * rows)])
    }

    /// The transpose.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { t[j, i] = self[i, j] }
        }
        return t
    }
}
