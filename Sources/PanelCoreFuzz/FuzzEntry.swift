import PanelCore

#if PANELCORE_FUZZ
/// libFuzzer's driver (libclang_rt.fuzzer), started from this module's entry point.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                             _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                             _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// The fuzzer's `main` (built only by Tests/Fuzz/build-fuzzer.sh, with `-sanitize=fuzzer,address -D PANELCORE_FUZZ`;
/// SwiftPM links an executable module's entry as `<Module>_main`): hands the command line to libFuzzer.
@_cdecl("PanelCoreFuzz_main")
func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}

/// One fuzz input: answered as a request; a malformed response traps, so libFuzzer records it as a crash beside
/// the traps, hangs and sanitizer reports the core itself may produce.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let request = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let response = PanelCoreABI.respond(to: request)
    if let problem = ResponseCheck.problem(in: response, request: request) {
        fatalError("malformed response: \(problem)")
    }
    return 0
}
#else
import Foundation

/// `PanelCoreFuzz FILE…` (the ordinary build, no sanitizers): answers each request file as the fuzz target does and
/// names the malformed responses — to replay a libFuzzer corpus or a finding without the fuzzing runtime.
/// Exit status 1 when any response is malformed, 2 when a file cannot be read.
@main
enum ReplayRequests {
    static func main() {
        var malformed = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let contents = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot read")
                exit(2)
            }
            let request = [UInt8](contents)
            if let problem = ResponseCheck.problem(in: PanelCoreABI.respond(to: request), request: request) {
                print("\(path): \(problem)")
                malformed += 1
            }
        }
        exit(malformed == 0 ? 0 : 1)
    }
}
#endif
