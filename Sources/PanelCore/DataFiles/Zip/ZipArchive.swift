/// The entries of a zip archive (PKWARE APPNOTE): the central directory found from the end-of-central-directory
/// record, each entry's data found through its local header, stored (method 0) or DEFLATE-compressed (method 8)
/// entries decoded and checked against their size and CRC-32. Zip64, encryption and other methods are errors; so is
/// every offset or length that points outside the archive.
struct ZipArchive {
    /// One file in the archive, as the central directory describes it.
    struct Entry {
        var name: String
        var method: UInt64
        var flags: UInt64
        var checksum: UInt32
        var compressedSize: Int
        var size: Int
        var localHeaderOffset: Int
    }

    private(set) var entries: [Entry] = []
    private var reader: ByteReader

    init(_ bytes: [UInt8], at location: String) throws(PanelError) {
        reader = ByteReader(bytes, kind: "the zip archive (.xlsx)", at: location)
        let smallest = max(0, bytes.count - 22 - 0xFFFF)
        var end = bytes.count - 22
        while end >= smallest, (try? reader.unsigned(4, at: end)) != 0x0605_4B50 { end -= 1 }
        guard end >= smallest else { throw reader.failure("no end-of-central-directory record", at: bytes.count) }
        guard try reader.unsigned(2, at: end + 10) != 0xFFFF, try reader.unsigned(4, at: end + 16) != 0xFFFF_FFFF else {
            throw PanelError(.invalidData, "the workbook is a Zip64 archive, which PanelCore does not read; save it as CSV UTF-8", at: location)
        }
        let count = try reader.count(2, at: end + 10)
        try reader.seek(to: try reader.count(4, at: end + 16))
        for _ in 0..<count {
            let start = reader.offset
            guard try reader.unsigned(4) == 0x0201_4B50 else { throw reader.failure("a central directory entry expected", at: start) }
            let flags = try reader.unsigned(2, at: start + 8)
            let method = try reader.unsigned(2, at: start + 10)
            let checksum = UInt32(try reader.unsigned(4, at: start + 16))
            let compressedSize = try reader.count(4, at: start + 20)
            let size = try reader.count(4, at: start + 24)
            let nameLength = try reader.count(2, at: start + 28)
            let extraLength = try reader.count(2, at: start + 30)
            let commentLength = try reader.count(2, at: start + 32)
            let localHeaderOffset = try reader.count(4, at: start + 42)
            try reader.seek(to: start + 46)
            let name = String(decoding: try reader.take(nameLength), as: UTF8.self)
            try reader.skip(extraLength + commentLength)
            entries.append(Entry(name: name, method: method, flags: flags, checksum: checksum, compressedSize: compressedSize,
                                 size: size, localHeaderOffset: localHeaderOffset))
        }
    }

    /// The bytes of the entry called `name`, nil when the archive has none.
    func contents(of name: String) throws(PanelError) -> [UInt8]? {
        guard let entry = entries.first(where: { $0.name == name }) else { return nil }
        let start = entry.localHeaderOffset
        guard try reader.unsigned(4, at: start) == 0x0403_4B50 else { throw reader.failure("the local header of '\(name)' expected", at: start) }
        guard entry.flags & 1 == 0 else {
            throw PanelError(.invalidData, "the workbook is encrypted (password-protected); save an unprotected copy", at: reader.location)
        }
        let dataOffset = start + 30 + (try reader.count(2, at: start + 26)) + (try reader.count(2, at: start + 28))
        try reader.require(entry.compressedSize, from: dataOffset)
        let stored = reader.bytes[dataOffset..<(dataOffset + entry.compressedSize)]
        var bytes: [UInt8]
        switch entry.method {
        case 0:
            guard entry.size == entry.compressedSize else { throw reader.failure("stored entry '\(name)' with two sizes", at: start) }
            bytes = Array(stored)
        case 8:
            do {
                bytes = try Inflater.inflate(stored, expectedSize: entry.size)
            } catch {
                throw reader.failure("entry '\(name)' does not inflate (\(error.message))", at: dataOffset)
            }
        default:
            throw PanelError(.invalidData, "zip entry '\(name)' uses compression method \(entry.method); PanelCore reads stored and DEFLATE entries",
                             at: reader.location)
        }
        guard CRC32.checksum(bytes) == entry.checksum else { throw reader.failure("entry '\(name)' fails its CRC-32 check", at: dataOffset) }
        return bytes
    }
}
