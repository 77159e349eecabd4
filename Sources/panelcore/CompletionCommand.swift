/// `panelcore completion bash`: a bash completion script for the commands and their options
/// (`source <(panelcore completion bash)`).
enum CompletionCommand {
    static let bash = """
    _panelcore() {
      local current previous
      current="${COMP_WORDS[COMP_CWORD]}"
      previous="${COMP_WORDS[COMP_CWORD-1]}"
      if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "run ols study completion help --help --version" -- "$current"))
        return
      fi
      case "$previous" in
        --format) COMPREPLY=($(compgen -W "json text" -- "$current")); return ;;
        --vcov) COMPREPLY=($(compgen -W "iid robust hc1 cluster:" -- "$current")); return ;;
        --out) COMPREPLY=($(compgen -d -- "$current")); return ;;
        completion) COMPREPLY=($(compgen -W "bash" -- "$current")); return ;;
      esac
      case "${COMP_WORDS[1]}" in
        run) COMPREPLY=($(compgen -W "--format --help" -- "$current") $(compgen -f -X '!*.json' -- "$current")) ;;
        ols) COMPREPLY=($(compgen -W "--data --formula --vcov --level --format --help" -- "$current") $(compgen -f -X '!*.csv' -- "$current")) ;;
        study) COMPREPLY=($(compgen -W "--data --out --help" -- "$current") $(compgen -f -- "$current")) ;;
      esac
    }
    complete -o filenames -F _panelcore panelcore
    """

    static func main(_ arguments: [String]) -> Int32 {
        guard arguments == ["bash"] else {
            standardError("panelcore completion: only 'bash' is available: source <(panelcore completion bash)")
            return 2
        }
        print(bash)
        return 0
    }
}
