import Testing
@testable import PanelCore

/// The catalogue evaluates every name it lists (with arguments inside every domain) and rejects
/// unknown names and wrong arities.
@Suite struct FunctionCatalogueTests {
    @Test func everyListedNameEvaluates() {
        let arguments: [Double] = [0.3, 0.25, 0.75]
        #expect(FunctionCatalogue.names.count == Set(FunctionCatalogue.names).count)
        for name in FunctionCatalogue.names {
            let arity = FunctionCatalogue.arity(of: name)
            #expect(arity != nil, "\(name)")
            let value = FunctionCatalogue.evaluate(name, Array(arguments.prefix(arity ?? 0)))
            #expect(value != nil && value!.isFinite, "\(name) gave \(String(describing: value))")
        }
    }

    @Test func routesToTheCoreRoutines() {
        #expect(FunctionCatalogue.evaluate("t_cdf", [1.5, 7]) == StudentT(degreesOfFreedom: 7).cdf(1.5))
        #expect(FunctionCatalogue.evaluate("f_quantile", [0.95, 3, 20])
            == FisherF(numeratorDegrees: 3, denominatorDegrees: 20).quantile(0.95))
        #expect(FunctionCatalogue.evaluate("gamma_q", [2, 3]) == SpecialFunctions.regularizedGammaQ(a: 2, x: 3))
        #expect(FunctionCatalogue.evaluate("pow", [2, 10]) == 1024)
    }

    @Test func rejectsUnknownNamesAndWrongArity() {
        #expect(FunctionCatalogue.arity(of: "gamma") == nil)
        #expect(FunctionCatalogue.evaluate("gamma", [1]) == nil)
        #expect(FunctionCatalogue.evaluate("erf", []) == nil)
        #expect(FunctionCatalogue.evaluate("beta_i", [1, 2]) == nil)
    }
}
