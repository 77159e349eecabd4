import Testing
@testable import PanelCore

/// Residualisation on 1, 2 and 3 factors (balanced and unbalanced panels, an interacted factor), fixtures made by
/// references/fixedeffects/make_fe_fixtures.py (numpy least squares on explicit dummies, checked against pyfixest).
/// Tolerances: residualised columns 1e-9 of the column scale (max |entry|); slopes after absorption against least
/// squares with explicit dummy columns (HouseholderQR) 1e-10 relative, residuals 1e-10 of the response scale;
/// a column in the span of the dummies comes out below 1e-13 of its norm.
@Suite struct AbsorptionReferenceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        /// Each term is a factor or an interaction of fixture vectors.
        let terms: [[String]]
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "absorb_unbalanced_firm.txt", terms: [["firm"]]),
        Case(file: "absorb_balanced_firm_year.txt", terms: [["firm"], ["year"]]),
        Case(file: "absorb_unbalanced_firm_year.txt", terms: [["firm"], ["year"]]),
        Case(file: "absorb_unbalanced_firm_year_provinceXyear.txt", terms: [["firm"], ["year"], ["province", "year"]]),
    ] + (0..<6).map { Case(file: "absorb_stress_\($0).txt", terms: [["unit"], ["period"]]) }

    /// Any tolerance, however tight, must leave the column on the dummies' span: once the residual is at rounding
    /// level no step is taken (a step along rounding noise once moved unbalanced columns by 1%).
    @Test(arguments: (0..<6).map { "absorb_stress_\($0).txt" })
    func tightTolerancesNeverLeaveTheSpan(file: String) {
        let fixture = MatrixFixture.load("fixedeffects/" + file)
        let testCase = Case(file: file, terms: [["unit"], ["period"]])
        let data = fixture.matrix("data"), expected = fixture.matrix("residualised")
        for tolerance in [1e-8, 1e-12, 1e-14, 1e-16] {
            let result = FixedEffectsAbsorber(factors: Self.factors(testCase, fixture), tolerance: tolerance).absorb(data)
            #expect(result.converged)
            for j in 0..<data.columns {
                let scale = data.column(j).reduce(0.0) { max($0, abs($1)) }
                #expect(FixedEffectsFixtureSupport.agree(result.residualised.column(j), expected.column(j), tolerance: 1e-11, scale: scale),
                        "column \(j), tolerance \(tolerance)")
            }
        }
    }

    static func factors(_ testCase: Case, _ fixture: MatrixFixture) -> [FixedEffectFactor] {
        testCase.terms.map { term in
            let parts = term.map { FixedEffectsFixtureSupport.factor($0, fixture.vector($0)) }
            return parts.dropFirst().reduce(parts[0]) { FixedEffectFactor.interaction($0, $1) }
        }
    }

    @Test(arguments: cases)
    func residualisedColumnsMatchDummyLeastSquares(testCase: Case) {
        let fixture = MatrixFixture.load("fixedeffects/" + testCase.file)
        let data = fixture.matrix("data"), expected = fixture.matrix("residualised")
        let result = FixedEffectsAbsorber(factors: Self.factors(testCase, fixture)).absorb(data)
        #expect(result.converged)
        for j in 0..<data.columns {
            let scale = data.column(j).reduce(0.0) { max($0, abs($1)) }
            #expect(FixedEffectsFixtureSupport.agree(result.residualised.column(j), expected.column(j),
                                                     tolerance: 1e-9, scale: scale), "column \(j)")
        }
    }

    @Test(arguments: cases)
    func slopesAndResidualsEqualExplicitDummyRegression(testCase: Case) {
        let fixture = MatrixFixture.load("fixedeffects/" + testCase.file)
        let data = fixture.matrix("data")
        let factors = Self.factors(testCase, fixture)
        let absorbed = FixedEffectsAbsorber(factors: factors).absorb(data).residualised
        let within = Matrix(columnVectors: [absorbed.column(1), absorbed.column(2)])
        let withinQR = HouseholderQR(within, pivoting: .none)
        let slopes = withinQR.solveLeastSquares(absorbed.column(0))
        let residuals = withinQR.residuals(absorbed.column(0))

        let dummies = factors.flatMap { FixedEffectsFixtureSupport.dummyColumns($0) }
        let explicit = Matrix(columnVectors: [data.column(1), data.column(2)] + dummies)
        let explicitQR = HouseholderQR(explicit, pivoting: .deficientLast(tolerance: 1e-9))
        #expect(explicitQR.keptColumns.prefix(2) == [0, 1])
        let explicitSlopes = explicitQR.solveLeastSquares(data.column(0))
        for j in 0..<2 {
            #expect(abs(slopes[j] - explicitSlopes[j]) <= 1e-10 * abs(explicitSlopes[j]), "slope \(j)")
        }
        let scale = data.column(0).reduce(0.0) { max($0, abs($1)) }
        #expect(FixedEffectsFixtureSupport.agree(residuals, explicitQR.residuals(data.column(0)),
                                                 tolerance: 1e-10, scale: scale))
    }

    @Test(arguments: cases)
    func columnInTheDummySpanComesOutZero(testCase: Case) {
        let fixture = MatrixFixture.load("fixedeffects/" + testCase.file)
        let factors = Self.factors(testCase, fixture)
        var column = [Double](repeating: 0, count: factors[0].observationCount)
        for (k, factor) in factors.enumerated() {
            for i in column.indices { column[i] += Double((factor.levelOf[i] * 7919 + k * 104_729) % 1000) / 37 - 11 }
        }
        let outcome = FixedEffectsAbsorber(factors: factors).absorb(column)
        let norm = column.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let residualNorm = outcome.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(outcome.converged)
        #expect(residualNorm <= 1e-13 * norm, "\(residualNorm / norm) after \(outcome.iterations) iterations")
    }

    /// 4,000 firms × 8 years, 80 % of firm-years kept (Xoshiro256** seed 7): year levels of ~3,200 observations test
    /// the compensated level sums and the restart from the true residual.
    @Test func columnInTheSpanOfALargerPanelComesOutZero() {
        var random = Xoshiro256StarStar(seed: 7)
        var firmOf: [Int] = [], yearOf: [Int] = []
        for firm in 0..<4000 {
            for year in 0..<8 where random.nextUniform() < 0.8 {
                firmOf.append(firm)
                yearOf.append(year)
            }
        }
        let firmEffect = (0..<4000).map { _ in random.nextNormal() * 3 }, yearEffect = (0..<8).map { _ in random.nextNormal() }
        let column = zip(firmOf, yearOf).map { firmEffect[$0] + yearEffect[$1] + 5 }
        let factors = [FixedEffectFactor(name: "firm", levelOf: firmOf, levelCount: 4000),
                       FixedEffectFactor(name: "year", levelOf: yearOf, levelCount: 8)]
        let outcome = FixedEffectsAbsorber(factors: factors).absorb(column)
        let norm = column.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let residualNorm = outcome.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(outcome.converged)
        #expect(residualNorm <= 1e-13 * norm, "\(residualNorm / norm) after \(outcome.iterations) iterations")
    }

    @Test func withoutFactorsTheColumnIsUnchanged() {
        let outcome = FixedEffectsAbsorber(factors: []).absorb([1, 2, 3])
        #expect(outcome.values == [1, 2, 3] && outcome.iterations == 0 && outcome.converged)
    }

    @Test func nonFiniteColumnIsReportedAsNotConverged() {
        let firm = FixedEffectFactor(name: "firm", levelOf: [0, 0, 1, 1], levelCount: 2)
        let year = FixedEffectFactor(name: "year", levelOf: [0, 1, 0, 1], levelCount: 2)
        #expect(!FixedEffectsAbsorber(factors: [firm, year]).absorb([1, .nan, 2, 3]).converged)
    }

    @Test func iterationLimitIsReportedNotThrown() {
        let fixture = MatrixFixture.load("fixedeffects/absorb_unbalanced_firm_year.txt")
        let factors = Self.factors(Self.cases[2], fixture)
        let outcome = FixedEffectsAbsorber(factors: factors, tolerance: 1e-15, maximumIterations: 1).absorb(fixture.matrix("data"))
        #expect(!outcome.converged)
        #expect(outcome.iterations == [1, 1, 1])
    }
}
