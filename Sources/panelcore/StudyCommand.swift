import Foundation
import PanelCore

/// `panelcore study SPEC.json [--data FILE] [--out DIR]`: runs a study request and writes its HTML report, the
/// full response, every table in every format and every figure as files named after the paper's table numbers. `--max-seconds S` bounds the run
/// (`HostDeadline`).
enum StudyCommand {
    static let extensions = ["text": "txt", "markdown": "md", "latex": "tex", "html": "html", "csv": "csv", "rtf": "rtf"]

    static func main(_ arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            print(CommandLineHelp.study)
            return 0
        }
        var rest = arguments
        let (seconds, valid) = HostDeadline.maxSeconds(in: &rest, command: "study")
        guard valid else { return 2 }
        guard let outOption = option("--out", in: &rest), let data = option("--data", in: &rest), rest.count == 1 else {
            standardError("panelcore study: expected one SPEC.json and options --data FILE, --out DIR\n\n\(CommandLineHelp.study)")
            return 2
        }
        let out = outOption.isEmpty ? "report" : outOption
        guard var request = readInput(rest[0]) else { return 2 }
        var file: DataFileReader?
        guard let resolved = data.isEmpty ? DataFileMember.resolvingPath(in: request)
                : DataFileMember.replacingData(of: request, with: data).map({ ($0.request, Optional($0.file)) }) else { return 2 }
        (request, file) = resolved
        let deadline = HostDeadline(seconds: seconds) { seconds in
            _ = ResponsePresenter.printTables(HostDeadline.timeLimitResponse(seconds: seconds), command: "study")
        }
        let response = PanelCoreABI.respond(to: request, reading: file, executor: ParallelReplications.executor, budget: deadline.budget)
        deadline.claimAnswer()
        guard case .object(let root)? = try? JSONReader.parse(response), !ResponsePresenter.reportedError(root, command: "study") else { return 1 }
        guard case .object(let study)? = root["study"] else {
            standardError("panelcore study: the request has no 'study' (see docs/ABI.md, \"Studies\")")
            return 2
        }
        do {
            let written = try write(study, steps: root["steps"], response: response, to: out)
            print("panelcore study: wrote \(written) files to \(out)/ (open \(out)/report.html)")
            return 0
        } catch {
            standardError("panelcore study: cannot write to '\(out)': \(error.localizedDescription)")
            return 2
        }
    }

    /// The value after `flag` (removed from `arguments` with it); "" when the flag is absent, nil when it has no value.
    private static func option(_ flag: String, in arguments: inout [String]) -> String? {
        guard let index = arguments.firstIndex(of: flag) else { return "" }
        guard index + 1 < arguments.count else { return nil }
        defer { arguments.removeSubrange(index...(index + 1)) }
        return arguments[index + 1]
    }

    /// Writes report.html, response.json, steps/, tables/ and figures/ (named by `StudyFileNames`; each figure also as
    /// PNG and PDF when rsvg-convert is on the PATH); returns the number of files.
    private static func write(_ study: JSONObject, steps: JSONValue?, response: [UInt8], to directory: String) throws -> Int {
        var files: [(String, String)] = []
        var figures: [String] = []
        if case .string(let html)? = study["report_html"] { files.append(("report.html", html)) }
        if case .array(let reports)? = steps {
            for (k, report) in reports.enumerated() {
                files += renderings(of: report, named: "steps/step-\(two(k + 1))-" + StudyFileNames.slug(member(report, "step")))
            }
        }
        var usedPrefixes = Set<String>()
        if case .array(let sections)? = study["sections"] {
            for (s, section) in sections.enumerated() {
                guard case .object(let object) = section else { continue }
                let prefix = "tables/" + StudyFileNames.sectionPrefix(title: member(section, "title"), position: s + 1, used: &usedPrefixes)
                let tables = array(object["tables"])
                let results = array(object["results"])
                let names = StudyFileNames.numbered(tables.map { _ in "table" } + results.map { StudyFileNames.slug(member($0, "estimator")) })
                for (value, name) in zip(tables + results, names) { files += renderings(of: value, named: prefix + "-" + name) }
                let drawn = array(object["figures"])
                let figureNames = StudyFileNames.numbered(drawn.map { "figure-" + StudyFileNames.slug(member($0, "type")) })
                for (figure, name) in zip(drawn, figureNames) {
                    guard case .object(let members) = figure, case .string(let svg)? = members["svg"] else { continue }
                    let path = "figures/" + prefix.dropFirst(7) + "-" + name + ".svg"
                    files.append((path, svg))
                    figures.append(path)
                }
            }
        }
        let manager = FileManager.default
        for folder in ["", "/steps", "/tables", "/figures"] {
            try manager.createDirectory(atPath: directory + folder, withIntermediateDirectories: true)
        }
        for (name, text) in files { try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8) }
        try Data(response).write(to: URL(fileURLWithPath: directory + "/response.json"))
        let converted = FigureConversion.convert(figures.map { directory + "/" + $0 })
        return files.count + 1 + converted
    }

    private static func array(_ value: JSONValue?) -> [JSONValue] {
        guard case .array(let items)? = value else { return [] }
        return items
    }

    private static func member(_ value: JSONValue, _ key: String) -> String {
        guard case .object(let object) = value, case .string(let text)? = object[key] else { return "" }
        return text
    }

    /// One file per format of a value's `rendered` member.
    private static func renderings(of value: JSONValue, named stem: String) -> [(String, String)] {
        guard case .object(let object) = value, case .object(let rendered)? = object["rendered"] else { return [] }
        return rendered.members.compactMap { member in
            guard case .string(let text) = member.value, let suffix = extensions[member.key] else { return nil }
            return (stem + "." + suffix, text)
        }
    }

    private static func two(_ number: Int) -> String {
        number < 10 ? "0\(number)" : String(number)
    }
}
