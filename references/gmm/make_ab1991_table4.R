# Arellano and Bond (1991) Table 4, columns (a1) and (b), with R plm's pgmm (plm 2.6.2, Debian r-cran-plm) on plm's
# EmplUK (Tests/PanelCoreTests/Fixtures/gmm/emplUK.csv, written by make_gmm_fixtures.R). Run from the repository root:
#   Rscript references/gmm/make_ab1991_table4.R
# Writes Tests/PanelCoreTests/Fixtures/gmm/ab1991_table4_plm.txt: per column, plm's coefficients, the standard
# errors the ABI reports (vcovHC: robust one-step, Windmeijer two-step), the uncorrected ones (vcov), AR(1)/AR(2)
# with the robust covariance and the two-step Sargan (our Hansen J). The published numbers are in
# ab1991_table4_published.txt (typed from the paper); the test compares PanelCore with both.
suppressMessages(library(plm))
data("EmplUK", package = "plm")
a1 <- log(emp) ~ lag(log(emp), 1:2) + lag(log(wage), 0:1) + lag(log(capital), 0:2) + lag(log(output), 0:2) | lag(log(emp), 2:99)
b <- log(emp) ~ lag(log(emp), 1:2) + lag(log(wage), 0:1) + log(capital) + lag(log(output), 0:1) | lag(log(emp), 2:99)
lines <- character()
for (column in list(list(name = "a1", f = a1, model = "onestep"), list(name = "b", f = b, model = "twosteps"))) {
  fit <- pgmm(column$f, data = EmplUK, effect = "twoways", model = column$model)
  coefficients <- if (column$model == "onestep") fit$coefficients else fit$coefficients[[2]]
  robust <- vcovHC(fit)
  lines <- c(lines,
             sprintf("%s coef %s %.17g", column$name, seq_along(coefficients), coefficients),
             sprintf("%s se %s %.17g", column$name, seq_along(coefficients), sqrt(diag(robust))),
             sprintf("%s uncorrected_se %s %.17g", column$name, seq_along(coefficients), sqrt(diag(vcov(fit)))),
             sprintf("%s m1 - %.17g", column$name, mtest(fit, 1, vcov = robust)$statistic),
             sprintf("%s m2 - %.17g", column$name, mtest(fit, 2, vcov = robust)$statistic),
             sprintf("%s hansen - %.17g", column$name, sargan(fit, "twosteps")$statistic))
}
writeLines(lines, "Tests/PanelCoreTests/Fixtures/gmm/ab1991_table4_plm.txt")
