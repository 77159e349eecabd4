import Foundation
import PanelCore

/// The request's `data` member from a file the CLI reads: `{"csv": TEXT}` for a UTF-8 CSV file. The hosts that can
/// read files (this CLI) also resolve `"data": {"path": FILE}` in a request this way; the core itself never opens files.
enum DataFileMember {
    /// Requests of this size or more are answered as they are (mapped, not parsed twice): they carry their data.
    static let largestResolvedRequest = 1 << 20

    /// `{"csv": TEXT}` of the file at `path`; nil after a message on standard error when it cannot be read or is not UTF-8.
    static func csv(_ path: String) -> JSONValue? {
        guard let bytes = readInput(path) else { return nil }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            standardError("panelcore: '\(path)' is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel) and try again")
            return nil
        }
        return JSONObject.single("csv", .string(text))
    }

    /// The request with a `"data": {"path": FILE}` member replaced by the file's contents; the request unchanged when it
    /// has no such member; nil after a message when the file cannot be read. Only small requests are looked into: a
    /// request that names a file holds no data of its own.
    static func resolvingPath(in request: [UInt8]) -> [UInt8]? {
        guard request.count < largestResolvedRequest, case .object(var object)? = try? JSONReader.parse(request),
              case .object(let data)? = object["data"], case .string(let path)? = data["path"] else { return request }
        guard data.members.count == 1, let contents = csv(path) else {
            if data.members.count != 1 { standardError("panelcore: \"data\": {\"path\": FILE} takes no other members") }
            return nil
        }
        object.insertData(contents)
        return JSONWriter.serialize(.object(object))
    }

    /// The request (a JSON object) with its `data` replaced by the CSV file at `path`; nil after a message on failure.
    static func adding(_ path: String, to request: [UInt8]) -> [UInt8]? {
        guard case .object(var object)? = try? JSONReader.parse(request) else {
            standardError("panelcore: --data needs a request that is a JSON object")
            return nil
        }
        guard let contents = csv(path) else { return nil }
        object.insertData(contents)
        return JSONWriter.serialize(.object(object))
    }
}
