/// Computes `CorrelationMatrix` tables. Sums are formed with `AccurateMoments`, so r is within a few ulps of its
/// exact value (tested at 1e-12 relative against 50-digit evaluations; pandas itself is off by up to 5e-12).
public enum PairwiseCorrelation {
    /// Most columns one table may have: its three k × k matrices and their response take about
    /// `bytesPerEntry` · k² at peak (170 MB for 1,000 columns, 6 GiB for 6,000).
    public static let maximumColumns = 1_000
    /// Peak memory per matrix entry, measured: three doubles, their JSON values and about 60 bytes of response text.
    static let bytesPerEntry = 180

    /// The pairwise-complete Pearson correlations of `columns`, with p-values and pair counts. Errors:
    /// `too_large` beyond `maximumColumns` (checked first), `unknown_column`, `invalid_data` (text or infinite values),
    /// `invalid_option` (no columns), at `location`.
    public static func compute(_ table: DataTable, columns: [String], at location: String) throws(PanelError) -> CorrelationMatrix {
        let k = columns.count
        guard k <= maximumColumns else {
            throw PanelError(.tooLarge, "a correlation table of \(k) columns has \(k) × \(k) entries, about "
                             + "\(MemoryEstimate.text(bytes: Double(bytesPerEntry) * Double(k) * Double(k))) at peak; the limit is \(maximumColumns) columns",
                             at: location + "/columns")
        }
        let values = try DescriptiveInput.numericColumns(table, columns, at: location)
        var r = [Double](repeating: .nan, count: k * k)
        var p = [Double](repeating: .nan, count: k * k)
        var n = [Double](repeating: 0, count: k * k)
        var notes: [String] = []
        for i in 0..<k {
            for j in i..<k {
                let pair = Pair(values[i], values[j])
                let coefficient = i == j && pair.isDefined ? 1 : pair.coefficient
                if let reason = pair.undefinedReason {
                    notes.append("the correlation of '\(columns[i])' and '\(columns[j])' is undefined: \(reason)")
                }
                for (a, b) in [(i, j), (j, i)] {
                    r[a + b * k] = coefficient
                    p[a + b * k] = pValue(coefficient, count: pair.count)
                    n[a + b * k] = Double(pair.count)
                }
            }
        }
        return CorrelationMatrix(names: columns,
                                 coefficients: Matrix(rows: k, columns: k, columnMajor: r),
                                 pValues: Matrix(rows: k, columns: k, columnMajor: p),
                                 counts: Matrix(rows: k, columns: k, columnMajor: n),
                                 notes: notes)
    }

    /// Two-sided p of r on n pairs through t(n − 2); 1 − r² is formed as (1 − r)(1 + r) to keep its accuracy near ±1.
    static func pValue(_ r: Double, count: Int) -> Double {
        guard !r.isNaN, count > 2 else { return .nan }
        if r.magnitude == 1 { return 0 }
        let degrees = Double(count - 2)
        let t = r * (degrees / ((1 - r) * (1 + r))).squareRoot()
        return StudentT(degreesOfFreedom: degrees).twoSidedPValue(t)
    }

    /// The centred sums of two variables over their complete pairs.
    private struct Pair {
        let count: Int
        let crossProduct: Double
        let squaresX: Double
        let squaresY: Double

        init(_ x: [Double], _ y: [Double]) {
            let rows = x.indices.filter { !x[$0].isNaN && !y[$0].isNaN }
            let xs = rows.map { x[$0] }, ys = rows.map { y[$0] }
            let meanX = AccurateMoments.mean(xs), meanY = AccurateMoments.mean(ys)
            count = rows.count
            crossProduct = AccurateMoments.centredCrossProduct(xs, ys, meanX: meanX, meanY: meanY)
            squaresX = AccurateMoments.centredCrossProduct(xs, xs, meanX: meanX, meanY: meanX)
            squaresY = AccurateMoments.centredCrossProduct(ys, ys, meanX: meanY, meanY: meanY)
        }

        var undefinedReason: String? {
            if count < 2 { return "fewer than 2 rows have both values" }
            if squaresX == 0 || squaresY == 0 { return "a variable is constant on the rows where both are present" }
            return nil
        }

        var isDefined: Bool { undefinedReason == nil }

        /// r clamped to [−1, 1]; NaN when undefined.
        var coefficient: Double {
            guard isDefined else { return .nan }
            let r = crossProduct / (squaresX.squareRoot() * squaresY.squareRoot())
            return min(1, max(-1, r))
        }
    }
}
