/// The file formats a data file may be in, told by its first bytes (magic numbers), not by a file name: Stata `.dta`
/// (format 117 and later start with `<stata_dta>`; 113–115 with the format byte 0x71–0x73, a byte order of 1 or 2
/// and the file type 1), Excel `.xlsx` (a zip archive, `PK\u{3}\u{4}`), and otherwise CSV text. Formats recognised
/// but not read (Parquet, SPSS, legacy Excel `.xls`, gzip) are `invalid_data` errors that suggest a conversion.
enum DataFileFormat: String {
    case csv, dta, xlsx

    static let names = ["csv", "dta", "xlsx"]

    /// The format of `bytes`, or an error naming a format that is recognised but not read.
    static func detect(_ bytes: [UInt8], at location: String) throws(PanelError) -> DataFileFormat {
        if startsWith(bytes, Array("<stata_dta>".utf8)) { return .dta }
        if bytes.count >= 4, bytes[0] >= 0x71, bytes[0] <= 0x73, bytes[1] == 1 || bytes[1] == 2, bytes[2] == 1 { return .dta }
        if startsWith(bytes, [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        for (magic, name, advice) in unreadable where startsWith(bytes, magic) {
            throw PanelError(.invalidData, "this is \(name), which PanelCore does not read; \(advice)", at: location)
        }
        return .csv
    }

    /// Formats recognised by their first bytes but not read: magic bytes, name, what to do.
    private static let unreadable: [([UInt8], String, String)] = [
        (Array("PAR1".utf8), "a Parquet file", "convert it to CSV (pandas: pd.read_parquet(f).to_csv(\"data.csv\", index=False)) or to .dta"),
        (Array("$FL2".utf8), "an SPSS .sav file", "save it as Stata .dta or CSV (pandas: pd.read_spss, or SPSS Save As)"),
        (Array("$FL3".utf8), "an SPSS .sav file (compressed)", "save it as Stata .dta or CSV (pandas: pd.read_spss, or SPSS Save As)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a legacy Excel .xls workbook (or another OLE document)",
         "save it as .xlsx or as CSV UTF-8 in Excel"),
        ([0x1F, 0x8B], "a gzip-compressed file", "decompress it first"),
    ]

    private static func startsWith(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && bytes[0..<prefix.count].elementsEqual(prefix)
    }
}
