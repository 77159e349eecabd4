/// A Stata `.dta` file (formats 113–115 and 117–119, written by Stata 8–18) as a table: numeric variables as
/// numeric columns with every missing code (`.`, `.a`…`.z`) missing; `str#` and `strL` variables as text columns
/// (an empty string missing); variables with value labels as the labels' texts (codes without a label as their
/// numbers) or, on request, as their codes; variable labels as the columns' labels. Every length and offset is
/// checked against the file, so a truncated or corrupt file is an `invalid_data` error, never a trap.
struct StataFile {
    /// One variable's description from the file's header.
    struct Variable {
        var name: String
        var type: StataType
        var label = ""
        var valueLabelName = ""
    }

    /// Where a strL's text is kept: its variable and observation numbers.
    struct StrLKey: Hashable {
        var variable: UInt64
        var observation: UInt64
    }

    var reader: ByteReader
    var release = 0
    var variables: [Variable] = []
    var observations = 0
    /// Where the first observation's values start.
    var dataOffset = 0
    var valueLabels: [String: StataValueLabels] = [:]
    var strLs: [StrLKey: String] = [:]

    init(_ bytes: [UInt8], at location: String) throws(PanelError) {
        reader = ByteReader(bytes, kind: "the .dta file", at: location)
        if reader.isAt("<stata_dta>") {
            try readModernFormat()
        } else {
            try readLegacyFormat()
        }
    }

    /// The error for a format release PanelCore does not read.
    func unsupportedRelease(_ text: String) -> PanelError {
        PanelError(.invalidData, "Stata .dta format \(text) is not read; PanelCore reads formats 113–115 and 117–119 (Stata 8–18): "
                   + "save it from a newer Stata, or with saveold, or export it to CSV", at: reader.location)
    }

    /// The variables' names, read as `count` fields of `width` bytes.
    mutating func readNames(_ count: Int, width: Int) throws(PanelError) -> [String] {
        var names: [String] = []
        for _ in 0..<count { names.append(StataText.decode(try reader.take(width))) }
        return names
    }

    /// The bytes of one observation, once `checkDataFits` has passed.
    var observationWidth: Int { variables.reduce(0) { $0 + $1.type.width } }

    /// The bytes of one observation, after checking that the observations' values fit in the file from `dataOffset`.
    func checkDataFits() throws(PanelError) -> Int {
        var width = 0
        for variable in variables {
            width += variable.type.width
            guard width <= reader.bytes.count else { throw reader.failure("observations wider than the file", at: dataOffset) }
        }
        let (size, overflow) = width.multipliedReportingOverflow(by: observations)
        guard !overflow else { throw reader.failure("\(observations) observations do not fit", at: dataOffset) }
        try reader.require(size, from: dataOffset)
        return width
    }
}
