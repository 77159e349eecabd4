/// The fingerprint a shard carries (docs/ABI.md, "Sharded replications"): FNV-1a 64 (`FNV1a64`) of the data the
/// model sees (after the steps: each column's name, kind and values, numbers by their bits with every NaN alike),
/// the panel's id and time columns, and the model object in canonical form — members sorted by name, the last of
/// duplicates, numbers by their bits — without `options.replications_range` and `options.max_seconds`. Shards of the
/// same request have the same digest; shards of another request (other data, model, seed) almost surely not.
enum RequestDigest {
    static func of(table: DataTable?, panel: PanelIndex?, model: JSONObject) -> String {
        var hash = FNV1a64()
        if let table {
            hash.add(UInt64(table.columns.count))
            for column in table.columns { add(column, to: &hash) }
        } else {
            hash.add("no data")
        }
        if let panel {
            hash.add(panel.idName)
            hash.add(panel.timeName)
        } else {
            hash.add("no panel")
        }
        add(.object(model), to: &hash)
        return hash.hexadecimal
    }

    private static func add(_ column: DataColumn, to hash: inout FNV1a64) {
        hash.add(column.name)
        switch column.values {
        case .numeric(let values):
            hash.add("numeric")
            hash.add(UInt64(values.count))
            for value in values { hash.add(value.isNaN ? Double.nan.bitPattern : value.bitPattern) }
        case .text(let values):
            hash.add("text")
            hash.add(UInt64(values.count))
            for value in values {
                if let value { hash.add(value) } else { hash.add(UInt64.max) }
            }
        }
    }

    /// `value` with a tag for its kind, objects' members sorted by name (each name once, with its last value).
    private static func add(_ value: JSONValue, to hash: inout FNV1a64) {
        switch value {
        case .null:
            hash.add(byte: 0)
        case .bool(let flag):
            hash.add(byte: flag ? 2 : 1)
        case .number(let number):
            hash.add(byte: 3)
            hash.add(number.bitPattern)
        case .string(let text):
            hash.add(byte: 4)
            hash.add(text)
        case .array(let items):
            hash.add(byte: 5)
            hash.add(UInt64(items.count))
            for item in items { add(item, to: &hash) }
        case .object(let object):
            hash.add(byte: 6)
            let names = Set(object.keys).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            hash.add(UInt64(names.count))
            for name in names {
                hash.add(name)
                if let member = object[name] { add(member, to: &hash) }
            }
        }
    }
}
