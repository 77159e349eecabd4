import Testing
@testable import PanelCore

/// Numbers in error messages (issue 17): the same text on every platform — a NaN variance printed `nan` natively
/// and `-nan` in wasm.
@Suite struct MessageNumberTests {
    @Test func nonFiniteNumbersHaveOneSpelling() {
        #expect(Double.nan.messageText == "not a number")
        #expect((-Double.nan).messageText == "not a number")
        #expect(Double.signalingNaN.messageText == "not a number")
        #expect(Double.infinity.messageText == "infinity")
        #expect((-Double.infinity).messageText == "-infinity")
    }

    @Test func finiteNumbersPrintAsInTheJSONResponse() {
        #expect(2001.0.messageText == "2001")
        #expect(0.25.messageText == "0.25")
        #expect((-1.1999999999999997).messageText == "-1.1999999999999997")
        #expect(1e-300.messageText == "1e-300")
        #expect(Double.leastNonzeroMagnitude.messageText == "5e-324")
    }

    /// OLS on a subnormal regressor: the coefficient variance is NaN, and the message says so in words (no
    /// `nan`, `-nan` or `NaN`: the fuzzers' response checks refuse any of them).
    @Test func nanVarianceMessageIsPlatformIndependent() {
        let x = (0..<12).map { Double($0 % 5) * 1e-310 }
        let y = (0..<12).map { Double($0) + Double($0 % 3) }
        let response = ABIClient.run(["abi": 1, "data": ["columns": ["x": x, "y": y]], "model": ["estimator": "ols", "formula": "y ~ x"]])
        let message = (response["error"] as? [String: Any])?["message"] as? String ?? ""
        #expect(ABIClient.errorCode(response) == "numerical_failure")
        #expect(message.contains("came out as not a number") || message.contains("came out as infinity"), "\(message)")
        #expect(!message.lowercased().contains("nan") && !message.contains("inf;"), "\(message)")
    }
}
