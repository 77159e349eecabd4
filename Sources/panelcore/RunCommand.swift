import PanelCore

/// `panelcore run [FILE|-]`: one ABI request in, the response bytes and a newline out.
enum RunCommand {
    static func main(_ arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            print(CommandLineHelp.run)
            return 0
        }
        guard arguments.count <= 1 else {
            standardError("panelcore run: expected at most one FILE\n\n\(CommandLineHelp.run)")
            return 2
        }
        guard let request = readInput(arguments.first ?? "-") else { return 2 }
        let response = PanelCoreABI.respond(to: request)
        standardOutput(response + [0x0A])
        return PanelCoreABI.isSuccess(response) ? 0 : 1
    }
}
