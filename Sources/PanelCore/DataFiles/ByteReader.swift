/// Bounds-checked reading of a binary file from a cursor: unsigned integers of 1–8 bytes in the file's byte order,
/// raw byte runs and expected tags. Reading past the end, or a tag that is not there, is an `invalid_data` error
/// naming the byte offset — a truncated or corrupt file never traps.
struct ByteReader {
    let bytes: [UInt8]
    var offset = 0
    var bigEndian = false
    /// What the file is, for messages ("the .dta file").
    let kind: String
    let location: String

    init(_ bytes: [UInt8], kind: String, at location: String) {
        self.bytes = bytes
        self.kind = kind
        self.location = location
    }

    var remaining: Int { bytes.count - offset }

    /// The error for a problem at `at` (by default the cursor).
    func failure(_ message: String, at position: Int? = nil) -> PanelError {
        PanelError(.invalidData, "\(kind) is corrupt or truncated: \(message) at byte offset \(position ?? offset)", at: location)
    }

    /// Fails unless `count` bytes remain from `position`.
    func require(_ count: Int, from position: Int) throws(PanelError) {
        guard count >= 0, position >= 0, position <= bytes.count, count <= bytes.count - position else {
            throw failure("\(count) bytes needed, the file ends", at: position)
        }
    }

    mutating func seek(to position: Int) throws(PanelError) {
        try require(0, from: position)
        offset = position
    }

    mutating func skip(_ count: Int) throws(PanelError) {
        try require(count, from: offset)
        offset += count
    }

    /// The unsigned integer of `width` bytes at `position`, in the reader's byte order.
    func unsigned(_ width: Int, at position: Int) throws(PanelError) -> UInt64 {
        try require(width, from: position)
        var value: UInt64 = 0
        for k in 0..<width {
            let byte = UInt64(bytes[position + (bigEndian ? k : width - 1 - k)])
            value = value << 8 | byte
        }
        return value
    }

    mutating func unsigned(_ width: Int) throws(PanelError) -> UInt64 {
        let value = try unsigned(width, at: offset)
        offset += width
        return value
    }

    /// The largest length, count or offset read from a file (2³⁰): larger ones are errors, the same on 32- and 64-bit
    /// hosts, and the sum of two of them fits in a 32-bit `Int`.
    static let largestInteger = 1 << 30

    /// The `width`-byte unsigned integer at `position` as a count or offset (at most `largestInteger`).
    func count(_ width: Int, at position: Int) throws(PanelError) -> Int {
        let value = try unsigned(width, at: position)
        guard value <= UInt64(Self.largestInteger) else { throw failure("a length or offset of \(value)", at: position) }
        return Int(value)
    }

    mutating func count(_ width: Int) throws(PanelError) -> Int {
        let value = try count(width, at: offset)
        offset += width
        return value
    }

    /// Moves past `count` items of `width` bytes each.
    mutating func skip(_ count: Int, times width: Int) throws(PanelError) {
        let (size, overflow) = count.multipliedReportingOverflow(by: width)
        guard !overflow else { throw failure("\(count) items of \(width) bytes do not fit") }
        try skip(size)
    }

    mutating func take(_ count: Int) throws(PanelError) -> ArraySlice<UInt8> {
        try require(count, from: offset)
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    /// Whether the bytes at the cursor are `tag` (the cursor stays).
    func isAt(_ tag: String) -> Bool {
        let text = Array(tag.utf8)
        return text.count <= remaining && bytes[offset..<(offset + text.count)].elementsEqual(text)
    }

    /// Moves past `tag`, which must be at the cursor.
    mutating func expect(_ tag: String) throws(PanelError) {
        guard isAt(tag) else { throw failure("'\(tag)' expected") }
        offset += tag.utf8.count
    }
}
