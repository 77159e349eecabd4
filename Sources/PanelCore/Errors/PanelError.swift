/// The one error PanelCore throws: a stable machine-readable code, a message for people,
/// and where in the input the problem is (a JSON pointer, a CSV line and column, a formula offset…).
///
/// Every failure in the core is a `PanelError` thrown with typed `throws(PanelError)`; the ABI turns it
/// into `{"ok": false, "error": {"code", "message", "where"}}`. The list of codes is part of ABI version 1
/// and documented in docs/ABI.md — add codes, never rename them.
public struct PanelError: Error, Equatable {
    /// Stable error codes of ABI version 1.
    public enum Code: String, Sendable {
        /// The request text is not valid JSON (RFC 8259); `where` gives line and column.
        case invalidJSON = "invalid_json"
        /// The CSV text cannot be read (RFC 4180); `where` gives line and column.
        case invalidCSV = "invalid_csv"
        /// The request asks for an ABI version this build does not speak.
        case unsupportedABI = "unsupported_abi"
        /// The request is valid JSON but does not have the documented shape.
        case invalidRequest = "invalid_request"
        /// A value in the data is unusable (non-finite, wrong type for its role, ragged columns).
        case invalidData = "invalid_data"
        /// A formula, option or step names a column the data does not have.
        case unknownColumn = "unknown_column"
        /// The model names an estimator this build does not have.
        case unknownEstimator = "unknown_estimator"
        /// The formula cannot be parsed; `where` gives the offending position.
        case badFormula = "bad_formula"
        /// An option has an unknown name or an out-of-range value.
        case invalidOption = "invalid_option"
        /// No observations remain after listwise deletion (or none were given).
        case noObservations = "no_observations"
        /// The design has no estimable column, or fewer observations than parameters.
        case singularDesign = "singular_design"
        /// A numerical routine could not produce a trustworthy answer (non-convergence, not positive definite).
        case numericalFailure = "numerical_failure"
        /// The input exceeds a documented size limit.
        case tooLarge = "too_large"
        /// The request's time budget (`options.max_seconds`, or the host's deadline) ran out; `where` is the model.
        case timeLimit = "time_limit"
    }

    public var code: Code
    public var message: String
    public var location: String

    public init(_ code: Code, _ message: String, at location: String = "") {
        self.code = code
        self.message = message
        self.location = location
    }
}
