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
        standardError("panelcore: cannot read '\(path)'")
        return nil
    }
    return bytes
}

/// The file's bytes, read in chunks into an array sized up front, so that a large request is held once rather
/// than twice (as `Data` and as its copy) while it is read; nil when it cannot be read.
private func readFile(_ path: String) -> [UInt8]? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    do {
        var bytes: [UInt8] = []
        let size = try handle.seekToEnd()  // not a size for a directory: reading it fails below
        if size <= UInt64(PanelCoreABI.maximumRequestBytes) { bytes.reserveCapacity(Int(size)) }
        try handle.seek(toOffset: 0)
        while let chunk = try handle.read(upToCount: 1 << 22), !chunk.isEmpty {
            bytes.append(contentsOf: chunk)
        }
        return bytes
    } catch {
        return nil
    }
}
