# Reference fixtures for estimator "gmm" (docs/abi/gmm.md) from R plm's pgmm (plm 2.6.2, Debian r-cran-plm).
# Run from the repository root:  Rscript references/gmm/make_gmm_fixtures.R
# Writes Tests/PanelCoreTests/Fixtures/gmm/emplUK.csv (plm's EmplUK: firm, year, emp, wage, capital, output)
# and one text file per model: name value lines (coefficients, robust SEs as summary(robust = TRUE) uses them —
# vcovHC: Arellano's robust one-step, Windmeijer-corrected two-step —, the classical vcov's SEs, AR(1)/AR(2) with the
# robust vcov, sargan(weights = "twosteps") as summary prints it, the instrument count and the observations).
suppressMessages(library(plm))
data("EmplUK", package = "plm")
out <- "Tests/PanelCoreTests/Fixtures/gmm"
write.csv(EmplUK[, c("firm", "year", "emp", "wage", "capital", "output")], file.path(out, "emplUK.csv"), row.names = FALSE)

ab <- log(emp) ~ lag(log(emp), 1:2) + lag(log(wage), 0:1) + lag(log(capital), 0:2) + lag(log(output), 0:2) | lag(log(emp), 2:99)
b4 <- log(emp) ~ lag(log(emp), 1:2) + lag(log(wage), 0:1) + log(capital) + lag(log(output), 0:1) | lag(log(emp), 2:99)
bb <- log(emp) ~ lag(log(emp), 1) + lag(log(wage), 0:1) + lag(log(capital), 0:1) | lag(log(emp), 2:99) + lag(log(wage), 2:99) + lag(log(capital), 2:99)

models <- list(
  ab_a1 = list(f = ab, effect = "twoways", model = "onestep", collapse = FALSE, tr = "d"),
  ab_a2 = list(f = ab, effect = "twoways", model = "twosteps", collapse = FALSE, tr = "d"),
  ab_b_collapse = list(f = b4, effect = "twoways", model = "twosteps", collapse = TRUE, tr = "d"),
  ab_b_individual = list(f = b4, effect = "individual", model = "twosteps", collapse = FALSE, tr = "d"),
  bb_onestep = list(f = bb, effect = "twoways", model = "onestep", collapse = FALSE, tr = "ld"),
  bb_twosteps = list(f = bb, effect = "twoways", model = "twosteps", collapse = FALSE, tr = "ld"),
  bb_individual_collapse = list(f = bb, effect = "individual", model = "twosteps", collapse = TRUE, tr = "ld")
)
# An unbalanced panel with interior gaps: three firm-years removed from the middle of their series.
gaps <- EmplUK[!((EmplUK$firm == 1 & EmplUK$year == 1980) | (EmplUK$firm == 5 & EmplUK$year == 1979) |
                 (EmplUK$firm == 77 & EmplUK$year == 1981)), ]
write.csv(gaps[, c("firm", "year", "emp", "wage", "capital", "output")], file.path(out, "emplUK_gaps.csv"), row.names = FALSE)
models$ab_a2_gaps <- list(f = ab, effect = "twoways", model = "twosteps", collapse = FALSE, tr = "d", data = gaps)
models$bb_twosteps_gaps <- list(f = bb, effect = "twoways", model = "twosteps", collapse = FALSE, tr = "ld", data = gaps)
# More instruments (113) than units (60): both weighting sums are singular and plm (like xtabond2) uses MASS::ginv.
few <- EmplUK[EmplUK$firm <= 60, ]
write.csv(few[, c("firm", "year", "emp", "wage", "capital", "output")], file.path(out, "emplUK_60.csv"), row.names = FALSE)
models$bb_twosteps_60 <- list(f = bb, effect = "twoways", model = "twosteps", collapse = FALSE, tr = "ld", data = few)

for (name in names(models)) {
  m <- models[[name]]
  if (is.null(m$data)) m$data <- EmplUK
  fit <- pgmm(m$f, data = m$data, effect = m$effect, model = m$model, collapse = m$collapse, transformation = m$tr)
  b <- if (m$model == "onestep") fit$coefficients else fit$coefficients[[2]]
  robust <- vcovHC(fit)
  lines <- c(sprintf("instruments %d", ncol(fit$W[[1]])), sprintf("units %d", length(fit$W)),
             sprintf("observations %d", sum(sapply(fit$model, function(x) sum(rowSums(x != 0) > 0)))))
  lines <- c(lines, sprintf("coef %s %.17g", names(b), b), sprintf("se %s %.17g", names(b), sqrt(diag(robust))),
             sprintf("classical_se %s %.17g", names(b), sqrt(diag(vcov(fit)))))
  s <- sargan(fit, "twosteps")
  m1 <- mtest(fit, 1, vcov = robust); m2 <- mtest(fit, 2, vcov = robust)
  w <- pwaldtest(fit, param = "coef", vcov = robust)
  lines <- c(lines, sprintf("sargan %.17g %d", s$statistic, s$parameter), sprintf("ar1 %.17g", m1$statistic),
             sprintf("ar2 %.17g", m2$statistic), sprintf("wald %.17g %d", w$statistic, w$parameter))
  if (m$tr == "d") {
    # The non-robust Sargan of Stata xtabond / xtabond2 from the one-step residuals: z'(sum W'HW)^-1 z / s2 with
    # s2 = e'e / (2 (n - k)); plm has no such statistic (its sargan(, "onestep") lacks s2), so it is computed here
    # from pgmm's own matrices (W, the one-step residuals, A1 = N (sum W'HW)^-1).
    one <- if (m$model == "onestep") fit else pgmm(m$f, data = m$data, effect = m$effect, model = "onestep", collapse = m$collapse, transformation = m$tr)
    z <- Reduce("+", mapply(crossprod, one$W, one$residuals, SIMPLIFY = FALSE))
    e <- unlist(one$residuals); n <- sum(e != 0); k <- length(one$coefficients)
    stat <- as.numeric(t(z) %*% (one$A1 / length(one$W)) %*% z) / (sum(e^2) / (2 * (n - k)))
    lines <- c(lines, sprintf("sargan_xtabond %.17g %d", stat, ncol(one$W[[1]]) - k))
  }
  writeLines(lines, file.path(out, paste0(name, ".txt")))
}
