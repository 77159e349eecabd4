/// The storage type of a Stata variable and how one stored value reads: the integer types with their missing codes
/// (values above the largest valid one are `.`, `.a`…`.z`), float and double (missing from 2¹²⁷ and 2¹⁰²³ up),
/// fixed-width `str#` and `strL` (an 8-byte reference into the file's strL table).
enum StataType: Equatable {
    case byte, int, long, float, double
    case string(width: Int)
    case strL

    /// The type of a format 117+ type code (1–2045 str#, 32768 strL, 65526…65530 double…byte).
    init?(modernCode code: UInt64) {
        switch code {
        case 1...2045: self = .string(width: Int(code))
        case 32768: self = .strL
        case 65526: self = .double
        case 65527: self = .float
        case 65528: self = .long
        case 65529: self = .int
        case 65530: self = .byte
        default: return nil
        }
    }

    /// The type of a format 113–115 type byte (1–244 str#, 251…255 byte…double).
    init?(legacyCode code: UInt64) {
        switch code {
        case 1...244: self = .string(width: Int(code))
        case 251: self = .byte
        case 252: self = .int
        case 253: self = .long
        case 254: self = .float
        case 255: self = .double
        default: return nil
        }
    }

    /// Bytes per stored value.
    var width: Int {
        switch self {
        case .byte: return 1
        case .int: return 2
        case .long, .float: return 4
        case .double, .strL: return 8
        case .string(let width): return width
        }
    }

    var isNumeric: Bool {
        switch self {
        case .string, .strL: return false
        default: return true
        }
    }

    /// The numeric value stored at `position` (a numeric type only), NaN for any of Stata's missing values.
    func number(in reader: ByteReader, at position: Int) throws(PanelError) -> Double {
        let bits = try reader.unsigned(width, at: position)
        switch self {
        case .byte:
            let value = Int8(truncatingIfNeeded: bits)
            return value > 100 ? .nan : Double(value)
        case .int:
            let value = Int16(truncatingIfNeeded: bits)
            return value > 32_740 ? .nan : Double(value)
        case .long:
            let value = Int32(truncatingIfNeeded: bits)
            return value > 2_147_483_620 ? .nan : Double(value)
        case .float:
            let value = Float(bitPattern: UInt32(truncatingIfNeeded: bits))
            return !value.isFinite || value >= Float(bitPattern: 0x7F00_0000) ? .nan : Double(value)
        case .double:
            let value = Double(bitPattern: bits)
            return !value.isFinite || value >= Double(bitPattern: 0x7FE0_0000_0000_0000) ? .nan : value
        case .string, .strL:
            return .nan
        }
    }
}
