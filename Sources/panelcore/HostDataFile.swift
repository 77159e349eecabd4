import Foundation
import PanelCore

/// The data file `path` (`--data FILE`, `"data": {"path": FILE}`) as the core reads it: a non-empty regular file is
/// read where the core asks, one piece at a time (`pread`), so a CSV file is never held whole; standard input ("-"),
/// pipes and empty files are read whole. Nil after a message when it cannot be read.
func dataFile(_ path: String) -> DataFileReader? {
    if path != "-", let file = OpenDataFile(path) {
        return DataFileReader(byteCount: file.byteCount) { offset, buffer in file.read(at: offset, into: buffer) }
    }
    return readInput(path).map { DataFileReader(bytes: $0) }
}

/// A regular file open for reading at any offset, closed when the last reader of it is gone.
private final class OpenDataFile {
    let descriptor: Int32
    let byteCount: Int

    /// Nil when `path` is not a non-empty regular file that can be opened.
    init?(_ path: String) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 else {
            close(descriptor)
            return nil
        }
        byteCount = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// Copies the bytes from `offset` into `buffer`; the number copied (fewer only at the end or on a read error).
    func read(at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var done = 0
        while done < buffer.count {
            let count = pread(descriptor, base + done, buffer.count - done, off_t(offset + done))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            done += count
        }
        return done
    }
}
