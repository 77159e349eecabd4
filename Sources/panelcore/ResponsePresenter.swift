import PanelCore

/// Shows an ABI response in the terminal: the error on stderr, or the rendered tables / indented JSON on stdout.
enum ResponsePresenter {
    /// Prints each result's rendered text table; returns the exit status (0 ok, 1 error response).
    static func printTables(_ response: [UInt8], command: String) -> Int32 {
        guard case .object(let root)? = try? JSONReader.parse(response), !reportedError(root, command: command) else { return 1 }
        if case .array(let steps)? = root["steps"] {
            for step in steps {
                guard case .object(let report) = step, case .object(let rendered)? = report["rendered"] else { continue }
                standardOutput(Array((text(rendered["text"]) + "\n").utf8))
            }
        }
        var results: [JSONValue] = []
        if let single = root["result"] { results = [single] }
        if case .array(let many)? = root["results"] { results = many }
        for (k, result) in results.enumerated() {
            guard case .object(let object) = result, case .object(let rendered)? = object["rendered"] else { continue }
            if k > 0 { standardOutput([0x0A]) }
            if case .string(let label)? = object["label"] { standardOutput(Array("(\(k + 1)) \(label)\n".utf8)) }
            standardOutput(Array(text(rendered["text"]).utf8))
        }
        return 0
    }

    /// Whether `root` is an error response; if so, prints "panelcore COMMAND: error CODE: MESSAGE (at WHERE)" on stderr.
    static func reportedError(_ root: JSONObject, command: String) -> Bool {
        guard case .object(let error)? = root["error"] else { return false }
        let place = text(error["where"])
        standardError("panelcore \(command): error \(text(error["code"])): \(text(error["message"]))" + (place.isEmpty ? "" : " (at \(place))"))
        return true
    }

    /// Prints the response — a result or an error — as indented JSON on stdout, and an error's one-line message on
    /// stderr too; returns the exit status (0 ok, 1 error response).
    static func printResponse(_ response: [UInt8], command: String) -> Int32 {
        guard case .object(let root)? = try? JSONReader.parse(response) else { return 1 }
        standardOutput(JSONWriter.serialize(.object(root), indent: 2) + [0x0A])
        return reportedError(root, command: command) ? 1 : 0
    }

    static func text(_ value: JSONValue?) -> String {
        if case .string(let s)? = value { return s }
        return ""
    }
}
