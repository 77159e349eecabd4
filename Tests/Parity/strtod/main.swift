// Probe for tests/parity/check_strtod.py: for each line of standard input prints the line, a space,
// and the bit pattern of `Double(line)` in hexadecimal (or `nil`). Built natively and, with
// `wasm/build.sh --entry`, as the wasm module, so both runtimes' `Double(String)` can be compared.

var answers: [UInt8] = []
for line in (StandardStreams.readAllInput() ?? []).split(separator: UInt8(ascii: "\n")) {
    let text = String(decoding: line, as: UTF8.self)
    let bits = Double(text).map { String($0.bitPattern, radix: 16) } ?? "nil"
    answers.append(contentsOf: (text + " " + bits + "\n").utf8)
}
_ = StandardStreams.writeAllOutput(answers)
