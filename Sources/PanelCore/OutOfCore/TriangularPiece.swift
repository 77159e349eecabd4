/// A piece of an out-of-core fixed-effects regression (docs/abi/distributed.md): the R factor of the stacked,
/// within-unit demeaned [dummies slopes response] of its rows — RᵀR is their cross-product, so the R of several
/// pieces' stacked Rs is the R of all their rows (a TSQR reduction node, any tree shape) — with the counts that add up
/// across pieces: rows, dropped rows, units (their count and the wrapping sum of their fingerprints, which the
/// split-unit check of `UnitCheck` must match), the second effect's level counts and links, and the moments of the
/// undemeaned columns. The piece of one partition also carries its units' fingerprints, for the `route` pass; a merged
/// piece carries none, so it stays small however many units the data has.
struct TriangularPiece {
    let digest: String
    /// Slope names, then the response's.
    let termNames: [String]
    let dummyCount: Int
    /// (dummies + slopes + 1) square, upper triangular.
    let r: Matrix
    let rowsDropped: Int
    let singletonsDropped: Int
    let units: Int
    /// The wrapping sum of the units' fingerprints (`UnitList.checksum`).
    let unitChecksum: UInt64
    /// The units' fingerprints, ascending: the piece of one partition only (nil once merged).
    let unitHashes: [UInt64]?
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
         units: Int, unitChecksum: UInt64, unitHashes: [UInt64]?, levelCounts: [Int], levelLinks: [Int], moments: ColumnMoments) {
        self.digest = digest
        self.termNames = termNames
        self.dummyCount = dummyCount
        self.r = r
        self.rowsDropped = rowsDropped
        self.singletonsDropped = singletonsDropped
        self.units = units
        self.unitChecksum = unitChecksum
        self.unitHashes = unitHashes
        self.levelCounts = levelCounts
        self.levelLinks = levelLinks
        self.moments = moments
    }

    /// The piece of one partition.
    init(_ partition: PartitionDesign, model: PartialModel) {
        self.init(digest: model.digest, termNames: partition.termNames, dummyCount: model.dummyCount,
                  r: Self.triangle(partition.demeaned), rowsDropped: partition.rowsDropped, singletonsDropped: partition.singletonsDropped,
                  units: partition.unitHashes.count, unitChecksum: UnitList.checksum(partition.unitHashes), unitHashes: partition.unitHashes,
                  levelCounts: partition.levelCounts, levelLinks: partition.levelLinks,
                  moments: partition.moments)
    }

    /// The piece of all `pieces`' rows (at least one, each checked against `digest` by the reader): their Rs
    /// stacked and factored again, their unit counts and checksums added (their fingerprints are left out: the `route`
    /// and `units` passes check them). Pieces with different columns are refused.
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
        var counts = first.levelCounts
        var links = LevelLinks(canonical: first.levelLinks)
        var moments = first.moments
        for piece in pieces.dropFirst() {
            for level in counts.indices {
                counts[level] += piece.levelCounts[level]
                links.join(level, piece.levelLinks[level])
            }
            moments = moments.merged(with: piece.moments)
        }
        return TriangularPiece(digest: first.digest, termNames: first.termNames, dummyCount: first.dummyCount,
                               r: triangle(Matrix(rows: m * pieces.count, columns: m, columnMajor: stacked)),
                               rowsDropped: pieces.reduce(0) { $0 + $1.rowsDropped }, singletonsDropped: pieces.reduce(0) { $0 + $1.singletonsDropped },
                               units: pieces.reduce(0) { $0 + $1.units }, unitChecksum: pieces.reduce(0) { $0 &+ $1.unitChecksum },
                               unitHashes: nil, levelCounts: counts, levelLinks: links.canonical(), moments: moments)
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
}
