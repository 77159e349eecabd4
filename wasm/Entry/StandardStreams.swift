@_extern(c, "read")
private func cRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int

@_extern(c, "write")
private func cWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int

@_extern(c, "_Exit")
private func cExit(_ status: Int32)

/// Whole-stream standard input and output over wasi-libc's `read`/`write` (POSIX semantics:
/// short reads and writes are continued, a negative return is an error).
enum StandardStreams {
    private static let chunkSize = 65_536

    /// All bytes of standard input up to end of file, or nil if reading fails.
    static func readAllInput() -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { cRead(0, $0.baseAddress, $0.count) }
            if count < 0 { return nil }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes every byte to standard output; false if the stream refuses bytes.
    static func writeAllOutput(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = cWrite(1, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    /// Ends the process with `status` without running exit handlers (nothing is buffered); does not return.
    static func exit(_ status: Int32) {
        cExit(status)
    }
}
