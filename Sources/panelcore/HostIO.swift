import Foundation

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
    guard let data = FileManager.default.contents(atPath: path) else {
        standardError("panelcore: cannot read '\(path)'")
        return nil
    }
    return [UInt8](data)
}
