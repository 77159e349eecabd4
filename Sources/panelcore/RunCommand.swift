import PanelCore

/// `panelcore run [--format json|text] [--data FILE] [--max-seconds S] [FILE|-]`: one ABI request in; the
/// response bytes and a newline out, or (text) the tables the core renders for each result. `--data` (or
/// `"data": {"path": FILE}` in the request) supplies the data from a CSV file; with `--max-seconds` the answer is a
/// `time_limit` error once S seconds have passed (`HostDeadline`).
enum RunCommand {
    static func main(_ arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            print(CommandLineHelp.run)
            return 0
        }
        var rest = arguments
        var format = "json"
        if let flag = rest.firstIndex(of: "--format") {
            guard flag + 1 < rest.count, ["json", "text"].contains(rest[flag + 1]) else {
                standardError("panelcore run: --format must be json or text")
                return 2
            }
            format = rest[flag + 1]
            rest.removeSubrange(flag...(flag + 1))
        }
        var dataPath: String?
        if let flag = rest.firstIndex(of: "--data") {
            guard flag + 1 < rest.count else {
                standardError("panelcore run: --data needs a FILE")
                return 2
            }
            dataPath = rest[flag + 1]
            rest.removeSubrange(flag...(flag + 1))
        }
        let (seconds, valid) = HostDeadline.maxSeconds(in: &rest, command: "run")
        guard valid else { return 2 }
        if let unknown = rest.first(where: { $0.hasPrefix("--") }) {
            let known = ["--format", "--data", "--max-seconds", "--help"]
            standardError("panelcore run: unknown flag '\(unknown)'\(ClosestName.suggestion(for: unknown, among: known))")
            return 2
        }
        guard rest.count <= 1 else {
            standardError("panelcore run: expected at most one FILE\n\n\(CommandLineHelp.run)")
            return 2
        }
        let writesJSON = format == "json"
        let deadline = HostDeadline(seconds: seconds) { seconds in
            let response = HostDeadline.timeLimitResponse(seconds: seconds)
            if writesJSON { standardOutput(response + [0x0A]) } else { _ = ResponsePresenter.printTables(response, command: "run") }
        }
        let budget = deadline.budget
        let path = rest.first ?? "-"
        if format == "json", path != "-", dataPath == nil, (regularFileSize(path) ?? 0) >= DataFileMember.largestResolvedRequest,
           let response = withMappedFile(path, { bytes, unmap in
            PanelCoreABI.respond(toBytesIn: bytes, executor: ParallelReplications.executor, budget: budget, parsed: unmap)
        }) {
            return answered(response, deadline: deadline)
        }
        guard let read = readInput(path),
              let (request, file) = dataPath.map({ DataFileMember.replacingData(of: read, with: $0).map { ($0.request, Optional($0.file)) } })
                ?? DataFileMember.resolvingPath(in: read) else { return 2 }
        guard format == "text" else {
            return answered(PanelCoreABI.respond(to: request, reading: file, executor: ParallelReplications.executor, budget: budget), deadline: deadline)
        }
        let response = PanelCoreABI.respond(to: requestingText(request), reading: file, executor: ParallelReplications.executor, budget: budget)
        deadline.claimAnswer()
        return ResponsePresenter.printTables(response, command: "run")
    }

    /// Writes the response and a newline; the exit status.
    private static func answered(_ response: [UInt8], deadline: HostDeadline) -> Int32 {
        deadline.claimAnswer()
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
