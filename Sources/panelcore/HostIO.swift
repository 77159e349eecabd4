import Foundation
import PanelCore

/// File and terminal plumbing of the native host.
func standardError(_ text: String) {
    FileHandle.standardError.write((text.hasSuffix("\n") ? text : text + "\n").data(using: .utf8)!)
}

func standardOutput(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
}

/// The bytes of `path`, or of standard input for "-"; nil (after a message) when it cannot be read.
func readInput(_ path: String) -> [UInt8]? {
    if path == "-" {
        return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
    guard let bytes = readFile(path) else {
        standardError("panelcore: cannot read '\(path)': \(unreadableReason(path))")
        return nil
    }
    return bytes
}

/// Why `path` cannot be read, in words: missing, a directory, not permitted, or the system's message.
private func unreadableReason(_ path: String) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return "no such file" }
    if isDirectory.boolValue { return "it is a directory" }
    if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
    return String(cString: strerror(errno))
}

/// The file's bytes: a non-empty regular file copied once from its mapping (`withMappedFile`), anything else (an
/// empty file, a pipe, a device) read to its end. Nil when it cannot be read.
private func readFile(_ path: String) -> [UInt8]? {
    if let bytes = withMappedFile(path, { bytes, _ in [UInt8](bytes) }) { return bytes }
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    do { return [UInt8](try handle.readToEnd() ?? Data()) } catch { return nil }
}

/// Calls `body` with the bytes of the regular file `path` mapped read-only — the page cache's own pages, neither
/// copied nor zeroed, which at 10⁷ rows saves writing 750 MB — and an `unmap` that gives them back (the engine calls
/// it once the request is parsed). Nil, without calling `body`, when the file is not a non-empty regular file or
/// cannot be mapped; the caller then reads it. (As with any mapping, truncating the file while it is read is not
/// supported.)
func withMappedFile<Result>(_ path: String, _ body: (UnsafeBufferPointer<UInt8>, _ unmap: () -> Void) -> Result) -> Result? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 else { return nil }
    let size = Int(status.st_size)
    guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
    var mapped = true
    func unmap() {
        if mapped { munmap(address, size) }
        mapped = false
    }
    defer { unmap() }
    return body(UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size), unmap)
}

/// Writes `bytes` to the file at `path` (created or replaced); false when it cannot be written.
func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
}

/// The size of the regular file at `path`; nil when it is not one.
func regularFileSize(_ path: String) -> Int? {
    var status = stat()
    guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(status.st_size)
}
