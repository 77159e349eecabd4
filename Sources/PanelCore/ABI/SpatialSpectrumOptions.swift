/// The `"log_determinant"` and `"information"` options of `spatial_panel` (docs/abi/spatial.md).
struct SpatialSpectrumOptions {
    /// nil: `"auto"` (`LogDeterminantMethod.automatic(units:)`).
    var logDeterminant: LogDeterminantMethod?
    /// nil: the default — expected with eigenvalues, observed with Lanczos.
    var information: SpatialInformation?

    /// The defaults (no options).
    init() {}

    /// Reads `log_determinant` (`"auto"`, `"eigenvalues"`, `"lanczos"` or `{"method": "lanczos", "probes": 1…1000,
    /// "steps": 1…1000, "seed": 0…2⁵³}`) and `information` (`"expected"`, `"observed"`) of `options` at `place`; fails
    /// with `invalid_option` at the offending member.
    init(_ options: JSONObject, at place: String) throws(PanelError) {
        switch options["log_determinant"] {
        case nil, .string("auto")?: logDeterminant = nil
        case .string("eigenvalues")?: logDeterminant = .eigenvalues
        case .string("lanczos")?: logDeterminant = LogDeterminantMethod.defaultLanczos
        case .object(let object)?: logDeterminant = try Self.lanczos(object, at: place + "/log_determinant")
        default:
            throw PanelError(.invalidOption, "log_determinant is \"auto\", \"eigenvalues\", \"lanczos\" or {\"method\": \"lanczos\", \"probes\", \"steps\", \"seed\"}",
                             at: place + "/log_determinant")
        }
        if let name = try options.string("information", at: place) {
            guard let kind = SpatialInformation(rawValue: name) else {
                throw PanelError(.invalidOption, "information is \"expected\" or \"observed\"", at: place + "/information")
            }
            information = kind
        }
    }

    private static func lanczos(_ object: JSONObject, at place: String) throws(PanelError) -> LogDeterminantMethod {
        try object.requireOnly(["method", "probes", "steps", "seed"], at: place)
        guard try object.string("method", at: place) == "lanczos" else {
            throw PanelError(.invalidOption, "the object form of log_determinant needs \"method\": \"lanczos\"", at: place + "/method")
        }
        let probes = try whole(object, "probes", upTo: 1000, default: LogDeterminantMethod.defaultProbes, at: place)
        let steps = try whole(object, "steps", upTo: 1000, default: LogDeterminantMethod.defaultSteps, at: place)
        let seed = try ModelOptions(object.filtered(["seed"]), at: place).seed
        return .lanczos(probes: probes, steps: steps, seed: seed)
    }

    private static func whole(_ object: JSONObject, _ key: String, upTo limit: Int, default value: Int, at place: String) throws(PanelError) -> Int {
        guard let x = try object.number(key, at: place) else { return value }
        guard x >= 1, x <= Double(limit), x == x.rounded(.towardZero) else {
            throw PanelError(.invalidOption, "\(key) must be a whole number between 1 and \(limit)", at: place + "/" + key)
        }
        return Int(x)
    }
}
