#if hasFeature(Embedded)
// Embedded Swift's `Double(String)` calls the runtime hook `_swift_stdlib_strtod_clocale`, which the
// embedded runtime leaves undefined; this module defines it over wasi-libc's `strtod` (musl's
// correctly rounded decimal and hexadecimal conversion; WASI has only the C locale).

@_extern(c, "strtod")
private func cStrtod(_ text: UnsafePointer<CChar>, _ end: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Double

/// Parses the C string `text` as the native Swift runtime on Linux does (glibc's strtod in the C
/// locale, plus the runtime's own `snan` spelling): stores the value in `result` and returns the
/// address just past the parsed text, or `text` itself when nothing parsed. Matches the native
/// runtime bit for bit (Tests/Parity/check_strtod.py) except for NaN payloads: `nan(0x12)` gives
/// the default quiet NaN here, as musl ignores payloads.
@_cdecl("_swift_stdlib_strtod_clocale")
func swiftStdlibStrtodCLocale(_ text: UnsafePointer<CChar>, _ result: UnsafeMutablePointer<Double>)
    -> UnsafePointer<CChar>? {
    if let length = signalingNaNLength(text) {
        result.pointee = Double.signalingNaN
        return text + length
    }
    var end: UnsafeMutablePointer<CChar>? = nil
    let value = cStrtod(text, &end)
    // musl drops the sign of `-nan`; glibc, and so the native runtime, keeps it.
    result.pointee = value.isNaN && text[0] == CChar(UInt8(ascii: "-")) ? -value : value
    return end.map { UnsafePointer($0) } ?? text
}

/// The length of `text` when it is exactly `snan` in any letter case with an optional `+` or `-`
/// (which the native runtime accepts and ignores: the result is the positive signaling NaN); nil otherwise.
private func signalingNaNLength(_ text: UnsafePointer<CChar>) -> Int? {
    let signLength = text[0] == CChar(UInt8(ascii: "-")) || text[0] == CChar(UInt8(ascii: "+")) ? 1 : 0
    let word = text + signLength
    for (offset, letter) in "snan".utf8.enumerated() where UInt8(bitPattern: word[offset]) | 0x20 != letter {
        return nil
    }
    return word[4] == 0 ? signLength + 4 : nil
}
#endif
