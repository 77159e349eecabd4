/// JSON serialisation of `JSONValue`s, the byte format of every PanelCore response (ABI version 1).
///
/// The writer is iterative, so its stack use does not grow with the nesting depth of the value.
public enum JSONWriter {
    /// Compact serialisation: no spaces, members in stored order, strings escaped minimally (`"`, `\`, and
    /// control characters as `\b \f \n \r \t` or `\u00xx` with lower-case hex; everything else, including
    /// non-ASCII, as raw UTF-8), numbers as `formatNumber`.
    public static func serialize(_ value: JSONValue) -> [UInt8] {
        var writer = JSONTextBuilder(indent: nil)
        writer.write(value)
        return writer.output
    }

    /// Human-readable serialisation with `indent` spaces per level (for the CLI's `--format json`): one element
    /// or member per line, `": "` after keys, empty containers as `[]` / `{}`, no final line break.
    /// Strings and numbers are written as in the compact form.
    public static func serialize(_ value: JSONValue, indent: Int) -> [UInt8] {
        precondition(indent >= 0, "indent must not be negative")
        var writer = JSONTextBuilder(indent: indent)
        writer.write(value)
        return writer.output
    }

    /// Number formatting, part of the ABI: integral values with |x| < 2^53 print as integers ("495", "-3");
    /// other finite values print as Swift's shortest round-trip `description` ("0.1", "1e-05", "1.5e+300");
    /// negative zero prints "-0.0"; non-finite values print `null` (estimators must not produce them —
    /// backstop only). Every finite output reads back to the same bits through `JSONReader`.
    public static func formatNumber(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == 0 && x.sign == .minus { return "-0.0" }
        if x.magnitude < 9_007_199_254_740_992.0 {
            let integer = Int64(x)
            if Double(integer) == x { return String(integer) }
        }
        return x.description
    }
}

/// Accumulates the bytes of one serialisation; `indent == nil` means compact.
private struct JSONTextBuilder {
    /// The children of a container being written, and how many are already out.
    private enum Children {
        case elements([JSONValue])
        case members([JSONObject.Member])
    }

    private struct OpenContainer {
        var children: Children
        var written: Int
    }

    let indent: Int?
    private(set) var output: [UInt8] = []
    private var open: [OpenContainer] = []

    init(indent: Int?) {
        self.indent = indent
    }

    /// Appends `value`, walking nested containers with an explicit stack.
    mutating func write(_ value: JSONValue) {
        writeStart(of: value)
        while let container = open.last {
            let count: Int
            switch container.children {
            case .elements(let elements): count = elements.count
            case .members(let members): count = members.count
            }
            if container.written == count {
                open.removeLast()
                breakLine()
                if case .elements = container.children {
                    output.append(UInt8(ascii: "]"))
                } else {
                    output.append(UInt8(ascii: "}"))
                }
                continue
            }
            if container.written > 0 { output.append(UInt8(ascii: ",")) }
            breakLine()
            open[open.count - 1].written += 1
            switch container.children {
            case .elements(let elements):
                writeStart(of: elements[container.written])
            case .members(let members):
                let member = members[container.written]
                writeString(member.key)
                output.append(UInt8(ascii: ":"))
                if indent != nil { output.append(UInt8(ascii: " ")) }
                writeStart(of: member.value)
            }
        }
    }

    /// Writes a scalar or empty container whole; opens a non-empty container (its children follow in `write`).
    private mutating func writeStart(of value: JSONValue) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let x): output.append(contentsOf: JSONWriter.formatNumber(x).utf8)
        case .string(let text): writeString(text)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            if elements.isEmpty {
                output.append(UInt8(ascii: "]"))
            } else {
                open.append(OpenContainer(children: .elements(elements), written: 0))
            }
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            if object.members.isEmpty {
                output.append(UInt8(ascii: "}"))
            } else {
                open.append(OpenContainer(children: .members(object.members), written: 0))
            }
        }
    }

    /// In the indented form, a line break and the indentation of the current depth; nothing when compact.
    private mutating func breakLine() {
        guard let indent else { return }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * open.count))
    }

    /// Writes `text` in double quotes with the minimal escapes.
    private mutating func writeString(_ text: String) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\")); output.append(byte)
            case 0x08: output.append(contentsOf: "\\b".utf8)
            case 0x0C: output.append(contentsOf: "\\f".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0x00..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                output.append(contentsOf: "\\u00".utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
