import Testing
@testable import PanelCore

/// The CSV bytes reader (`DataTable(csvText:at:)`, numbers parsed where they lie) against the string path
/// (`DataTable(csv: CSVReader.parse(…))`) and against `Double(String)`: the same columns, the same bits, the same
/// errors — on seeded random tricky decimals and on hand-picked edge cases.
@Suite struct CSVColumnReaderTests {
    static func fastTable(_ bytes: [UInt8]) throws(PanelError) -> DataTable {
        try bytes.withUnsafeBufferPointer { (text) throws(PanelError) -> DataTable in try DataTable(csvText: text, at: "/data/csv") }
    }

    static func stringTable(_ bytes: [UInt8]) throws(PanelError) -> DataTable {
        let parsed: CSVTable
        do {
            parsed = try CSVReader.parse(bytes)
        } catch {
            throw PanelError(error.code, error.message, at: "/data/csv: " + error.location)
        }
        return try DataTable(csv: parsed)
    }

    /// The outcome of a reader as comparable text: every column's name and values (numbers as bit patterns), or the error.
    static func outcome(_ read: ([UInt8]) throws(PanelError) -> DataTable, _ bytes: [UInt8]) -> [String] {
        do {
            let table = try read(bytes)
            return table.columns.map { column in
                switch column.values {
                case .numeric(let values): return column.name + " numeric " + values.map { String($0.bitPattern, radix: 16) }.joined(separator: " ")
                case .text(let values): return column.name + " text " + values.map { $0 ?? "<missing>" }.joined(separator: "|")
                }
            }
        } catch {
            return ["error", error.code.rawValue, error.message, error.location]
        }
    }

    /// A random decimal of the kinds that test a correctly rounded parser: long and short significands, leading
    /// and trailing zeros, points anywhere, exponents from subnormal to near overflow, both signs, 17-digit
    /// shortest forms of random doubles (what pandas writes) and halfway points between neighbouring doubles.
    static func trickyDecimal(_ random: inout Xoshiro256StarStar) -> String {
        func digits(_ count: Int) -> String {
            String((0..<count).map { _ in Character(String(random.nextInt(below: 10))) })
        }
        let sign = ["", "", "-", "+"][random.nextInt(below: 4)]
        switch random.nextInt(below: 6) {
        case 0:  // a random double's shortest text
            let x = Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF)
            return sign + String(x)
        case 1:  // the midpoint of two neighbouring doubles, written with all its digits up to 25
            let x = Double(sign: .plus, exponent: random.nextInt(below: 120) - 60, significand: 1 + random.nextUniform())
            let text = String(x)
            return sign + (text.contains("e") ? text : text + "5" + digits(random.nextInt(below: 6)))
        case 2:  // many digits around a point
            let whole = digits(random.nextInt(below: 22))
            let fraction = digits(random.nextInt(below: 22))
            return sign + (whole.isEmpty && fraction.isEmpty ? "0" : whole + "." + fraction)
        case 3:  // an exponent from the subnormal range to near overflow
            let exponent = random.nextInt(below: 630) - 330
            return sign + digits(1 + random.nextInt(below: 19)) + ["e", "E"][random.nextInt(below: 2)] + String(exponent)
        case 4:  // leading and trailing zeros
            return sign + String(repeating: "0", count: random.nextInt(below: 4)) + "." + String(repeating: "0", count: random.nextInt(below: 8))
                + digits(1 + random.nextInt(below: 17)) + String(repeating: "0", count: random.nextInt(below: 6))
        default:  // small integers and short decimals
            return sign + String(random.nextInt(below: 100_000)) + (random.nextInt(below: 2) == 0 ? "" : "." + digits(1 + random.nextInt(below: 4)))
        }
    }

    @Test func randomTrickyDecimalsGiveTheBitsOfDoubleFromString() throws {
        var random = Xoshiro256StarStar(seed: 20261207)
        for round in 0..<20 {
            var fields: [[String]] = []
            var text = "a,b,c\n"
            let lineBreak = round % 2 == 0 ? "\n" : "\r\n"
            for _ in 0..<400 {
                var record: [String] = []
                for _ in 0..<3 {
                    switch random.nextInt(below: 20) {
                    case 0: record.append(["", "NA", "."][random.nextInt(below: 3)])
                    case 1: record.append("\"" + Self.trickyDecimalWithin(&random) + "\"")
                    case 2: record.append(" " + Self.trickyDecimalWithin(&random) + " ")
                    default: record.append(Self.trickyDecimalWithin(&random))
                    }
                }
                fields.append(record)
                text += record.joined(separator: ",") + lineBreak
            }
            let table = try Self.fastTable(Array(text.utf8))
            for (j, name) in ["a", "b", "c"].enumerated() {
                guard case .numeric(let values)? = table.column(named: name)?.values else {
                    Issue.record("column \(name) is not numeric")
                    return
                }
                for (i, record) in fields.enumerated() {
                    var field = Substring(record[j])
                    if field.first == "\"" { field = field.dropFirst().dropLast() }
                    while field.first == " " { field.removeFirst() }
                    while field.last == " " { field.removeLast() }
                    let expected = ["", "NA", "."].contains(field) ? Double.nan : Double(field)!
                    #expect(values[i].bitPattern == expected.bitPattern, "'\(record[j])'")
                }
            }
            #expect(Self.outcome(Self.fastTable, Array(text.utf8)) == Self.outcome(Self.stringTable, Array(text.utf8)))
        }
    }

    /// A tricky decimal that stays within the range of a double (beyond it is an error, tested below).
    static func trickyDecimalWithin(_ random: inout Xoshiro256StarStar) -> String {
        while true {
            let text = trickyDecimal(&random)
            if let x = Double(text), x.isFinite { return text }
        }
    }

    /// Hand-picked texts at the edges of the number grammar, the CSV structure and the error order.
    static let edgeCases = [
        "x\n9007199254740993\n9007199254740992.5\n4.9e-324\n2.4703282292062327e-324\n2.4703282292062328e-324\n",
        "x\n2.2250738585072011e-308\n2.2250738585072014e-308\n1.7976931348623157e308\n-0\n-0.0e5\n0e999999\n",
        "x\n1.00000000000000000000000000001\n123456789012345678901234567890\n.5\n5.\n+.5e-3\n0.1\n0.2\n0.3\n",
        "x\n1e400\n", "x\n1\n-1e-400\n", "x\ninf\n", "x\n1\nNaN\n", "x\n1.5\nabc\n", "x\n\"1.5\"\n\"2\"\"\"\n",
        "x,y\n1,2\n3\n", "x,y\n1,2,3\n", "x,y\r\n1,2\r\n", "x,y\n1,2\r3,4\n", "x,y\n1,\"2\n", "x,x\n1,2\n", "x\n1e5\n1E+5\n1e-5\n",
        "a,b\n1,inf\nx,2\n", "a,b\nzz,inf\n1,2\n", "a,b\n1,1e999\n2,3,4\n", "x\n12\"3\n", "x\n\n\n", "x\n1\n\n2\n", "",
    ]

    @Test(arguments: edgeCases)
    func edgeCasesMatchTheStringPath(text: String) {
        #expect(Self.outcome(Self.fastTable, Array(text.utf8)) == Self.outcome(Self.stringTable, Array(text.utf8)))
    }

    @Test func malformedUTF8AfterAStructuralErrorStillReadsAsTheStructuralError() {
        let bytes = Array("a,b\n1\n".utf8) + [0xFF] + Array(",2\n".utf8)
        #expect(Self.outcome(Self.fastTable, bytes) == Self.outcome(Self.stringTable, bytes))
        #expect(Self.outcome(Self.fastTable, bytes).last == "/data/csv: line 2")
    }
}
