import Foundation
import Testing
@testable import PanelCore

/// Test-side helpers shared by the JSON and CSV suites.
enum TextFormatTestSupport {
    /// The exact bytes of the file at `path` (fixtures that are not valid UTF-8 cannot go through `Fixtures.text`).
    static func bytes(atPath path: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("missing fixture " + path) }
        return [UInt8](data)
    }

    /// The file name of `path` (its last component).
    static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? "")
    }

    /// The error thrown by parsing `bytes` as JSON, nil when they parse.
    static func jsonError(_ bytes: [UInt8]) -> PanelError? {
        do throws(PanelError) {
            _ = try JSONReader.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// The error thrown by parsing `text` as JSON, nil when it parses.
    static func jsonError(_ text: String) -> PanelError? {
        jsonError(Array(text.utf8))
    }

    /// The error thrown by reading `text` as CSV, nil when it parses.
    static func csvError(_ text: String) -> PanelError? {
        do throws(PanelError) {
            _ = try CSVReader.parse(Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }
}
