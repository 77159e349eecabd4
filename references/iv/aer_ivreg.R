# One 2SLS fit with R's AER::ivreg, for references/iv/cross_check_iv_fixtures.py (issue 9).
#
# Usage: Rscript aer_ivreg.R <data.csv> <y> <exog,...> <endog,...> <inst,...> <fixed effects,...> <clusters,...>
# (the last two may be empty). Fits ivreg(y ~ exog + fe + endog | exog + fe + inst), each fixed effect as
# factor() dummies, and prints one "<key> <name> <value>" line per number, values with
# 17 significant digits:
#   coef        coefficients
#   se_iid      standard errors of summary(): sigma^2 = RSS / (N - K)
#   se_hc1      sqrt(diag(sandwich::vcovHC(fit, type = "HC1"))): N / (N - K) times the 2SLS sandwich
#   diag_iid    summary(fit, diagnostics = TRUE): weak-instrument F per endogenous regressor (F test of the
#               excluded instruments in that first stage), Wu-Hausman F (regression-based), Sargan N R^2
#   diag_hc1    the same with vcov. = vcovHC(type = "HC1") (the weak-instrument F becomes an HC1 Wald / df1)
#   se_cl_raw   with clusters: sqrt(diag(vcovCL(fit, cluster, type = "HC0", cadjust = FALSE))), the cluster
#               sandwich without any small-sample factor (two-way: A + B - A&B)
#   rss_ols     RSS of the OLS regression of y on the regressors (maps Wu-Hausman's F to Durbin's chi^2)
#   version     package versions
suppressPackageStartupMessages({
  library(AER)
  library(sandwich)
})

args <- commandArgs(trailingOnly = TRUE)
data <- read.csv(args[1])
words <- function(text) strsplit(text, ",", fixed = TRUE)[[1]]
y <- args[2]
exog <- words(args[3])
endog <- words(args[4])
inst <- words(args[5])
dummies <- vapply(words(args[6]), function(f) paste0("factor(", f, ")"), "")
clusters <- words(args[7])

formula <- as.formula(paste(y, "~", paste(c(exog, dummies, endog), collapse = " + "), "|",
                            paste(c(exog, dummies, inst), collapse = " + ")))
fit <- ivreg(formula, data = data)
hc1 <- function(model) vcovHC(model, type = "HC1")

emit <- function(key, values) {
  for (name in names(values)) {
    cat(key, gsub(" ", "_", name), sprintf("%.17g", values[[name]]), "\n")
  }
}
diagnostics <- function(vcov.) {
  table <- summary(fit, vcov. = vcov., diagnostics = TRUE)$diagnostics
  setNames(table[, "statistic"], rownames(table))
}

emit("coef", coef(fit))
emit("se_iid", sqrt(diag(vcov(fit))))
emit("se_hc1", sqrt(diag(hc1(fit))))
if (length(clusters) > 0) {
  emit("se_cl_raw", sqrt(diag(vcovCL(fit, cluster = data[, clusters, drop = FALSE], type = "HC0", cadjust = FALSE))))
}
emit("diag_iid", diagnostics(NULL))
emit("diag_hc1", diagnostics(hc1))
emit("rss_ols", c(ols = sum(residuals(lm(as.formula(paste(y, "~", paste(c(exog, dummies, endog), collapse = " + "))),
                                           data = data))^2)))
cat("version AER", as.character(packageVersion("AER")), "\n")
cat("version sandwich", as.character(packageVersion("sandwich")), "\n")
cat("version R", paste(R.version$major, R.version$minor, sep = "."), "\n")
