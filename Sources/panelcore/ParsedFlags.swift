import PanelCore

/// A usage mistake on the command line, said in one line (exit status 2).
struct FlagError: Error {
    let message: String
}

/// The flags of an estimator command: the common ones (`--data`, `--panel`, `--format`, `--out`,
/// `--print-request`) and one per member and option of the estimator's schema, as `--name value` or `--name=value`
/// (a boolean flag given alone means true).
struct ParsedFlags {
    var data: String?
    var panel: (id: String, time: String)?
    var format = "text"
    var out: String?
    var printRequest = false
    /// Member and option values as typed, in the order given.
    var values: [(definition: MemberSchema, isOption: Bool, text: String)] = []

    init(_ arguments: [String], schema: EstimatorSchema) throws(FlagError) {
        let flags = Self.flags(of: schema)
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("--") else {
                throw FlagError(message: "unexpected argument '\(argument)' (flags are --name value)")
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            let known = EstimatorCommand.commonFlags + flags.map { $0.flag }
            guard known.contains(name) else {
                throw FlagError(message: "unknown flag '\(name)'\(ClosestName.suggestion(for: name, among: known)) (see --help)")
            }
            let definition = flags.first { $0.flag == name }
            var value = inlineValue
            if value == nil {
                let next = index + 1 < arguments.count ? arguments[index + 1] : nil
                let takesNoValue = name == "--print-request" || definition?.member.type == .boolean
                if takesNoValue, next == nil || next!.hasPrefix("--") {
                    value = "true"
                } else if let next {
                    value = next
                    index += 1
                } else {
                    throw FlagError(message: "\(name) needs a value (see --help)")
                }
            }
            index += 1
            try record(name, value ?? "", definition: definition)
        }
    }

    private mutating func record(_ name: String, _ value: String,
                                 definition: (flag: String, member: MemberSchema, isOption: Bool)?) throws(FlagError) {
        switch name {
        case "--data": data = value
        case "--format": format = value
        case "--out": out = value
        case "--print-request": printRequest = value != "false"
        case "--panel":
            let parts = FlagValues.list(value)
            guard parts.count == 2 else { throw FlagError(message: "--panel is ID,TIME: the unit and the time column, e.g. --panel city,year") }
            panel = (parts[0], parts[1])
        default:
            guard let definition else { return }
            values.removeAll { $0.definition.name == definition.member.name && $0.isOption == definition.isOption }
            values.append((definition.member, definition.isOption, value))
        }
    }

    /// Every member and option flag of `schema` (`fixed_effects` → `--fixed-effects`).
    static func flags(of schema: EstimatorSchema) -> [(flag: String, member: MemberSchema, isOption: Bool)] {
        schema.members.map { ("--" + EstimatorCommand.commandName($0.name), $0, false) }
            + schema.options.map { ("--" + EstimatorCommand.commandName($0.name), $0, true) }
    }

    /// The ABI request these flags describe (without its data, which `--data` supplies separately).
    func request(schema: EstimatorSchema, presets: [(String, JSONValue)], render: String) throws(FlagError) -> JSONObject {
        var model = JSONObject()
        model.append("estimator", .string(schema.name))
        for (name, value) in presets { model.append(name, value) }
        var options = JSONObject()
        for entry in values {
            let value = try FlagValues.value(entry.text, for: entry.definition, unitColumn: panel?.id)
            if entry.isOption { options.append(entry.definition.name, value) } else { model.append(entry.definition.name, value) }
        }
        if !options.members.isEmpty { model.append("options", .object(options)) }
        var request = JSONObject()
        request.append("abi", .number(Double(PanelCoreABI.version)))
        if let panel {
            request.append("panel", .object(JSONObject([.init(key: "id", value: .string(panel.id)), .init(key: "time", value: .string(panel.time))])))
        }
        request.append("model", .object(model))
        if render != "json" { request.append("render", .array([.string(render)])) }
        return request
    }
}
