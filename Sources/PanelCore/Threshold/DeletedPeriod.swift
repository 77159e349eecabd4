/// Which period of every unit is deleted after the within transformation: none (Stata `xthreg`, this library's
/// default) or the last, as Hansen's program for the 1999 paper does (its `tr`; Hansen 1999, §2: a unit's demeaned
/// errors sum to zero, so one of its periods is redundant). The deleted rows then leave the searches, the F tests,
/// the LR curves, the bootstrap and the regime regression (`HansenRegimeRegression`); σ̂² keeps the divisor
/// n(T − 1), the number of rows left.
public enum DeletedPeriod: String, Equatable, Sendable {
    case none
    case last
}
