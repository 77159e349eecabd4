/// One member of a model object or of its `options`, as the request language defines it: name, value type,
/// whether it is required, default, allowed values or range, one-line help, the formula role it plays, and — for
/// the spellings ABI 1 keeps for compatibility — the form that replaces it. Requests are checked against these
/// definitions (`EstimatorSchema.check`), `{"estimator": "schema"}` exports them, and the CLI builds its flags
/// from them.
public struct MemberSchema: Equatable, Sendable {
    /// The JSON shape a member takes.
    public enum ValueType: String, Sendable {
        case string, number, integer, boolean, object
        /// An array of any values (e.g. rows of arguments).
        case array
        /// An array of strings.
        case strings
        /// An array of numbers.
        case numbers
        /// A string or an array of strings (e.g. one cluster column or two).
        case stringOrStrings = "string_or_strings"
        /// A string or an object (e.g. `vcov`: `"hc1"` or `{"cluster": "city"}`).
        case stringOrObject = "string_or_object"
        /// A number or a string (e.g. `grid`: a count or `"all"`).
        case numberOrString = "number_or_string"
        /// A number or an array of numbers.
        case numberOrNumbers = "number_or_numbers"
        /// A boolean or a string.
        case booleanOrString = "boolean_or_string"
        /// A number, a string, an object or an array of numbers (e.g. the threshold `grid`: a count, `"all"`,
        /// `{"quantiles": G, "over": "distinct"}` or candidate values).
        case numberStringObjectOrNumbers = "number_string_object_or_numbers"
    }

    public let name: String
    public let type: ValueType
    public let required: Bool
    /// The value used when the member is absent (nil: absent means "not used").
    public let defaultValue: JSONValue?
    /// The only values a string (or each string of an array) may take; empty for any.
    public let allowed: [String]
    public let minimum: Double?
    public let maximum: Double?
    public let help: String
    /// For members that are a column role or a formula part: which (`response`, `treatment`, `fixed_effects`…).
    public let role: String?
    /// For a spelling kept for compatibility: the form that replaces it (the deprecation warning names it).
    public let replacement: String?

    public init(_ name: String, _ type: ValueType, required: Bool = false, default defaultValue: JSONValue? = nil,
                allowed: [String] = [], minimum: Double? = nil, maximum: Double? = nil, role: String? = nil,
                replacement: String? = nil, _ help: String) {
        self.name = name
        self.type = type
        self.required = required
        self.defaultValue = defaultValue
        self.allowed = allowed
        self.minimum = minimum
        self.maximum = maximum
        self.help = help
        self.role = role
        self.replacement = replacement
    }

    /// Whether this member is a deprecated spelling.
    public var isDeprecated: Bool { replacement != nil }
}
