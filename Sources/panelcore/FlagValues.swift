import PanelCore

/// Reads a flag's text as the JSON value of its member, by the member's type in the schema — and writes a value
/// back as flag text for the help's examples. Lists are comma-separated (commas inside parentheses belong to the
/// term: `l(x, 1)`); `--vcov` takes Stata-like shorthands and `--weights` the usual weight constructions.
enum FlagValues {
    static func value(_ text: String, for member: MemberSchema, unitColumn: String?) throws(FlagError) -> JSONValue {
        if text.hasPrefix("{") || text.hasPrefix("[") && member.type != .strings && member.type != .numbers {
            guard let value = try? JSONReader.parse(Array(text.utf8)) else {
                throw FlagError(message: "--\(EstimatorCommand.commandName(member.name)): '\(text)' is not valid JSON")
            }
            return value
        }
        if member.name == "vcov" { return try covariance(text) }
        if member.name == "weights" && member.type == .object { return try weights(text, unitColumn: unitColumn) }
        let items = list(text)
        switch member.type {
        case .string, .stringOrObject: return .string(text)
        case .strings: return .array(items.map { .string($0) })
        case .number, .integer: return .number(try number(text, member))
        case .numbers: return .array(try numbers(items, member).map { .number($0) })
        case .boolean: return .bool(try boolean(text, member))
        case .stringOrStrings: return items.count == 1 ? .string(items[0]) : .array(items.map { .string($0) })
        case .numberOrString: return Double(text).map { .number($0) } ?? .string(text)
        case .numberStringObjectOrNumbers:
            return items.count > 1 ? .array(try numbers(items, member).map { .number($0) }) : Double(text).map { .number($0) } ?? .string(text)
        case .numberOrNumbers: return items.count == 1 ? .number(try number(text, member)) : .array(try numbers(items, member).map { .number($0) })
        case .booleanOrString: return (try? boolean(text, member)).map { .bool($0) } ?? .string(text)
        case .array: return .array(items.map { .string($0) })
        case .object:
            throw FlagError(message: "--\(EstimatorCommand.commandName(member.name)) takes JSON, e.g. '{…}'")
        }
    }

    /// `a,b,c` split at commas outside parentheses, each part trimmed.
    static func list(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == ",", depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
    }

    /// `iid`, `robust`/`hc1`, `cluster:A`, `cluster:A+B` (two-way), `dk` / `driscoll_kraay`, `dk:LAG`.
    static func covariance(_ text: String) throws(FlagError) -> JSONValue {
        switch text {
        case "iid", "robust", "hc1": return .string(text)
        case "dk", "driscoll_kraay", "driscoll-kraay": return .string("driscoll_kraay")
        default: break
        }
        if text.hasPrefix("cluster:") {
            let columns = text.dropFirst(8).split(separator: "+").map { String($0) }
            guard !columns.isEmpty, columns.count <= 2 else {
                throw FlagError(message: "--vcov cluster takes one column or two joined by '+': cluster:city or cluster:city+year")
            }
            return JSONObject.single("cluster", columns.count == 1 ? .string(columns[0]) : .array(columns.map { .string($0) }))
        }
        if text.hasPrefix("dk:"), let lag = Double(text.dropFirst(3)) {
            return JSONObject.single("driscoll_kraay", JSONObject.single("lag", .number(lag)))
        }
        throw FlagError(message: "--vcov is iid, robust (hc1), cluster:COLUMN, cluster:A+B, dk or dk:LAG; got '\(text)'"
                        + ClosestName.suggestion(for: text, among: ["iid", "robust", "hc1", "dk"]))
    }

    /// `economic:COLUMN`, `distance:LAT,LON` (inverse distance), `knn:K:LAT,LON`, `matrix:FILE.csv` (a square matrix with
    /// the unit ids as its first row and column), `edges:FILE.csv` (rows from,to[,weight]); units are the panel's id.
    static func weights(_ text: String, unitColumn: String?) throws(FlagError) -> JSONValue {
        guard let unitColumn else { throw FlagError(message: "--weights needs --panel ID,TIME (the units are the panel's id)") }
        var object = JSONObject()
        object.append("units", .string(unitColumn))
        let parts = text.split(separator: ":", maxSplits: 2).map { String($0) }
        func coordinates(_ pair: String) throws(FlagError) -> JSONValue {
            let columns = list(pair)
            guard columns.count == 2 else { throw FlagError(message: "--weights: coordinates are LAT,LON columns") }
            return .object(JSONObject([.init(key: "lat", value: .string(columns[0])), .init(key: "lon", value: .string(columns[1]))]))
        }
        switch (parts.first, parts.count) {
        case ("economic", 2):
            object.append("attribute", .string(parts[1]))
            object.append("type", .string("economic_distance"))
        case ("distance", 2):
            object.append("coordinates", try coordinates(parts[1]))
            object.append("type", .string("inverse_distance"))
        case ("knn", 3):
            guard let k = Double(parts[1]) else { throw FlagError(message: "--weights knn:K:LAT,LON needs a whole number K") }
            object.append("coordinates", try coordinates(parts[2]))
            object.append("knn", .number(k))
        case ("matrix", 2), ("edges", 2):
            guard let bytes = readInput(parts[1]), let table = try? CSVReader.parse(bytes) else {
                throw FlagError(message: "--weights: cannot read '\(parts[1])' as CSV")
            }
            if parts[0] == "matrix" {
                object.append("ids", .array(table.header.dropFirst().map { idValue($0) }))
                object.append("dense", .array(try table.records.map { (row) throws(FlagError) -> JSONValue in
                    .array(try numbers(Array(row.dropFirst()), nil).map { .number($0) })
                }))
            } else {
                object.append("edges", .array(try table.records.map { (row) throws(FlagError) -> JSONValue in
                    guard row.count >= 2 else { throw FlagError(message: "--weights edges: rows are from,to[,weight]") }
                    return .array([idValue(row[0]), idValue(row[1])] + (try numbers(Array(row.dropFirst(2)), nil)).map { .number($0) })
                }))
            }
        default:
            throw FlagError(message: "--weights is economic:COLUMN, distance:LAT,LON, knn:K:LAT,LON, matrix:FILE.csv, edges:FILE.csv or JSON")
        }
        return .object(object)
    }

    /// The flag text of a value (help examples): strings as they are, lists comma-joined, objects by their
    /// shorthand where `value(_:for:unitColumn:)` has one, else JSON.
    static func text(_ value: JSONValue, for name: String) -> String {
        switch value {
        case .string(let text): return text
        case .number: return String(decoding: JSONWriter.serialize(value), as: UTF8.self)
        case .bool(let flag): return flag ? "true" : "false"
        case .array(let items) where items.allSatisfy({ if case .string = $0 { return true }; if case .number = $0 { return true }; return false }):
            return items.map { text($0, for: name) }.joined(separator: ",")
        case .object(let object) where name == "vcov":
            if case .string(let cluster)? = object["cluster"] { return "cluster:" + cluster }
        case .object(let object) where name == "weights":
            if case .string(let attribute)? = object["attribute"] { return "economic:" + attribute }
        default: break
        }
        return String(decoding: JSONWriter.serialize(value), as: UTF8.self)
    }

    private static func idValue(_ text: String) -> JSONValue { Double(text).map { .number($0) } ?? .string(text) }

    private static func number(_ text: String, _ member: MemberSchema) throws(FlagError) -> Double {
        guard let x = Double(text), x.isFinite else {
            throw FlagError(message: "--\(EstimatorCommand.commandName(member.name)) takes a number; got '\(text)'")
        }
        return x
    }

    private static func numbers(_ items: [String], _ member: MemberSchema?) throws(FlagError) -> [Double] {
        var values: [Double] = []
        for item in items {
            guard let x = Double(item), x.isFinite else {
                throw FlagError(message: (member.map { "--" + EstimatorCommand.commandName($0.name) } ?? "--weights") + " takes numbers; got '\(item)'")
            }
            values.append(x)
        }
        return values
    }

    private static func boolean(_ text: String, _ member: MemberSchema) throws(FlagError) -> Bool {
        switch text {
        case "true", "yes", "1": return true
        case "false", "no", "0": return false
        default: throw FlagError(message: "--\(EstimatorCommand.commandName(member.name)) is true or false; got '\(text)'")
        }
    }
}

extension JSONObject {
    /// `{key: value}`.
    static func single(_ key: String, _ value: JSONValue) -> JSONValue {
        .object(JSONObject([.init(key: key, value: value)]))
    }
}
