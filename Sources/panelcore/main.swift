import Foundation
import PanelCore

// The native host: subcommands only move bytes between files, the terminal and PanelCoreABI.
let arguments = Array(CommandLine.arguments.dropFirst())
if ["run", "ols", "study"].contains(arguments.first) { HugePageAllocation.restartWithHugePagesIfUseful(arguments: arguments) }
switch arguments.first {
case "run": exit(RunCommand.main(Array(arguments.dropFirst())))
case "ols": exit(OLSCommand.main(Array(arguments.dropFirst())))
case "study": exit(StudyCommand.main(Array(arguments.dropFirst())))
case "completion": exit(CompletionCommand.main(Array(arguments.dropFirst())))
case "--version", "version": print("panelcore \(CommandLineHelp.version) (ABI \(PanelCoreABI.version))")
case nil, "help", "--help", "-h": print(CommandLineHelp.overview)
default:
    standardError("panelcore: unknown command '\(arguments[0])'\n\n\(CommandLineHelp.overview)")
    exit(2)
}
