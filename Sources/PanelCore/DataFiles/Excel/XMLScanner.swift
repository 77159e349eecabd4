/// The minimal XML reading a workbook needs: start tags with their attributes (namespace prefixes dropped from
/// element names), end tags and character data with the five predefined entities and character references decoded;
/// the XML declaration, processing instructions, comments and a document type are skipped, CDATA is text. Not a
/// validating parser: it reads well-formed documents, and malformed markup is an error, never a trap.
struct XMLScanner {
    /// One piece of a document.
    enum Event {
        case start(name: String, attributes: [(name: String, value: String)], isEmpty: Bool)
        case end(name: String)
        case text(String)
    }

    private let bytes: [UInt8]
    private var position = 0
    /// The part being read, for messages ("xl/workbook.xml").
    private let part: String
    private let location: String

    init(_ bytes: [UInt8], part: String, at location: String) {
        self.bytes = bytes
        self.part = part
        self.location = location
    }

    private func failure(_ message: String) -> PanelError {
        PanelError(.invalidData, "the workbook's \(part) is not well-formed XML: \(message) at byte offset \(position)", at: location)
    }

    /// The next event, nil at the end of the document.
    mutating func next() throws(PanelError) -> Event? {
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else {
                let end = bytes[position...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                let text = try decodeEntities(bytes[position..<end])
                position = end
                return .text(text)
            }
            if startsWith("<![CDATA[") {
                let end = try find("]]>", from: position + 9)
                defer { position = end + 3 }
                return .text(String(decoding: bytes[(position + 9)..<end], as: UTF8.self))
            }
            if startsWith("<!--") { position = try find("-->", from: position + 4) + 3; continue }
            if startsWith("<?") { position = try find("?>", from: position + 2) + 2; continue }
            if startsWith("<!") { position = try find(">", from: position + 2) + 1; continue }
            if startsWith("</") {
                let end = try find(">", from: position + 2)
                defer { position = end + 1 }
                return .end(name: localName(trimmed(bytes[(position + 2)..<end])))
            }
            return try startTag()
        }
        return nil
    }

    /// The text up to the end of the element just started (its character data, nested markup left out).
    mutating func text(until elementName: String) throws(PanelError) -> String {
        var text = ""
        var depth = 0
        while let event = try next() {
            switch event {
            case .text(let piece): if depth == 0 { text += piece }
            case .start(_, _, let isEmpty): if !isEmpty { depth += 1 }
            case .end(let name):
                if depth == 0 && name == elementName { return text }
                depth -= 1
            }
        }
        throw failure("'\(elementName)' not closed")
    }

    private mutating func startTag() throws(PanelError) -> Event {
        let end = try find(">", from: position + 1)
        var inner = position + 1
        var close = end
        let isEmpty = bytes[end - 1] == UInt8(ascii: "/")
        if isEmpty { close -= 1 }
        var nameEnd = inner
        while nameEnd < close, !isSpace(bytes[nameEnd]) { nameEnd += 1 }
        let name = localName(String(decoding: bytes[inner..<nameEnd], as: UTF8.self))
        inner = nameEnd
        var attributes: [(name: String, value: String)] = []
        while true {
            while inner < close, isSpace(bytes[inner]) { inner += 1 }
            guard inner < close else { break }
            guard let equals = bytes[inner..<close].firstIndex(of: UInt8(ascii: "=")), equals + 1 < close else { throw failure("an attribute without a value") }
            let attributeName = trimmed(bytes[inner..<equals])
            let quote = bytes[equals + 1]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"),
                  let valueEnd = bytes[(equals + 2)..<close].firstIndex(of: quote) else { throw failure("an unquoted attribute value") }
            attributes.append((attributeName, try decodeEntities(bytes[(equals + 2)..<valueEnd])))
            inner = valueEnd + 1
        }
        position = end + 1
        return .start(name: name, attributes: attributes, isEmpty: isEmpty)
    }

    /// Character data with `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;`, `&#N;` and `&#xH;` replaced.
    private func decodeEntities(_ raw: ArraySlice<UInt8>) throws(PanelError) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            guard raw[index] == UInt8(ascii: "&") else { output.append(raw[index]); index += 1; continue }
            guard let semicolon = raw[index...].firstIndex(of: UInt8(ascii: ";")) else { throw failure("an unterminated entity") }
            let entity = String(decoding: raw[(index + 1)..<semicolon], as: UTF8.self)
            switch entity {
            case "lt": output.append(UInt8(ascii: "<"))
            case "gt": output.append(UInt8(ascii: ">"))
            case "amp": output.append(UInt8(ascii: "&"))
            case "quot": output.append(UInt8(ascii: "\""))
            case "apos": output.append(UInt8(ascii: "'"))
            default:
                var digits = Substring(entity)
                guard digits.first == "#" else { throw failure("the unknown entity '&\(entity);'") }
                digits.removeFirst()
                let isHex = digits.first == "x"
                if isHex { digits.removeFirst() }
                guard let value = UInt32(digits, radix: isHex ? 16 : 10), value <= 0x10FFFF, value < 0xD800 || value > 0xDFFF, value > 0 else {
                    throw failure("the character reference '&\(entity);'")
                }
                UTF8Validation.append(scalar: value, to: &output)
            }
            index = semicolon + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private func startsWith(_ text: String) -> Bool {
        let pattern = Array(text.utf8)
        return bytes.count - position >= pattern.count && bytes[position..<(position + pattern.count)].elementsEqual(pattern)
    }

    private func find(_ text: String, from start: Int) throws(PanelError) -> Int {
        let pattern = Array(text.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        throw failure("'\(text)' expected")
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private func trimmed(_ raw: ArraySlice<UInt8>) -> String {
        String(decoding: raw.drop(while: isSpace).reversed().drop(while: isSpace).reversed(), as: UTF8.self)
    }

    /// The name without its namespace prefix (`x:row` → `row`).
    private func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
