import PanelCore

/// Decides whether a response of `PanelCoreABI.respond` keeps the ABI's promise: RFC 8259 JSON (read back with the
/// core's strict reader), no object with a member name twice, and the envelope `{"abi":1,"ok":true,…}` or
/// `{"abi":1,"ok":false,"error":{"code","message","where"}}` with string code, message and where. The fuzz
/// target and the replay tool trap on any problem it names.
enum ResponseCheck {
    /// What is wrong with `response`, or nil when it is well-formed. `request` is consulted only to tell a
    /// message that quotes the request's own text from one that prints a NaN.
    static func problem(in response: [UInt8], request: [UInt8]) -> String? {
        let value: JSONValue
        do {
            value = try JSONReader.parse(response)
        } catch {
            return "the response is not JSON: \(error.message) at \(error.location)"
        }
        if let duplicate = duplicateMember(in: value, at: "") { return "member named twice: \(duplicate)" }
        guard case .object(let envelope) = value else { return "the response is not an object" }
        let keys = envelope.keys
        guard keys.count >= 3, keys[0] == "abi", keys[1] == "ok", envelope["abi"] == .number(1) else {
            return "the envelope does not start with \"abi\":1,\"ok\": (keys \(keys))"
        }
        switch envelope["ok"] {
        case .bool(true)?:
            return nil
        case .bool(false)?:
            return errorProblem(envelope, request: request)
        default:
            return "\"ok\" is not a boolean"
        }
    }

    /// What is wrong with an error envelope: exactly `abi`, `ok`, `error`, the error exactly `code`, `message`,
    /// `where` (strings, code non-empty), and no `nan` printed in the message unless the request says `nan`.
    private static func errorProblem(_ envelope: JSONObject, request: [UInt8]) -> String? {
        guard envelope.keys == ["abi", "ok", "error"], case .object(let error)? = envelope["error"] else {
            return "the error envelope is not {abi, ok, error}"
        }
        guard error.keys == ["code", "message", "where"], case .string(let code)? = error["code"], !code.isEmpty,
              case .string(let message)? = error["message"], case .string(_)? = error["where"] else {
            return "the error is not {code, message, where} of strings"
        }
        if containsNaNWord(Array(message.utf8)) && !containsNaNWord(request) {
            return "the message prints a NaN: \(message)"
        }
        return nil
    }

    /// The path of the first object (depth first) that names a member twice, with the name, or nil.
    private static func duplicateMember(in value: JSONValue, at path: String) -> String? {
        switch value {
        case .object(let object):
            var seen = Set<String>()
            for member in object.members {
                if !seen.insert(member.key).inserted { return "\(path)/\(member.key)" }
                if let found = duplicateMember(in: member.value, at: "\(path)/\(member.key)") { return found }
            }
            return nil
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if let found = duplicateMember(in: element, at: "\(path)/\(index)") { return found }
            }
            return nil
        default:
            return nil
        }
    }

    /// Whether `bytes` hold "nan" (any case) not inside a longer word: "-nan" and "nan" count, "financial" not.
    private static func containsNaNWord(_ bytes: [UInt8]) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        guard bytes.count >= 3 else { return false }
        for start in 0...(bytes.count - 3) where (bytes[start] | 0x20) == 0x6E && (bytes[start + 1] | 0x20) == 0x61
            && (bytes[start + 2] | 0x20) == 0x6E {
            let before = start == 0 || !isLetter(bytes[start - 1])
            let after = start + 3 == bytes.count || !isLetter(bytes[start + 3])
            if before && after { return true }
        }
        return false
    }
}
