/// Numbers as the binary columns of `data` carry them (`{"float64": BASE64}`, `{"int32": BASE64}`: little-endian,
/// base64), bit for bit — the form of a shard's loops and of the pieces of an out-of-core regression.
enum BinaryColumnJSON {
    /// `{"float64": BASE64}` of `values`, infinities and NaNs included.
    static func float64(_ values: [Double]) -> JSONValue {
        let bits = values.map { $0.bitPattern.littleEndian }
        return .object(JSONObject([.init(key: "float64", value: .string(bits.withUnsafeBytes { Base64.encode($0) }))]))
    }

    /// `{"int32": BASE64}` of `values` (each within Int32's range).
    static func int32(_ values: [Int]) -> JSONValue {
        let words = values.map { Int32(truncatingIfNeeded: $0).littleEndian }
        return .object(JSONObject([.init(key: "int32", value: .string(words.withUnsafeBytes { Base64.encode($0) }))]))
    }

    /// `{ENCODING: BASE64}` in member `name` of `object`, decoded bit for bit; else an `invalid_request` error.
    static func read(_ object: JSONObject, _ name: String, encoding: (name: String, width: Int),
                     at location: String) throws(PanelError) -> [Double] {
        let place = location + "/" + name
        guard let column = try object.object(name, at: location), column.members.count == 1,
              case .string(let text)? = column[encoding.name] else {
            throw PanelError(.invalidRequest, "\(name) must be {\"\(encoding.name)\": BASE64}", at: place)
        }
        let decoded = Array(text.utf8).withUnsafeBufferPointer { BinaryColumn.decode($0, width: encoding.width, exact: true) }
        if let problem = decoded.problem {
            throw PanelError(.invalidRequest, problem.message, at: place + "/" + encoding.name)
        }
        return decoded.values
    }
}
