/// The JSON-in / JSON-out entry point every host calls: request bytes (UTF-8 JSON, ABI version 1)
/// in, response bytes out. It never traps on any input; failures come back as an error response.
public enum PanelCoreABI {
    /// The ABI version this build speaks (`"abi": 1`).
    public static let version = 1

    /// Answers one request. The same bytes in give the same bytes out on every platform.
    public static func respond(to request: [UInt8]) -> [UInt8] {
        // Skeleton: replaced by the request dispatcher.
        Array("{\"abi\":1,\"ok\":false,\"error\":{\"code\":\"unknown_estimator\",\"message\":\"not yet implemented\",\"where\":\"\"}}".utf8)
    }
}
