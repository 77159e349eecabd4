import Testing
@testable import PanelCore

@Suite struct FormulaParserTests {
    func labels(_ source: String) throws -> [String] {
        try FormulaParser.parse(source, at: "/f").regressors.map { $0.label }
    }

    @Test func simpleSumWithFunctionsAndInteractions() throws {
        let f = try FormulaParser.parse("y ~ x1 + x2 + x1:x2 + log(x3) + log1p(x4)", at: "/f")
        #expect(f.response == .variable("y"))
        #expect(f.regressors.map { $0.label } == ["x1", "x2", "x1:x2", "log(x3)", "log1p(x4)"])
        #expect(f.hasIntercept)
        #expect(f.fixedEffects.isEmpty && f.endogenous.isEmpty)
    }

    @Test func starExpandsInROrder() throws {
        #expect(try labels("y ~ a*b*c") == ["a", "b", "c", "a:b", "a:c", "b:c", "a:b:c"])
        #expect(try labels("y ~ a*b + a") == ["a", "b", "a:b"])
    }

    /// Issue 17: `x:x` meant x² and `x*x` meant x + x²; R's `terms()` and fixest read both as `x`, and `b:a` after
    /// `a:b` as the same term.
    @Test func aFactorGivenTwiceInATermCountsOnce() throws {
        #expect(try labels("y ~ x:x") == ["x"])
        #expect(try labels("y ~ x*x") == ["x"])
        #expect(try labels("y ~ a*b*a") == ["a", "b", "a:b"])
        #expect(try labels("y ~ a:b:a + log(x):log(x)") == ["a:b", "log(x)"])
        #expect(try labels("y ~ a:b + b:a + b") == ["a:b", "b"])
        #expect(try labels("y ~ x:log(x)") == ["x:log(x)"])
        #expect(try FormulaParser.parse("y ~ x | city^city", at: "/f").fixedEffects.map { $0.label } == ["city"])
    }

    @Test func interceptRemoval() throws {
        #expect(try FormulaParser.parse("y ~ x - 1", at: "/f").hasIntercept == false)
        #expect(try FormulaParser.parse("y ~ 0 + x", at: "/f").hasIntercept == false)
        #expect(try FormulaParser.parse("y ~ -1 + x", at: "/f").hasIntercept == false)
        #expect(try FormulaParser.parse("y ~ 1 + x", at: "/f").hasIntercept)
    }

    @Test func fixedEffectAndInstrumentParts() throws {
        let f = try FormulaParser.parse("y ~ x | city + province^year | DF ~ z1 + z2", at: "/f")
        #expect(f.fixedEffects.map { $0.label } == ["city", "province:year"])
        #expect(f.endogenous.map { $0.label } == ["DF"])
        #expect(f.instruments.map { $0.label } == ["z1", "z2"])
        let iv = try FormulaParser.parse("y ~ x | DF ~ z", at: "/f")
        #expect(iv.fixedEffects.isEmpty && iv.instruments.map { $0.label } == ["z"])
    }

    @Test func namedArgumentsNonAsciiAndBackquotedNames() throws {
        #expect(try labels("y ~ i(year, ref=2013)") == ["i(year, ref=2013)"])
        #expect(try labels("新质生产力 ~ 数字金融 + `odd name`") == ["数字金融", "odd name"])
    }

    @Test(arguments: [
        ("y ~", "/f: column 4"),
        ("y x", "/f: column 3"),
        ("y ~ x +", "/f: column 8"),
        ("y ~ x $ z", "/f: column 7"),
        ("y ~ log(x", "/f: column 10"),
        ("y ~ x - z", "/f: column 9"),
        ("y ~ x | a | b", "/f: column 11"),
        ("y ~ `x", "/f: column 5"),
    ])
    func errorsNameTheColumn(source: String, location: String) {
        do {
            _ = try FormulaParser.parse(source, at: "/f")
            Issue.record("'\(source)' should not parse")
        } catch {
            #expect(error.code == .badFormula)
            #expect(error.location == location)
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let source = "y ~ " + String(repeating: "log(", count: 5000) + "x" + String(repeating: ")", count: 5000)
        #expect(throws: PanelError.self) { try FormulaParser.parse(source, at: "/f") }
    }
}
