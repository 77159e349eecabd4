import PanelCore

/// `panelcore ESTIMATOR --data FILE [--panel ID,TIME] [--MEMBER VALUE …] [--OPTION VALUE …] [--format F] [--out FILE]`:
/// one model of any estimator, with its flags made from the estimator's definition in the core (`EstimatorCatalogue`):
/// every member and option is a flag (`fixed_effects` → `--fixed-effects`), values are read by the member's type
/// (`FlagValues`), and the request is answered by the same `PanelCoreABI.respond` as `panelcore run` — so the command
/// and its JSON request (`--print-request`) give the same bytes.
enum EstimatorCommand {
    /// The formats `--format` takes, with the engine's name of each.
    static let formats: [(flag: String, engine: String)] = [("text", "text"), ("json", "json"), ("md", "markdown"), ("markdown", "markdown"),
                                                           ("latex", "latex"), ("tex", "latex"), ("html", "html"), ("csv", "csv"), ("rtf", "rtf")]
    /// Flags every estimator command has besides its members and options.
    static let commonFlags = ["--data", "--panel", "--format", "--out", "--print-request", "--help"]

    /// The command names: each estimator with `_` written `-`, and the spatial models by name (`sdm` is
    /// `spatial-panel --model sdm`).
    static var commandNames: [String] { EstimatorCatalogue.names.filter { $0 != "schema" }.map(commandName) + modelAliases }
    static let modelAliases = ["sar", "sdm", "sem", "sdem", "sac"]

    static func commandName(_ estimator: String) -> String { String(estimator.map { $0 == "_" ? "-" : $0 }) }

    /// The estimator and preset members of a command name, or nil when it names none.
    static func resolve(_ command: String) -> (schema: EstimatorSchema, presets: [(String, JSONValue)])? {
        if modelAliases.contains(command), let schema = EstimatorCatalogue.schema(named: "spatial_panel") {
            return (schema, [("model", .string(command))])
        }
        guard let schema = EstimatorCatalogue.all.first(where: { commandName($0.name) == command }), schema.name != "schema" else { return nil }
        return (schema, [])
    }

    static func main(_ command: String, _ arguments: [String]) -> Int32 {
        guard let (schema, presets) = resolve(command) else { return 2 }
        if arguments.contains("--help") || arguments.contains("-h") {
            print(EstimatorHelp.text(command: command, schema: schema, presets: presets))
            return 0
        }
        let parsed: ParsedFlags
        do {
            parsed = try ParsedFlags(arguments, schema: schema)
        } catch {
            standardError("panelcore \(command): \(error.message)")
            return 2
        }
        guard let format = formats.first(where: { $0.flag == parsed.format }) else {
            standardError("panelcore \(command): --format is one of: \(formats.map { $0.flag }.joined(separator: ", "))"
                          + ClosestName.suggestion(for: parsed.format, among: formats.map { $0.flag }))
            return 2
        }
        var request: JSONObject
        do {
            request = try parsed.request(schema: schema, presets: presets, render: format.engine)
        } catch {
            standardError("panelcore \(command): \(error.message)")
            return 2
        }
        if parsed.printRequest {
            return write(JSONWriter.serialize(.object(request), indent: 2) + [0x0A], to: parsed.out)
        }
        var file: DataFileReader?
        if let path = parsed.data {
            guard let reader = dataFile(path) else { return 2 }
            file = reader
        }
        // The clock for the model's `--max-seconds` (options.max_seconds); no host deadline beyond it.
        let clock = HostDeadline(seconds: nil) { _ in }
        let response = PanelCoreABI.respond(to: JSONWriter.serialize(.object(request)), reading: file, executor: ParallelReplications.executor,
                                            budget: clock.budget)
        return present(response, format: format.engine, command: command, out: parsed.out)
    }

    /// Writes the response (json) or the result's rendering in `format`; the exit status.
    private static func present(_ response: [UInt8], format: String, command: String, out: String?) -> Int32 {
        let success = PanelCoreABI.isSuccess(response)
        guard case .object(let root)? = try? JSONReader.parse(response) else { return 1 }
        if format == "json" {
            _ = ResponsePresenter.reportedError(root, command: command)
            let status = write(response + [0x0A], to: out)
            return status != 0 ? status : (success ? 0 : 1)
        }
        guard !ResponsePresenter.reportedError(root, command: command) else { return 1 }
        guard case .object(let result)? = root["result"] else { return 1 }
        guard case .object(let rendered)? = result["rendered"], case .string(let text)? = rendered[format] else {
            guard format == "text" else {
                standardError("panelcore \(command): this result is not a table (it has no \(format) rendering); use --format text or json")
                return 2
            }
            return write(JSONWriter.serialize(.object(result), indent: 2) + [0x0A], to: out)
        }
        return write(Array((text.hasSuffix("\n") ? text : text + "\n").utf8), to: out)
    }

    /// Writes `bytes` to `path`, or to standard output when nil; 0, or 2 when the file cannot be written.
    private static func write(_ bytes: [UInt8], to path: String?) -> Int32 {
        guard let path else {
            standardOutput(bytes)
            return 0
        }
        guard writeFile(path, bytes) else {
            standardError("panelcore: cannot write '\(path)'")
            return 2
        }
        return 0
    }
}
