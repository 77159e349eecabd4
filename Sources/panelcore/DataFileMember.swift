import PanelCore

/// The data of a request from a file the CLI reads — CSV (UTF-8, UTF-16 or GB18030/GBK), Stata .dta or Excel .xlsx:
/// the file goes beside the request (`PanelCoreABI.respond(to:reading:)`, read where the core asks: `dataFile`), never decoded here; the core tells the
/// format from the content and reads it as `"data": {"file": …}` would. The hosts that can read files (this CLI) also
/// resolve `"data": {"path": FILE, "sheet"?, "encoding"?, "format"?, "labels"?}` this way (the options stay in `data`);
/// the core itself never opens files.
enum DataFileMember {
    /// Requests of this size or more are answered as they are (mapped, not parsed twice): they carry their data.
    static let largestResolvedRequest = 1 << 20

    /// The request with its `data` reduced to the file's options, and the file at `path` to answer it with; nil
    /// after a message when the file cannot be read or the request is not a JSON object. The options are `keeping`
    /// when given, else those the request's own `data` holds (`"sheet"`, `"encoding"`, …: `--data` replaces the
    /// data, not how to read the file).
    static func replacingData(of request: [UInt8], with path: String, keeping given: JSONObject? = nil)
        -> (request: [UInt8], file: DataFileReader)? {
        guard case .object(var object)? = try? JSONReader.parse(request) else {
            standardError("panelcore: --data needs a request that is a JSON object")
            return nil
        }
        guard let file = dataFile(path) else { return nil }
        var options = given ?? JSONObject()
        if given == nil, case .object(let data)? = object["data"] {
            options.members = data.members.filter { PanelCoreABI.dataFileOptions.contains($0.key) }
        }
        object.members.removeAll { $0.key == "data" }
        if !options.members.isEmpty { object.append("data", .object(options)) }
        return (JSONWriter.serialize(.object(object)), file)
    }

    /// The request with a `"data": {"path": FILE, …}` member replaced by the file beside it; the request as it
    /// is (and no file) when it has no such member; nil after a message when the file cannot be read. Only small
    /// requests are looked into: a request that names a file holds no data of its own.
    static func resolvingPath(in request: [UInt8]) -> (request: [UInt8], file: DataFileReader?)? {
        guard request.count < largestResolvedRequest, case .object(let object)? = try? JSONReader.parse(request),
              case .object(var data)? = object["data"], case .string(let path)? = data["path"] else { return (request, nil) }
        data.members.removeAll { $0.key == "path" }
        return replacingData(of: request, with: path, keeping: data).map { ($0.request, $0.file) }
    }
}
