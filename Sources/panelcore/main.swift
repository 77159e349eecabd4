import Foundation
import PanelCore

// The native host: subcommands only move bytes between files, the terminal and PanelCoreABI.
let arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.first
if command == "run" || command == "study" || command.map({ EstimatorCommand.resolve($0) != nil }) == true {
    HugePageAllocation.restartWithHugePagesIfUseful(arguments: arguments)
}
switch command {
case "run": exit(RunCommand.main(Array(arguments.dropFirst())))
case "study": exit(StudyCommand.main(Array(arguments.dropFirst())))
case "schema": exit(SchemaCommand.main(Array(arguments.dropFirst())))
case "completion": exit(CompletionCommand.main(Array(arguments.dropFirst())))
case "--version", "version": print("panelcore \(CommandLineHelp.version) (ABI \(PanelCoreABI.version))")
case nil, "help", "--help", "-h": print(CommandLineHelp.overview)
case let name? where EstimatorCommand.resolve(name) != nil: exit(EstimatorCommand.main(name, Array(arguments.dropFirst())))
case let name?:
    let known = ["run", "study", "schema", "completion", "help"] + EstimatorCommand.commandNames
    standardError("panelcore: unknown command '\(name)'\(ClosestName.suggestion(for: name, among: known)); see panelcore --help")
    exit(2)
}
