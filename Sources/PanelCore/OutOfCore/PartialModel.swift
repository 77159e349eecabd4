/// The model an out-of-core fixed-effects regression fits piece by piece (`estimator: "ols_partial"`,
/// docs/abi/distributed.md): `y ~ x… | unit` or `y ~ x… | unit + effect`, where every partition holds whole units (their
/// effects are absorbed inside the partition) and the second effect is low-cardinality and enters as dummies of its
/// full level list (the first level the reference), so every partition builds the same columns. `digest` fingerprints
/// the model (not the data): pieces of another model are refused.
struct PartialModel {
    /// A level of the second effect: a number (by its bits, −0 as 0) or a text.
    enum Level: Hashable {
        case number(UInt64)
        case text(String)
    }

    let formula: Formula
    /// The first absorbed effect, whose levels each lie inside one partition.
    let unitName: String
    /// The second absorbed effect (nil for one-way) and its levels, reference first.
    let effectName: String?
    let effectLevels: [Level]
    let covariance: CovarianceChoice
    let digest: String

    /// The dummies of the second effect: one per level but the reference.
    var dummyCount: Int { max(0, effectLevels.count - 1) }

    /// The key of a numeric value as a level.
    static func numberLevel(_ value: Double) -> Level {
        .number((value == 0 ? 0.0 : value).bitPattern)
    }

    /// The fingerprint of a unit's id, the same in every partition: FNV-1a 64 of its kind and bits or text.
    static func unitHash(_ column: DataColumn, row: Int) -> UInt64 {
        var hash = FNV1a64()
        switch column.values {
        case .numeric(let values):
            hash.add("number")
            hash.add((values[row] == 0 ? 0.0 : values[row]).bitPattern)
        case .text(let values):
            hash.add("text")
            hash.add(values[row] ?? "")
        }
        return hash.value
    }
}
