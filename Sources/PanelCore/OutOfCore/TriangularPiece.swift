/// A piece of an out-of-core fixed-effects regression (docs/abi/distributed.md): the R factor of the stacked,
/// within-unit demeaned [dummies slopes response] of its rows — RᵀR is their cross-product, so the R of several
/// pieces' stacked Rs is the R of all their rows (a TSQR reduction node, any tree shape) — with the counts that add up
/// across pieces: rows, dropped rows, units (by fingerprint, so a unit split across pieces is caught), the second
/// effect's level counts and links, and the moments of the undemeaned columns.
struct TriangularPiece {
    let digest: String
    /// Slope names, then the response's.
    let termNames: [String]
    let dummyCount: Int
    /// (dummies + slopes + 1) square, upper triangular.
    let r: Matrix
    let rowsDropped: Int
    let singletonsDropped: Int
    let unitHashes: [UInt64]
    let levelCounts: [Int]
    let levelLinks: [Int]
    let moments: ColumnMoments

    var rows: Int { moments.count }

    /// The fingerprint of this piece's R and row count: the scores of a second pass name the piece they used.
    var fitDigest: String {
        var hash = FNV1a64()
        hash.add(digest)
        hash.add(UInt64(rows))
        for value in r.storage { hash.add(value.bitPattern) }
        return hash.hexadecimal
    }
    var columnCount: Int { r.columns }

    init(digest: String, termNames: [String], dummyCount: Int, r: Matrix, rowsDropped: Int, singletonsDropped: Int,
         unitHashes: [UInt64], levelCounts: [Int], levelLinks: [Int], moments: ColumnMoments) {
        self.digest = digest
        self.termNames = termNames
        self.dummyCount = dummyCount
        self.r = r
        self.rowsDropped = rowsDropped
        self.singletonsDropped = singletonsDropped
        self.unitHashes = unitHashes
        self.levelCounts = levelCounts
        self.levelLinks = levelLinks
        self.moments = moments
    }

    /// The piece of one partition.
    init(_ partition: PartitionDesign, model: PartialModel) {
        self.init(digest: model.digest, termNames: partition.termNames, dummyCount: model.dummyCount,
                  r: Self.triangle(partition.demeaned), rowsDropped: partition.rowsDropped, singletonsDropped: partition.singletonsDropped,
                  unitHashes: partition.unitHashes, levelCounts: partition.levelCounts, levelLinks: partition.levelLinks,
                  moments: partition.moments)
    }

    /// The piece of all `pieces`' rows (at least one, each checked against `digest` by the reader): their Rs
    /// stacked and factored again. Pieces with different columns or sharing a unit are refused.
    static func merged(_ pieces: [TriangularPiece], at location: String) throws(PanelError) -> TriangularPiece {
        let first = pieces[0]
        guard pieces.count > 1 else { return first }
        for (k, piece) in pieces.enumerated() where piece.termNames != first.termNames || piece.levelCounts.count != first.levelCounts.count {
            throw PanelError(.invalidRequest, "the piece's columns (\(piece.termNames.joined(separator: ", "))) differ from the first piece's "
                             + "(\(first.termNames.joined(separator: ", "))): every partition must expand the formula alike", at: location + "/\(k)")
        }
        let m = first.columnCount
        var stacked: [Double] = []
        stacked.reserveCapacity(m * m * pieces.count)
        for j in 0..<m {
            for piece in pieces { for i in 0..<m { stacked.append(piece.r[i, j]) } }
        }
        var hashes = first.unitHashes
        var counts = first.levelCounts
        var links = LevelLinks(canonical: first.levelLinks)
        var moments = first.moments
        for (k, piece) in pieces.enumerated().dropFirst() {
            hashes = try union(hashes, piece.unitHashes, at: location + "/\(k)")
            for level in counts.indices {
                counts[level] += piece.levelCounts[level]
                links.join(level, piece.levelLinks[level])
            }
            moments = moments.merged(with: piece.moments)
        }
        return TriangularPiece(digest: first.digest, termNames: first.termNames, dummyCount: first.dummyCount,
                               r: triangle(Matrix(rows: m * pieces.count, columns: m, columnMajor: stacked)),
                               rowsDropped: pieces.reduce(0) { $0 + $1.rowsDropped }, singletonsDropped: pieces.reduce(0) { $0 + $1.singletonsDropped },
                               unitHashes: hashes, levelCounts: counts, levelLinks: links.canonical(), moments: moments)
    }

    /// The square upper triangle R of `a = QR` (columns in order, rows past `a`'s zero).
    private static func triangle(_ a: Matrix) -> Matrix {
        let qr = HouseholderQR(a, pivoting: .none)
        let m = a.columns
        var r = Matrix(rows: m, columns: m)
        for j in 0..<m {
            for i in 0..<min(j + 1, a.rows) { r[i, j] = qr.factors[i, j] }
        }
        return r
    }

    /// The ascending union of two ascending fingerprint lists; a fingerprint in both is a unit split across pieces.
    private static func union(_ a: [UInt64], _ b: [UInt64], at location: String) throws(PanelError) -> [UInt64] {
        var merged: [UInt64] = []
        merged.reserveCapacity(a.count + b.count)
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                merged.append(a[i]); i += 1
            } else if i == a.count || b[j] < a[i] {
                merged.append(b[j]); j += 1
            } else {
                throw PanelError(.invalidRequest, "a unit lies in two pieces: each partition must hold all rows of its units "
                                 + "(shuffle the data on the unit column first)", at: location + "/unit_hashes")
            }
        }
        return merged
    }
}
