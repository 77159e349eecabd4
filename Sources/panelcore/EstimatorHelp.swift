import PanelCore

/// `panelcore ESTIMATOR --help`, written from the estimator's schema: summary, usage, one line per member and option
/// flag (type, default, allowed values, help), the old spellings, and an example that runs on the bundled example
/// panel.
enum EstimatorHelp {
    static let examplePanel = "examples/nqpf_panel.csv"

    static func text(command: String, schema: EstimatorSchema, presets: [(String, JSONValue)]) -> String {
        let preset = presets.map { $0.0 }
        var lines = ["panelcore \(command) — \(schema.summary)", "(request members: docs/\(schema.page))", "",
                     "Usage: panelcore \(command) --data FILE [--panel ID,TIME] [flags] [--format FORMAT] [--out FILE]", ""]
        let current = schema.members.filter { !$0.isDeprecated && !preset.contains($0.name) }
        lines.append("Model:")
        lines += current.map(line)
        if !schema.options.isEmpty {
            lines += ["", "Options:"] + schema.options.map(line)
        }
        lines += ["", "Common:",
                  "  --data FILE           the data: CSV with a header row (UTF-8, UTF-16 or GB18030/GBK; empty, NA and",
                  "                        . are missing), Stata .dta or Excel .xlsx (first sheet), told by the content",
                  "  --panel ID,TIME       the unit and time columns (panel estimators, l()/f()/d() terms, spatial weights)",
                  "  --format FORMAT       text (default), json (the full response), md, latex, html, csv, rtf",
                  "  --out FILE            write there instead of standard output",
                  "  --print-request       print the JSON request these flags make (run it with: panelcore run --data FILE)"]
        let deprecated = schema.members.filter { $0.isDeprecated }
        if !deprecated.isEmpty {
            lines += ["", "Old spellings (still read, with a warning):"] + deprecated.map { "  --\(EstimatorCommand.commandName($0.name)): \($0.replacement ?? "")" }
        }
        lines += ["", "Example (on the bundled example panel):", "  " + example(command: command, schema: schema, presets: presets), "",
                  "Exit status: 0 success, 1 the engine answered with an error, 2 usage or file error."]
        return lines.joined(separator: "\n")
    }

    /// The example as a command line.
    static func example(command: String, schema: EstimatorSchema, presets: [(String, JSONValue)]) -> String {
        var words = ["panelcore", command, "--data", examplePanel, "--panel", "city,year"]
        for member in schema.example.members where member.key != "estimator" && !presets.contains(where: { $0.0 == member.key }) {
            if member.key == "options", case .object(let options) = member.value {
                for option in options.members { words += ["--" + EstimatorCommand.commandName(option.key), FlagValues.text(option.value, for: option.key)] }
            } else {
                words += ["--" + EstimatorCommand.commandName(member.key), FlagValues.text(member.value, for: member.key)]
            }
        }
        return words.map(quoted).joined(separator: " ")
    }

    private static func line(_ member: MemberSchema) -> String {
        var flag = "  --\(EstimatorCommand.commandName(member.name)) \(placeholder(member))"
        while flag.count < 24 { flag += " " }
        var detail = member.help
        if member.required { detail = "(required) " + detail }
        if !member.allowed.isEmpty { detail += "; one of: " + member.allowed.joined(separator: ", ") }
        if let value = member.defaultValue { detail += "; default " + FlagValues.text(value, for: member.name) }
        return flag + " " + detail
    }

    private static func placeholder(_ member: MemberSchema) -> String {
        switch member.type {
        case .boolean: return "[true|false]"
        case .number, .integer: return "N"
        case .numbers, .numberOrNumbers: return "N,…"
        case .strings, .stringOrStrings: return "A,B,…"
        case .object, .array, .stringOrObject: return member.name == "vcov" ? "SPEC" : member.name == "weights" ? "SPEC" : "JSON"
        default: return member.name == "formula" ? "\"y ~ x | fe\"" : "TEXT"
        }
    }

    /// A word quoted for a POSIX shell when it needs it.
    static func quoted(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./,:=+".contains($0) }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
