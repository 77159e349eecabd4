import Foundation
import PanelCore

/// The request's `data` member from a file the CLI reads: `{"csv": TEXT}` for UTF-8 text without NUL bytes (the fast
/// text path), otherwise `{"file": BASE64}` — Stata .dta, Excel .xlsx, CSV in UTF-16 or GB18030/GBK — whose format and
/// encoding the core tells from the content. The hosts that can read files (this CLI) also resolve
/// `"data": {"path": FILE, …}` in a request this way, passing `format`, `encoding`, `sheet` and `labels` on; the core
/// itself never opens files.
enum DataFileMember {
    /// Requests of this size or more are answered as they are (mapped, not parsed twice): they carry their data.
    static let largestResolvedRequest = 1 << 20
    /// The members that may accompany `path`: the reading options of `{"file": …}`.
    static let fileOptions = ["format", "encoding", "sheet", "labels"]

    /// The `data` member for the file at `path` with reading `options`; nil after a message on standard error when the
    /// file cannot be read (saying why).
    static func member(_ path: String, options: [JSONObject.Member] = []) -> JSONValue? {
        guard let bytes = readDataFile(path) else { return nil }
        if options.isEmpty, !bytes.contains(0), let text = String(bytes: bytes, encoding: .utf8) {
            return JSONObject.single("csv", .string(text))
        }
        var object = JSONObject()
        object.append("file", .string(Data(bytes).base64EncodedString()))
        for option in options { object.append(option.key, option.value) }
        return .object(object)
    }

    /// The bytes of a data file, or nil after saying why it cannot be used: missing, a directory, not readable, empty.
    private static func readDataFile(_ path: String) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        let problem: String?
        if path == "-" {
            problem = nil
        } else if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            problem = "there is no file '\(path)'" + nearbyNames(path)
        } else if isDirectory.boolValue {
            problem = "'\(path)' is a directory; name the data file in it"
        } else if !FileManager.default.isReadableFile(atPath: path) {
            problem = "'\(path)' cannot be read: permission denied"
        } else {
            problem = nil
        }
        if let problem {
            standardError("panelcore: " + problem)
            return nil
        }
        guard let bytes = readInput(path) else { return nil }
        guard !bytes.isEmpty else {
            standardError("panelcore: '\(path)' is empty")
            return nil
        }
        return bytes
    }

    /// "; did you mean 'X'?" for a file in the same directory whose name is close to the one given.
    private static func nearbyNames(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return ClosestName.suggestion(for: url.lastPathComponent, among: names)
    }

    /// The request with a `"data": {"path": FILE, …}` member replaced by the file's contents; the request unchanged when
    /// it has no such member; nil after a message when the file cannot be read. Only small requests are looked into: a
    /// request that names a file holds no data of its own.
    static func resolvingPath(in request: [UInt8]) -> [UInt8]? {
        guard request.count < largestResolvedRequest, case .object(var object)? = try? JSONReader.parse(request),
              case .object(let data)? = object["data"], case .string(let path)? = data["path"] else { return request }
        let options = data.members.filter { $0.key != "path" }
        if let other = options.first(where: { !fileOptions.contains($0.key) }) {
            standardError("panelcore: \"data\": {\"path\": FILE} takes only " + fileOptions.joined(separator: ", ")
                          + " beside it, not '\(other.key)'")
            return nil
        }
        guard let contents = member(path, options: options) else { return nil }
        object.insertData(contents)
        return JSONWriter.serialize(.object(object))
    }

    /// The request (a JSON object) with its `data` replaced by the file at `path`; nil after a message on failure.
    static func adding(_ path: String, to request: [UInt8]) -> [UInt8]? {
        guard case .object(var object)? = try? JSONReader.parse(request) else {
            standardError("panelcore: --data needs a request that is a JSON object")
            return nil
        }
        guard let contents = member(path) else { return nil }
        object.insertData(contents)
        return JSONWriter.serialize(.object(object))
    }
}
