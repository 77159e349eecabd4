import PanelCore

/// `panelcore ols`: builds an ABI request from flags and a CSV file, and prints the table the core renders.
enum OLSCommand {
    static func main(_ arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            print(CommandLineHelp.ols)
            return 0
        }
        guard let flags = parseFlags(arguments),
              let dataPath = flags["--data"], let formula = flags["--formula"] else {
            standardError("panelcore ols: --data and --formula are required\n\n\(CommandLineHelp.ols)")
            return 2
        }
        let format = flags["--format"] ?? "text"
        guard format == "text" || format == "json" else {
            standardError("panelcore ols: --format must be text or json")
            return 2
        }
        guard let vcov = covariance(flags["--vcov"] ?? "iid") else {
            standardError("panelcore ols: --vcov must be iid, robust, hc1 or cluster:COLUMN")
            return 2
        }
        guard let csv = readInput(dataPath) else { return 2 }
        var model = JSONObject()
        model.append("estimator", .string("ols"))
        model.append("formula", .string(formula))
        model.append("vcov", vcov)
        if let level = flags["--level"] {
            guard let value = Double(level) else {
                standardError("panelcore ols: --level must be a number such as 0.95")
                return 2
            }
            var options = JSONObject()
            options.append("level", .number(value))
            model.append("options", .object(options))
        }
        var request = JSONObject()
        request.append("abi", .number(Double(PanelCoreABI.version)))
        request.append("model", .object(model))
        if format == "text" { request.append("render", .array([.string("text")])) }
        let response = PanelCoreABI.respond(to: JSONWriter.serialize(.object(request)), csv: csv)
        guard format == "text" else { return ResponsePresenter.printResponse(response, command: "ols") }
        return ResponsePresenter.printTables(response, command: "ols")
    }

    private static func covariance(_ spec: String) -> JSONValue? {
        switch spec {
        case "iid", "hc1", "robust": return .string(spec)
        default:
            guard spec.hasPrefix("cluster:"), spec.count > 8 else { return nil }
            var cluster = JSONObject()
            cluster.append("cluster", .string(String(spec.dropFirst(8))))
            return .object(cluster)
        }
    }

    /// `--name value` pairs; nil when a flag has no value or is unknown.
    private static func parseFlags(_ arguments: [String]) -> [String: String]? {
        let known = ["--data", "--formula", "--vcov", "--level", "--format"]
        var flags: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let flag = arguments[index]
            guard known.contains(flag), index + 1 < arguments.count else {
                standardError("panelcore ols: unexpected argument '\(flag)'")
                return nil
            }
            flags[flag] = arguments[index + 1]
            index += 2
        }
        return flags
    }
}
