/// Element-wise arithmetic on the per-observation vectors the repeated-cross-section cell estimators combine
/// (influence-function terms, weights, fitted values).
enum CrossSectionVectors {
    static func plus(_ a: [Double], _ b: [Double]) -> [Double] { zip(a, b).map { $0 + $1 } }
    static func minus(_ a: [Double], _ b: [Double]) -> [Double] { zip(a, b).map { $0 - $1 } }
    static func times(_ a: [Double], _ b: [Double]) -> [Double] { zip(a, b).map { $0 * $1 } }
    static func shifted(_ a: [Double], by c: Double) -> [Double] { a.map { $0 - c } }
    static func negated(_ a: [Double]) -> [Double] { a.map { -$0 } }
}
