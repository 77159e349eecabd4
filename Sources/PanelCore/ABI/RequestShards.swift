/// The request's top-level `shards` (docs/ABI.md, "Sharded replications") and which of them the models have
/// combined. Beside one `model`, every shard is that model's; beside `models` or a `study`, each model combines the
/// shards carrying its digest (a model none carries runs its loops itself), and once every model has run a shard that
/// no model took is an error. Shared by the copies of the request a study makes, so a model that appears in two
/// sections takes the same shards twice.
final class RequestShards {
    /// The shards' JSON, in request order.
    let values: [JSONValue]
    /// Whether the request has one `model` (every shard must then be its).
    let isSingle: Bool
    private var taken: [Bool]

    init(_ values: [JSONValue], isSingle: Bool) {
        self.values = values
        self.isSingle = isSingle
        taken = Array(repeating: false, count: values.count)
    }

    /// The shards (with their index in `shards`) of the model with `digest`: all of them for a lone model, else those
    /// carrying that digest; they count as taken.
    func shards(for digest: String) -> [(index: Int, value: JSONValue)] {
        let chosen = values.indices.filter { isSingle || Self.digest(of: values[$0]) == digest }
        for index in chosen { taken[index] = true }
        return chosen.map { ($0, values[$0]) }
    }

    /// Fails at the first shard no model took.
    func checkAllTaken() throws(PanelError) {
        guard let index = taken.firstIndex(of: false) else { return }
        guard let digest = Self.digest(of: values[index]) else {
            throw PanelError(.invalidRequest, "each shard must be an object with a 'digest': the 'result' of a response to a request with replications_range",
                             at: "/shards/\(index)")
        }
        throw PanelError(.invalidRequest, "the shard's digest \(digest) is no model's of this request: its data, panel, steps or model differ",
                         at: "/shards/\(index)/digest")
    }

    private static func digest(of shard: JSONValue) -> String? {
        guard case .object(let object) = shard, case .string(let digest)? = object["digest"] else { return nil }
        return digest
    }
}
