import PanelCore

/// `panelcore run [--format json|text] [--data FILE] [FILE|-]`: one ABI request in; the response bytes and a
/// newline out, or (text) the tables the core renders for each result. `--data` (or `"data": {"path": FILE}` in the
/// request) supplies the data from a file: CSV, Stata .dta or Excel .xlsx (`DataFileMember`).
enum RunCommand {
    static func main(_ arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            print(CommandLineHelp.run)
            return 0
        }
        var rest = arguments
        var format = "json"
        var dataPath: String?
        if let flag = rest.firstIndex(of: "--data") {
            guard flag + 1 < rest.count else {
                standardError("panelcore run: --data needs a FILE (CSV, .dta or .xlsx)")
                return 2
            }
            dataPath = rest[flag + 1]
            rest.removeSubrange(flag...(flag + 1))
        }
        if let flag = rest.firstIndex(of: "--format") {
            guard flag + 1 < rest.count, ["json", "text"].contains(rest[flag + 1]) else {
                standardError("panelcore run: --format must be json or text")
                return 2
            }
            format = rest[flag + 1]
            rest.removeSubrange(flag...(flag + 1))
        }
        if let unknown = rest.first(where: { $0.hasPrefix("--") }) {
            standardError("panelcore run: unknown flag '\(unknown)'\(ClosestName.suggestion(for: unknown, among: ["--format", "--data", "--help"]))")
            return 2
        }
        guard rest.count <= 1 else {
            standardError("panelcore run: expected at most one FILE\n\n\(CommandLineHelp.run)")
            return 2
        }
        let path = rest.first ?? "-"
        if format == "json", path != "-", dataPath == nil, (regularFileSize(path) ?? 0) >= DataFileMember.largestResolvedRequest,
           let response = withMappedFile(path, { bytes, unmap in
            PanelCoreABI.respond(toBytesIn: bytes, executor: ParallelReplications.executor, parsed: unmap)
        }) {
            return answered(response)
        }
        guard let read = readInput(path),
              let request = dataPath.map({ DataFileMember.adding($0, to: read) }) ?? DataFileMember.resolvingPath(in: read) else { return 2 }
        guard format == "text" else {
            return answered(PanelCoreABI.respond(to: consume request, executor: ParallelReplications.executor))
        }
        return ResponsePresenter.printTables(PanelCoreABI.respond(to: requestingText(request), executor: ParallelReplications.executor), command: "run")
    }

    /// Writes the response and a newline; the exit status.
    private static func answered(_ response: [UInt8]) -> Int32 {
        standardOutput(response + [0x0A])
        return PanelCoreABI.isSuccess(response) ? 0 : 1
    }

    /// The request with `"render": ["text"]` added, when it is a JSON object that has no `render` yet.
    private static func requestingText(_ request: [UInt8]) -> [UInt8] {
        guard case .object(var object)? = try? JSONReader.parse(request), object["render"] == nil else { return request }
        object.append("render", .array([.string("text")]))
        return JSONWriter.serialize(.object(object))
    }
}
