/// A data file beside a request: its bytes in memory, or a file the host reads on request piece by piece (its size
/// and a function copying the bytes at an offset into a buffer). The core reads a host's CSV in UTF-8 in pieces of
/// `pieceSize` bytes (`CSVColumnReader`: memory for the columns and one piece) and any other file whole.
public struct DataFileReader {
    enum Storage {
        case bytes([UInt8])
        /// `read(offset, buffer)` copies up to `buffer.count` bytes from `offset` and says how many (0: none left).
        case host(byteCount: Int, read: (_ offset: Int, _ buffer: UnsafeMutableBufferPointer<UInt8>) -> Int)
    }

    /// The bytes read from a host at a time (1 MiB).
    static let pieceSize = 1 << 20

    let storage: Storage
    /// Runs the parts of a large CSV file at once (`CSVPartedReading`); the request's executor, given by the host.
    var executor = ReplicationExecutor.serial

    /// A file whose bytes are in memory.
    public init(bytes: consuming [UInt8]) {
        storage = .bytes(bytes)
    }

    /// A file of `byteCount` bytes that `read(offset, buffer)` copies into `buffer` from `offset` on demand (any
    /// offset, any number of times: a reading may start over), giving the number of bytes copied.
    public init(byteCount: Int, read: @escaping (_ offset: Int, _ buffer: UnsafeMutableBufferPointer<UInt8>) -> Int) {
        storage = .host(byteCount: byteCount, read: read)
    }

    /// The file's size in bytes.
    var byteCount: Int {
        switch storage {
        case .bytes(let bytes): return bytes.count
        case .host(let byteCount, _): return byteCount
        }
    }

    /// The file's first `count` bytes (all when shorter).
    func prefix(_ count: Int, at location: String) throws(PanelError) -> [UInt8] {
        try bytes(from: 0, count: count, at: location)
    }

    /// The file's `count` bytes from `start` (fewer at its end).
    func bytes(from start: Int, count: Int, at location: String) throws(PanelError) -> [UInt8] {
        var copied: [UInt8] = []
        try read(from: start, to: start + min(count, byteCount - start), at: location) { (piece) throws(PanelError) in copied.append(contentsOf: piece) }
        return copied
    }

    /// All of the file's bytes.
    func allBytes(at location: String) throws(PanelError) -> [UInt8] {
        switch storage {
        case .bytes(let bytes): return bytes
        case .host(let byteCount, _): return try prefix(byteCount, at: location)
        }
    }

    /// Hands the bytes from `start` to the end to `take` (`read(from:to:at:_:)`).
    func read(from start: Int, at location: String, _ take: (UnsafeBufferPointer<UInt8>) throws(PanelError) -> Void) throws(PanelError) {
        try read(from: start, to: byteCount, at: location, take)
    }

    /// Hands the bytes `start..<end` to `take`: where they lie when in memory, else piece by piece from the host (a
    /// host that gives fewer is an error).
    func read(from start: Int, to end: Int, at location: String,
              _ take: (UnsafeBufferPointer<UInt8>) throws(PanelError) -> Void) throws(PanelError) {
        guard start < end else { return }
        switch storage {
        case .bytes(let bytes):
            try bytes.withUnsafeBufferPointer { (buffer) throws(PanelError) in try take(UnsafeBufferPointer(rebasing: buffer[start..<end])) }
        case .host(_, let read):
            var piece = [UInt8](repeating: 0, count: min(Self.pieceSize, end - start))
            var offset = start
            while offset < end {
                let wanted = min(piece.count, end - offset)
                let count = piece.withUnsafeMutableBufferPointer { buffer in read(offset, UnsafeMutableBufferPointer(rebasing: buffer[..<wanted])) }
                guard count > 0 && count <= wanted else {
                    throw PanelError(.invalidData, "the file could not be read beyond byte offset \(offset) of its \(end) bytes", at: location)
                }
                try piece.withUnsafeBufferPointer { (buffer) throws(PanelError) in try take(UnsafeBufferPointer(rebasing: buffer[..<count])) }
                offset += count
            }
        }
    }
}
