/// The --help texts of the native CLI.
enum CommandLineHelp {
    static let version = "0.1.0"

    static let overview = """
    panelcore — panel econometrics engine (native host of the PanelCore ABI)

    Usage:
      panelcore run [--format json|text] [--max-seconds S] [FILE|-]
                                        answer one JSON request (ABI 1) from FILE or stdin
      panelcore ols --data FILE.csv --formula "y ~ x1 + x2" [options]
                                        ordinary least squares with a readable table
      panelcore study SPEC.json [--data FILE.csv] [--out DIR] [--max-seconds S]
                                        a whole study: HTML report, tables in every format, figures
      panelcore completion bash         bash completion: source <(panelcore completion bash)
      panelcore --version               print the version and ABI version
      panelcore COMMAND --help          help for a command

    Exit status: 0 success, 1 the engine answered with an error, 2 usage or file error.

    Environment: where the kernel gives transparent huge pages on request (madvise), run, ols and study given an
    input file of 16 MiB or more start themselves once more with GLIBC_TUNABLES=glibc.malloc.hugetlb=1 (fewer
    page faults on large data; the answers are the same). A GLIBC_TUNABLES naming glibc.malloc.hugetlb is kept.
    """

    static let run = """
    panelcore run [--format json|text] [--max-seconds S] [FILE|-]

    Reads one request (JSON, ABI version 1 — see docs/ABI.md) from FILE, or from standard input when FILE is
    '-' or absent.
      --format json   (default) write the response JSON followed by a newline to standard output; the bytes
                      are identical to those of the WebAssembly module for the same request
      --format text   ask the engine for text renderings and print each result's table (errors on stderr)
      --max-seconds S answer {"code": "time_limit"} once S seconds have passed: the engine checks the time
                      between steps of its long loops; should one step overrun by a tenth of S (at least 1 s),
                      the host answers time_limit itself and exits. A model's "options": {"max_seconds": S}
                      limits that model alone. A request that finishes in time answers the same bytes.

    Exit status: 0 if the response has "ok": true, 1 if it is an error response, 2 if FILE cannot be read.
    """

    static let ols = """
    panelcore ols --data FILE.csv --formula "y ~ x1 + x2" [--vcov SPEC] [--level L] [--format text|json]

      --data FILE.csv     data with a header row; empty, NA and . cells are missing
      --formula TEXT      y ~ x1 + x2 + x1:x2 + log(x3) + log1p(x4); -1 drops the intercept;
                          y ~ x1 + x2 | city + year absorbs fixed effects (Stata reghdfe conventions)
      --vcov SPEC         iid (default), robust (= hc1, Stata vce(robust)), or cluster:COLUMN
                          (Stata vce(cluster COLUMN): CR1 factor G/(G-1)·(N-1)/(N-K), t with G-1 df)
      --level L           confidence level of the intervals (default 0.95)
      --format FORMAT     text (default): a regression table; json: the full ABI response, indented

    Exit status: 0 success, 1 the engine reported an error (message on stderr), 2 usage or file error.
    """

    static let study = """
    panelcore study SPEC.json [--data FILE.csv] [--out DIR] [--max-seconds S]

    Runs a study request (ABI 1 with a "study" member — docs/ABI.md, "Studies") and writes to DIR (default: report):
      report.html                     the self-contained report (tables, figures, notes)
      response.json                   the full response (byte-identical to the WebAssembly module's)
      steps/step-NN.{txt,md,tex,html,csv,rtf}           tables of the preparation steps (index weights)
      tables/section-NN-table-K.{txt,md,tex,html,csv,rtf}  comparison tables of each section
      tables/section-NN-result-K.{…}  tables of other results (descriptives, correlations, VIF, tests)
      figures/section-NN-figure-K.svg the section's figures
      --data FILE.csv   use this CSV as the request's data (replacing any "data" in SPEC.json)
      --max-seconds S   stop with a time_limit error once S seconds have passed (as for panelcore run)
    Replication loops run on all cores; progress shows on stderr when it is a terminal.

    Exit status: 0 success, 1 the engine reported an error (message on stderr), 2 usage or file error.
    """
}
