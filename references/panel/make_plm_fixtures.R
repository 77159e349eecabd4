# R plm references for the panel estimators (issue 4): writes Tests/PanelCoreTests/Fixtures/plm/.
# Run from the repository root: Rscript references/panel/make_plm_fixtures.R (deterministic: no randomness).
# Data: plm's Produc and Grunfeld. Models: plm within, random (Swamy-Arora), between, pooling, fd, phtest,
# vcovHC(within, cluster = "group", type = "sss") and the two-way within model. Each case is one JSON file holding
# the ABI request to send (minus "abi" and "data"), plm's numbers (17 significant digits) and a convention note.
suppressPackageStartupMessages(library(plm))

out <- file.path("Tests", "PanelCoreTests", "Fixtures", "plm")
dir.create(out, showWarnings = FALSE, recursive = TRUE)
source_note <- sprintf("%s, plm %s (Debian r-cran-plm)", R.version.string, as.character(packageVersion("plm")))

# ---- JSON and CSV writing (17 significant digits; the shortest of 15/17 digits that reads back for data) ----
json_string <- function(s) paste0("\"", gsub("\"", "\\\"", gsub("\\", "\\\\", s, fixed = TRUE), fixed = TRUE), "\"")
json_number <- function(x) {
  if (is.integer(x)) return(sprintf("%d", x))
  stopifnot(is.finite(x))
  sprintf("%.17g", x)
}
to_json <- function(x, pad = "") {
  inner <- paste0(pad, " ")
  if (is.null(x)) return("null")
  if (is.list(x) && !is.null(names(x))) {
    members <- vapply(names(x), function(k) paste0(inner, json_string(k), ": ", to_json(x[[k]], inner)), "")
    return(paste0("{\n", paste(members, collapse = ",\n"), "\n", pad, "}"))
  }
  if (is.list(x)) {
    if (length(x) == 0) return("[]")
    items <- vapply(x, function(v) paste0(inner, to_json(v, inner)), "")
    return(paste0("[\n", paste(items, collapse = ",\n"), "\n", pad, "]"))
  }
  if (is.character(x)) return(json_string(x))
  if (is.logical(x)) return(if (x) "true" else "false")
  json_number(x)
}
write_json <- function(name, value) writeLines(to_json(value), file.path(out, paste0(name, ".json")))

shortest <- function(x) {
  short <- formatC(x, digits = 15, format = "g")
  long <- formatC(x, digits = 17, format = "g")
  trimws(ifelse(as.numeric(short) == x, short, long))
}
write_data <- function(frame, file) {
  cells <- lapply(frame, function(column) {
    if (is.factor(column)) json_string(as.character(column)) else shortest(as.numeric(column))
  })
  lines <- c(paste(names(frame), collapse = ","), do.call(paste, c(cells, sep = ",")))
  writeLines(lines, file.path(out, file))
}

# ---- one case per (data set, estimator) ----
request <- function(panel, model) list(panel = panel, model = model)
panel_model <- function(method, formula) list(estimator = "panel", method = method, formula = formula, vcov = "iid")

# plm's coefficient table as fixture rows; `prefix` maps plm's term names to PanelCore's ("D." for differences).
coefficient_rows <- function(model, covariance = vcov(model), prefix = "") {
  estimates <- coef(model)
  lapply(names(estimates), function(term) {
    shown <- if (term == "(Intercept)") term else paste0(prefix, term)
    row <- list(term = shown, estimate = unname(estimates[term]))
    row$std_error <- sqrt(unname(covariance[term, term]))
    row
  })
}

# within_intercept()'s value and "se" attribute as a fixture row.
intercept_row <- function(intercept) {
  list(term = "(Intercept)", estimate = unname(intercept[[1]]), std_error = attr(intercept, "se"))
}

make_cases <- function(tag, frame, id, time, formula_text) {
  pdata <- pdata.frame(frame, index = c(id, time))
  formula <- as.formula(formula_text)
  panel <- list(id = id, time = time)
  data_file <- paste0(tag, ".csv")
  write_data(frame, data_file)
  fit <- function(model, ...) plm(formula, data = pdata, model = model, ...)
  within <- fit("within")
  random <- fit("random", random.method = "swar")
  between <- fit("between")
  pooling <- fit("pooling")
  fd <- fit("fd")
  n_obs <- pdim(within)$nT$N
  case <- function(name, req, nobs, coefficients, stats, convention, extra = list()) {
    write_json(paste0(tag, "_", name), c(list(case = paste0(tag, "_", name), source = source_note, data = data_file,
      request = req, nobs = nobs, coefficients = coefficients, stats = stats, convention = convention), extra))
  }

  case("within", request(panel, panel_model("within", formula_text)), n_obs,
    c(list(intercept_row(within_intercept(within))), coefficient_rows(within)),
    list(r2_within = unname(r.squared(within))),
    paste("plm within (effect = 'individual'): slopes and vcov(within) = RSS/(N - n - K) (X'X)^-1 as Stata xtreg, fe;",
          "r.squared is the within R2 (1 - RSS/TSS of the demeaned data), equal to Stata's r2_within here.",
          "The intercept is plm's within_intercept() with its 'se' attribute: ybar - xbar'b on a balanced panel,",
          "as Stata's _cons and its standard error."))

  ercomp_random <- ercomp(random)
  case("random", request(panel, panel_model("random", formula_text)), n_obs, coefficient_rows(random),
    list(sigma_e = sqrt(unname(ercomp_random$sigma2["idios"])), sigma_u = sqrt(unname(ercomp_random$sigma2["id"])),
         theta = unname(ercomp_random$theta[1])),
    paste("plm random, random.method = 'swar' (Swamy-Arora) on a balanced panel: coefficients, sigma_e, sigma_u and",
          "theta as Stata xtreg, re. vcov(random) is s2 (X*'X*)^-1 of the quasi-demeaned regression.",
          "plm's r.squared of the quasi-demeaned regression has no Stata counterpart and is not asserted."))

  case("between", request(panel, panel_model("between", formula_text)), n_obs, coefficient_rows(between),
    list(r2_between = unname(r.squared(between))),
    paste("plm between: OLS on the n unit means as Stata xtreg, be; plm's nobs is n, PanelCore (as Stata) reports",
          "the N panel observations; r.squared of the between regression equals Stata's r2_between."))

  case("pooled", request(panel, panel_model("pooled", formula_text)), n_obs, coefficient_rows(pooling),
    list(r2 = unname(r.squared(pooling)), adj_r2 = unname(r.squared(pooling, dfcor = TRUE))),
    "plm pooling is OLS (Stata regress): coefficients, classical standard errors, R2 and adjusted R2.")

  case("first_difference", request(panel, panel_model("first_difference", formula_text)), length(residuals(fd)),
    coefficient_rows(fd, prefix = "D."), list(r2 = unname(r.squared(fd))),
    paste("plm fd: OLS of first differences within unit WITH an intercept (plm's convention; Stata's",
          "regress D.y D.x also keeps _cons). PanelCore names the slopes D.<term>."))

  test <- phtest(within, random)
  write_json(paste0(tag, "_hausman"), list(case = paste0(tag, "_hausman"), source = source_note, data = data_file,
    request = request(panel, list(estimator = "hausman", formula = formula_text)),
    statistic = unname(test$statistic), df = as.integer(test$parameter), p_value = test$p.value,
    convention = paste("plm phtest(within, random), method 'chisq': (b_FE - b_RE)' (V_FE - V_RE)^-1 (b_FE - b_RE)",
                       "with each model's own vcov, as Stata's hausman fe re (no sigmamore/sigmaless).")))

  cluster_vcov <- vcovHC(within, method = "arellano", type = "sss", cluster = "group")
  cluster_model <- panel_model("within", formula_text)
  cluster_model$vcov <- list(cluster = id)
  n_units <- pdim(within)$nT$n
  n_slopes <- length(coef(within))
  case("within_cluster", request(panel, cluster_model), n_obs, coefficient_rows(within, cluster_vcov), NULL,
    paste("plm vcovHC(within, method = 'arellano', cluster = 'group', type = 'sss'): CR1 with",
          "G/(G-1) (N-1)/(N-K) where plm's K counts the slopes only (its demeaned regression has no intercept);",
          "Stata's xtreg, fe vce(cluster) and PanelCore count the constant too, K + 1. So plm's standard errors",
          "times std_error_scale = sqrt((N-K)/(N-K-1)) are Stata's; the test asserts the rescaled values.",
          "PanelCore (as Stata) infers with t(G-1), vcov.df = n_clusters - 1; plm's summary uses the residual",
          "degrees of freedom, so p-values and intervals are not asserted. plm's type 'HC1' with cluster =",
          "'group' is n/(n-K) without G/(G-1), not Stata's, and is not used."),
    list(n_clusters = n_units, std_error_scale = sqrt((n_obs - n_slopes) / (n_obs - n_slopes - 1))))

  twoways <- fit("within", effect = "twoways")
  absorbed <- list(estimator = "ols", formula = paste(formula_text, "|", id, "+", time), vcov = "iid")
  case("twoways", request(panel, absorbed), n_obs, coefficient_rows(twoways), list(r2_within = unname(r.squared(twoways))),
    paste("plm within, effect = 'twoways' on a balanced panel equals OLS absorbing unit and time effects;",
          "vcov(twoways) = RSS/(N - n - T + 1 - K) (X'X)^-1 as reghdfe; r.squared is the two-way within R2."))
}

data(Produc, package = "plm")
data(Grunfeld, package = "plm")
make_cases("produc", Produc, "state", "year", "log(gsp) ~ log(pcap) + log(pc) + log(emp) + unemp")
make_cases("grunfeld", Grunfeld, "firm", "year", "inv ~ value + capital")
