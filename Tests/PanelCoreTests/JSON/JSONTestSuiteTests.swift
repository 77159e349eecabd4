import Testing
@testable import PanelCore

/// JSONTestSuite (nst/JSONTestSuite, MIT; copied in Fixtures/json-test-suite): every `y_` text accepted,
/// every `n_` text rejected with `.invalidJSON`, every `i_` text as decided in docs/json-implementation-defined.md.
@Suite struct JSONTestSuiteTests {
    static let paths = Fixtures.files(in: "json-test-suite").filter { $0.hasSuffix(".json") }

    static func paths(prefix: String) -> [String] {
        paths.filter { TextFormatTestSupport.fileName($0).hasPrefix(prefix) }
    }

    /// Our decisions for the implementation-defined `i_` files: true = accepted, false = `.invalidJSON`.
    /// Keep in step with docs/json-implementation-defined.md.
    static let implementationDefined: [String: Bool] = [
        "i_number_double_huge_neg_exp.json": true,      // underflows to 0
        "i_number_huge_exp.json": false,                // overflows: number out of range
        "i_number_neg_int_huge_exp.json": false,        // overflows
        "i_number_pos_double_huge_exp.json": false,     // overflows
        "i_number_real_neg_overflow.json": false,       // overflows
        "i_number_real_pos_overflow.json": false,       // overflows
        "i_number_real_underflow.json": true,           // underflows to 0
        "i_number_too_big_neg_int.json": true,          // rounded to the nearest double
        "i_number_too_big_pos_int.json": true,          // rounded to the nearest double
        "i_number_very_big_negative_int.json": true,    // rounded to the nearest double
        "i_object_key_lone_2nd_surrogate.json": false,  // lone surrogate escape
        "i_string_1st_surrogate_but_2nd_missing.json": false,
        "i_string_1st_valid_surrogate_2nd_invalid.json": false,
        "i_string_UTF-16LE_with_BOM.json": false,       // not UTF-8
        "i_string_UTF-8_invalid_sequence.json": false,  // malformed UTF-8
        "i_string_UTF8_surrogate_U+D800.json": false,   // encoded surrogate is malformed UTF-8
        "i_string_incomplete_surrogate_and_escape_valid.json": false,
        "i_string_incomplete_surrogate_pair.json": false,
        "i_string_incomplete_surrogates_escape_valid.json": false,
        "i_string_invalid_lonely_surrogate.json": false,
        "i_string_invalid_surrogate.json": false,
        "i_string_invalid_utf-8.json": false,
        "i_string_inverted_surrogates_U+1D11E.json": false,
        "i_string_iso_latin_1.json": false,
        "i_string_lone_second_surrogate.json": false,
        "i_string_lone_utf8_continuation_byte.json": false,
        "i_string_not_in_unicode_range.json": false,
        "i_string_overlong_sequence_2_bytes.json": false,
        "i_string_overlong_sequence_6_bytes.json": false,
        "i_string_overlong_sequence_6_bytes_null.json": false,
        "i_string_truncated-utf-8.json": false,
        "i_string_utf16BE_no_BOM.json": false,
        "i_string_utf16LE_no_BOM.json": false,
        "i_structure_500_nested_arrays.json": true,     // within maximumDepth (512)
        "i_structure_UTF-8_BOM_empty_object.json": true,  // a leading UTF-8 BOM is skipped
    ]

    static func outcome(of path: String) -> PanelError? {
        TextFormatTestSupport.jsonError(TextFormatTestSupport.bytes(atPath: path))
    }

    @Test func corpusIsComplete() {
        #expect(Self.paths(prefix: "y_").count == 95)
        #expect(Self.paths(prefix: "n_").count == 188)
        #expect(Set(Self.paths(prefix: "i_").map(TextFormatTestSupport.fileName)) == Set(Self.implementationDefined.keys))
    }

    @Test(arguments: paths(prefix: "y_")) func acceptsMustAccept(path: String) {
        #expect(Self.outcome(of: path) == nil, "\(TextFormatTestSupport.fileName(path))")
    }

    @Test(arguments: paths(prefix: "n_")) func rejectsMustReject(path: String) {
        #expect(Self.outcome(of: path)?.code == .invalidJSON, "\(TextFormatTestSupport.fileName(path))")
    }

    @Test(arguments: paths(prefix: "i_")) func implementationDefinedAsDocumented(path: String) throws {
        let name = TextFormatTestSupport.fileName(path)
        let accepted: Bool = try #require(Self.implementationDefined[name] as Bool?)
        let error = Self.outcome(of: path)
        if accepted {
            #expect(error == nil, "\(name)")
        } else {
            #expect(error?.code == .invalidJSON, "\(name)")
        }
    }

    @Test func hundredThousandOpeningArraysAreTooDeep() {
        let path = Fixtures.directory + "/json-test-suite/n_structure_100000_opening_arrays.json"
        let error = Self.outcome(of: path)
        #expect(error?.code == .invalidJSON)
        #expect(error?.message == "nesting deeper than 512")
        #expect(error?.location == "line 1, column 513")
    }
}
