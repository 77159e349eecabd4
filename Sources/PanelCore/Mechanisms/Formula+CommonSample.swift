extension Formula {
    /// The data columns the fixed-effect terms read (they take part in listwise deletion).
    var fixedEffectVariables: [String] {
        fixedEffects.flatMap { term in term.factors.flatMap { $0.variables } }
    }

    /// Fails with `bad_formula` when a regressor uses `l()`, `f()` or `d()`. Models estimated on a common sample cut
    /// out of the table (mediation, moderation, subgroups) would re-evaluate lags, leads and differences there with
    /// different gaps, so they take them as columns prepared in `steps` instead.
    func refuseTemporalTerms(at location: String) throws(PanelError) {
        func isTemporal(_ expression: FormulaExpression) -> Bool {
            guard case .call(let function, let arguments) = expression else { return false }
            return ExpressionEvaluator.temporal.contains(function) || arguments.contains { isTemporal($0.value) }
        }
        for term in regressors where term.factors.contains(where: isTemporal) {
            throw PanelError(.badFormula, "'\(term.label)': lags, leads and differences must be columns prepared in 'steps' here, not l()/f()/d() terms",
                             at: location)
        }
    }
}
