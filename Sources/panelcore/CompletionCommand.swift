/// `panelcore completion bash`: a bash completion script for the commands and their options
/// (`source <(panelcore completion bash)`).
enum CompletionCommand {
    /// The script: commands and each estimator's flags, from the engine's catalogue.
    static var bash: String {
        var cases = ""
        for command in EstimatorCommand.commandNames {
            guard let (schema, _) = EstimatorCommand.resolve(command) else { continue }
            let flags = EstimatorCommand.commonFlags + ParsedFlags.flags(of: schema).filter { !$0.member.isDeprecated }.map { $0.flag }
            cases += "    \(command)) COMPREPLY=($(compgen -W \"\(flags.joined(separator: " "))\" -- \"$current\") $(compgen -f -- \"$current\")) ;;\n"
        }
        let commands = (["run", "study", "schema", "completion", "help", "--help", "--version"] + EstimatorCommand.commandNames).joined(separator: " ")
        return """
        _panelcore() {
          local current previous
          current="${COMP_WORDS[COMP_CWORD]}"
          previous="${COMP_WORDS[COMP_CWORD-1]}"
          if [ "$COMP_CWORD" -eq 1 ]; then
            COMPREPLY=($(compgen -W "\(commands)" -- "$current"))
            return
          fi
          case "$previous" in
            --format) COMPREPLY=($(compgen -W "text json md latex html csv rtf" -- "$current")); return ;;
            --vcov) COMPREPLY=($(compgen -W "iid robust hc1 cluster: dk" -- "$current")); return ;;
            --out) COMPREPLY=($(compgen -f -- "$current")); return ;;
            completion) COMPREPLY=($(compgen -W "bash" -- "$current")); return ;;
          esac
          case "${COMP_WORDS[1]}" in
            run) COMPREPLY=($(compgen -W "--format --data --help" -- "$current") $(compgen -f -- "$current")) ;;
            study) COMPREPLY=($(compgen -W "--data --out --help" -- "$current") $(compgen -f -- "$current")) ;;
        \(cases)  esac
        }
        complete -o filenames -F _panelcore panelcore
        """
    }

    static func main(_ arguments: [String]) -> Int32 {
        guard arguments == ["bash"] else {
            standardError("panelcore completion: only 'bash' is available: source <(panelcore completion bash)")
            return 2
        }
        print(bash)
        return 0
    }
}
