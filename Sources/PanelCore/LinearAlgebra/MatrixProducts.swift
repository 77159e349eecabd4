/// Matrix–matrix and matrix–vector products for column-major matrices.
///
/// Tall matrices (many rows, few columns) are traversed in blocks of rows so that a block of every column
/// stays in cache while all column pairs are formed; the summation order is fixed by the code, so results
/// are bit-identical on every platform. Results match the textbook definitions (BLAS dgemm/dgemv/dsyrk)
/// up to rounding. Non-finite entries propagate as IEEE arithmetic gives (no entry is skipped).
extension Matrix {
    /// Rows per block in the cross-product kernels: the row blocks of all columns together stay within
    /// about 256 KiB (a typical L2 cache).
    static func crossProductBlockRows(columns: Int) -> Int {
        max(64, 32_768 / max(1, columns))
    }

    /// The product `A B` (`a.columns == b.rows`, checked by precondition).
    public static func * (a: Matrix, b: Matrix) -> Matrix {
        precondition(a.columns == b.rows, "Matrix product needs a.columns == b.rows")
        var c = Matrix(rows: a.rows, columns: b.columns)
        let blockRows = crossProductBlockRows(columns: a.columns + b.columns)
        let n = a.rows
        a.storage.withUnsafeBufferPointer { av in
            b.storage.withUnsafeBufferPointer { bv in
                c.storage.withUnsafeMutableBufferPointer { cv in
                    var start = 0
                    while start < n {
                        let end = min(n, start + blockRows)
                        for j in 0..<b.columns {
                            let cj = j * n
                            for k in 0..<a.columns {
                                let factor = bv[k + j * b.rows]
                                let ak = k * n
                                for i in start..<end { cv[cj + i] += av[ak + i] * factor }
                            }
                        }
                        start = end
                    }
                }
            }
        }
        return c
    }

    /// The vector `A v` (`v.count == columns`), accumulated column by column (one pass over the storage).
    public func times(_ v: [Double]) -> [Double] {
        precondition(v.count == columns, "times(_:) needs a vector of length columns")
        var result = [Double](repeating: 0, count: rows)
        let n = rows
        storage.withUnsafeBufferPointer { a in
            result.withUnsafeMutableBufferPointer { y in
                for k in 0..<columns {
                    let factor = v[k]
                    let ak = k * n
                    for i in 0..<n { y[i] += a[ak + i] * factor }
                }
            }
        }
        return result
    }

    /// The vector `Aᵀ v` (`v.count == rows`): one dot product per column.
    public func transposeTimes(_ v: [Double]) -> [Double] {
        precondition(v.count == rows, "transposeTimes(_:) needs a vector of length rows")
        var result = [Double](repeating: 0, count: columns)
        storage.withUnsafeBufferPointer { a in
            v.withUnsafeBufferPointer { x in
                for k in 0..<columns {
                    result[k] = Matrix.dot(a, k * rows, x, 0, count: rows)
                }
            }
        }
        return result
    }

    /// The Gram matrix `AᵀA` (columns × columns). Each pair of columns is formed once and mirrored, so the
    /// result is exactly symmetric.
    public func gram() -> Matrix {
        Matrix.crossProduct(self, self, symmetric: true)
    }

    /// The product `AᵀB` (`b.rows == rows`).
    public func transposeTimes(_ b: Matrix) -> Matrix {
        precondition(b.rows == rows, "transposeTimes(_:) needs b.rows == rows")
        return Matrix.crossProduct(self, b, symmetric: false)
    }

    /// `AᵀB` accumulated over blocks of rows; with `symmetric` (A and B the same matrix) only pairs
    /// `i ≤ j` are formed and then mirrored.
    static func crossProduct(_ a: Matrix, _ b: Matrix, symmetric: Bool) -> Matrix {
        var c = Matrix(rows: a.columns, columns: b.columns)
        let n = a.rows
        let blockRows = crossProductBlockRows(columns: symmetric ? a.columns : a.columns + b.columns)
        a.storage.withUnsafeBufferPointer { av in
            b.storage.withUnsafeBufferPointer { bv in
                var start = 0
                while start < n {
                    let count = min(n - start, blockRows)
                    for j in 0..<b.columns {
                        let lastI = symmetric ? j : a.columns - 1
                        if lastI < 0 { continue }
                        for i in 0...lastI {
                            c[i, j] += dot(av, i * n + start, bv, j * n + start, count: count)
                        }
                    }
                    start += count
                }
            }
        }
        if symmetric {
            for j in 0..<c.columns {
                for i in 0..<j { c[j, i] = c[i, j] }
            }
        }
        return c
    }

    /// `Σ x[xStart + t] · y[yStart + t]` for `t < count`, with four interleaved partial sums
    /// (fixed order: lanes t mod 4, then combined as (s0 + s1) + (s2 + s3), then the tail).
    static func dot(
        _ x: UnsafeBufferPointer<Double>, _ xStart: Int,
        _ y: UnsafeBufferPointer<Double>, _ yStart: Int, count: Int
    ) -> Double {
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        var t = 0
        while t + 4 <= count {
            s0 += x[xStart + t] * y[yStart + t]
            s1 += x[xStart + t + 1] * y[yStart + t + 1]
            s2 += x[xStart + t + 2] * y[yStart + t + 2]
            s3 += x[xStart + t + 3] * y[yStart + t + 3]
            t += 4
        }
        var sum = (s0 + s1) + (s2 + s3)
        while t < count {
            sum += x[xStart + t] * y[yStart + t]
            t += 1
        }
        return sum
    }
}
