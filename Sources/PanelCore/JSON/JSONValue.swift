/// A JSON value (RFC 8259). Objects keep their members in document order (duplicates kept as given).
///
/// Numbers are IEEE binary64 values, as RFC 8259 §6 recommends for interoperability.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The number this value holds, or nil for any other kind of value.
    public var numberValue: Double? {
        if case .number(let x) = self { return x }
        return nil
    }
}

/// A JSON object: its members in document order, duplicate keys included as given.
public struct JSONObject: Equatable, Sendable {
    /// One `"key": value` pair of an object.
    public struct Member: Equatable, Sendable {
        public var key: String
        public var value: JSONValue

        /// A member with the given key and value.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in document (or insertion) order.
    public var members: [Member]

    /// An object with the given members, kept in the given order.
    public init(_ members: [Member] = []) {
        self.members = members
    }

    /// The value of the LAST member named `key` (so a duplicated key reads as its final occurrence, as in
    /// JavaScript's `JSON.parse`), or nil when no member has that key. Linear in the number of members.
    public subscript(key: String) -> JSONValue? {
        var index = members.count
        while index > 0 {
            index -= 1
            if members[index].key == key { return members[index].value }
        }
        return nil
    }

    /// Adds a member at the end, even when the key is already present.
    public mutating func append(_ key: String, _ value: JSONValue) {
        members.append(Member(key: key, value: value))
    }

    /// The member keys in order, duplicates included.
    public var keys: [String] {
        members.map { $0.key }
    }
}
