import PanelCore

/// The --help texts of the native CLI.
enum CommandLineHelp {
    static let version = "0.1.0"

    /// `panelcore --help`: the commands, one per estimator from the engine's catalogue.
    static var overview: String {
        var lines = ["panelcore — panel econometrics engine (native host of the PanelCore ABI)", "", "Usage:",
                     "  panelcore ESTIMATOR --data FILE [--panel ID,TIME] [flags]   one model, e.g.",
                     "      panelcore ols --data examples/nqpf_panel.csv --formula \"NQP ~ DF + UL | city + year\" --vcov cluster:city",
                     "  panelcore run [--format json|text] [--data FILE] [--max-seconds S] [FILE|-]   answer one JSON request (ABI 1)",
                     "  panelcore study SPEC.json [--data FILE] [--out DIR] [--max-seconds S]   a whole study: report, tables, figures",
                     "  panelcore schema                   the request language as JSON (every estimator, member and option)",
                     "  panelcore completion bash          bash completion: source <(panelcore completion bash)",
                     "  panelcore --version                the version and ABI version",
                     "  panelcore COMMAND --help           help for a command, with an example", "", "Estimators:"]
        for schema in EstimatorCatalogue.all where schema.name != "schema" {
            var name = "  " + EstimatorCommand.commandName(schema.name)
            while name.count < 22 { name += " " }
            lines.append(name + " " + schema.summary)
        }
        lines.append("  sar, sdm, sem, sdem, sac   spatial-panel with that --model")
        lines += ["", "Exit status: 0 success, 1 the engine answered with an error, 2 usage or file error.", "",
                  "Environment: where the kernel gives transparent huge pages on request (madvise), commands given a file of",
                  "16 MiB or more (a JSON request or --data FILE) start themselves once more with",
                  "GLIBC_TUNABLES=glibc.malloc.hugetlb=1 (fewer page faults on large data; the answers are the same). A",
                  "GLIBC_TUNABLES naming glibc.malloc.hugetlb is kept."]
        return lines.joined(separator: "\n")
    }

    static let run = """
    panelcore run [--format json|text] [--data FILE] [--max-seconds S] [FILE|-]

    Reads one request (JSON, ABI version 1 — see docs/ABI.md) from FILE, or from standard input when FILE is
    '-' or absent.
      --data FILE     the request's data from this file — CSV (UTF-8, UTF-16, GB18030/GBK), .dta or .xlsx
                      (replacing the request's data; its file options "sheet", "encoding", "format", "labels"
                      stay); a request may also say "data": {"path": FILE,
                      "sheet"?, "encoding"?, "format"?, "labels"?}, which this command reads
      --format json   (default) write the response JSON followed by a newline to standard output; the bytes
                      are identical to those of the WebAssembly module for the same request
      --format text   ask the engine for text renderings and print each result's table (errors on stderr)
      --max-seconds S answer {"code": "time_limit"} once S seconds have passed: the engine checks the time
                      between steps of its long loops; should one step overrun by a tenth of S (at least 1 s),
                      the host answers time_limit itself and exits. A model's "options": {"max_seconds": S}
                      limits that model alone. A request that finishes in time answers the same bytes.

    Exit status: 0 if the response has "ok": true, 1 if it is an error response, 2 if FILE cannot be read.
    """

    static let study = """
    panelcore study SPEC.json [--data FILE] [--out DIR] [--max-seconds S]

    Runs a study request (ABI 1 with a "study" member — docs/ABI.md, "Studies") and writes to DIR (default: report):
      report.html                     the self-contained report (tables, figures, notes)
      response.json                   the full response (byte-identical to the WebAssembly module's)
      steps/step-NN-KIND.{txt,md,tex,html,csv,rtf}  tables of the preparation steps (index weights)
      tables/table-N-table.{txt,md,tex,html,csv,rtf}  comparison tables of a section titled "Table N. …"
                                      (section-NN-… for other sections; -1, -2, … when a name repeats)
      tables/table-N-ESTIMATOR.{…}    tables of its other results (table-10-iv, table-2-descriptives)
      figures/table-N-figure-TYPE.svg the section's figures, also .png and .pdf when rsvg-convert is installed
      --data FILE       use this file as the request's data (replacing the data in SPEC.json, keeping its
                        file options such as "sheet"): CSV
                        (UTF-8, UTF-16, GB18030/GBK), Stata .dta or Excel .xlsx, told by the content
      --max-seconds S   stop with a time_limit error once S seconds have passed (as for panelcore run)
    Replication loops run on all cores; progress shows on stderr when it is a terminal.

    Exit status: 0 success, 1 the engine reported an error (message on stderr), 2 usage or file error.
    """
}
