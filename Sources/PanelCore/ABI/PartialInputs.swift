/// The `pieces` of an `ols_partial` request (`PartialPieces.read`), by kind, each with its JSON location for errors.
struct PartialInputs {
    var factors: [(piece: TriangularPiece, place: String)] = []
    var scores: [ScoreSums] = []
    var unitLists: [(list: UnitList, place: String)] = []
    var unitChecks: [(check: UnitCheck, place: String)] = []
}
