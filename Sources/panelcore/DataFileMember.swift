import PanelCore

/// The data of a request from a CSV file the CLI reads: the file's bytes go beside the request
/// (`PanelCoreABI.respond(to:csv:)`), never decoded here, so a file that is not UTF-8 is the core's `invalid_csv`
/// with its line and column. The hosts that can read files (this CLI) also resolve `"data": {"path": FILE}` this way;
/// the core itself never opens files.
enum DataFileMember {
    /// Requests of this size or more are answered as they are (mapped, not parsed twice): they carry their data.
    static let largestResolvedRequest = 1 << 20

    /// The request without its `data`, and the bytes of the CSV file at `path` to answer it with; nil after a
    /// message when the file cannot be read or the request is not a JSON object.
    static func replacingData(of request: [UInt8], with path: String) -> (request: [UInt8], csv: [UInt8])? {
        guard case .object(var object)? = try? JSONReader.parse(request) else {
            standardError("panelcore: --data needs a request that is a JSON object")
            return nil
        }
        guard let bytes = readInput(path) else { return nil }
        object.members.removeAll { $0.key == "data" }
        return (JSONWriter.serialize(.object(object)), bytes)
    }

    /// The request with a `"data": {"path": FILE}` member replaced by the file's bytes beside it; the request as it is
    /// (and no bytes) when it has no such member; nil after a message when the file cannot be read. Only small
    /// requests are looked into: a request that names a file holds no data of its own.
    static func resolvingPath(in request: [UInt8]) -> (request: [UInt8], csv: [UInt8]?)? {
        guard request.count < largestResolvedRequest, case .object(let object)? = try? JSONReader.parse(request),
              case .object(let data)? = object["data"], case .string(let path)? = data["path"] else { return (request, nil) }
        guard data.members.count == 1 else {
            standardError("panelcore: \"data\": {\"path\": FILE} takes no other members")
            return nil
        }
        return replacingData(of: request, with: path).map { ($0.request, $0.csv) }
    }
}
