// The WASI command: read the whole request from standard input, answer it with
// `PanelCoreABI.respond`, write the response and one "\n" to standard output, and exit with
// status 0 for an `"ok":true` response, 1 for an error response — the contract of `panelcore run -`.
// An I/O failure on either stream exits with status 2 and no guaranteed output.

/// Runs one request from standard input to standard output; returns the exit status.
func answerStandardInput() -> Int32 {
    guard let request = StandardStreams.readAllInput() else { return 2 }
    let response = PanelCoreABI.respond(to: request, budget: WasiClock.budget)
    guard StandardStreams.writeAllOutput(response + [UInt8(ascii: "\n")]) else { return 2 }
    return PanelCoreABI.isSuccess(response) ? 0 : 1
}

let status = answerStandardInput()
if status != 0 { StandardStreams.exit(status) }
