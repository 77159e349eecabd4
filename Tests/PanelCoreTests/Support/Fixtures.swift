import Foundation

/// Test-side access to committed fixture files under Tests/PanelCoreTests/Fixtures/.
enum Fixtures {
    static let directory: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").path
    }()

    /// The text of `Fixtures/<relativePath>`; fails the test run loudly if the file is missing.
    static func text(_ relativePath: String) -> String {
        let path = directory + "/" + relativePath
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            fatalError("missing fixture \(path)")
        }
        return text
    }

    /// The bytes of `Fixtures/<relativePath>`; fails the test run loudly if the file is missing.
    static func bytes(_ relativePath: String) -> [UInt8] {
        let path = directory + "/" + relativePath
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("missing fixture \(path)") }
        return [UInt8](data)
    }

    /// The paths of the files in `Fixtures/<relativeDirectory>`, sorted by name.
    static func files(in relativeDirectory: String) -> [String] {
        let path = directory + "/" + relativeDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }
    }
}
