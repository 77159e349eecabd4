# Difference-in-Hansen (C) tests for estimator "gmm" (docs/abi/gmm.md), computed here from the formulas (Hayashi 2000,
# section 3.6) on R plm's own pgmm matrices (plm 2.6.2): S = sum_i W_i' e1_i e1_i' W_i from the one-step residuals;
# the full J = g' S^-1 g at the two-step estimate (plm's sargan(fit, "twosteps")); for each instrument subset the
# two-step estimate on the other columns r with weights S_rr^-1 and its minimised J_r; difference = J - J_r.
# Run from the repository root:  Rscript references/gmm/make_difference_in_hansen.R
# Writes Tests/PanelCoreTests/Fixtures/gmm/difference_in_hansen.txt: "model group J_r df_r difference df" lines
# ("model group NA" when the other instruments are no more than the coefficients).
# Instrument columns follow plm's layout: GMM-style blocks for the differenced equations (T-1-maxlag equations;
# equation t of an uncollapsed block has lags 2..t), then (system GMM) the level blocks, the time dummies (with the
# constant first in system GMM), then the IV-style columns. The time dummies form no subset (they are their own only
# instruments: without them the model is not identified).
suppressMessages(library(plm))
data("EmplUK", package = "plm")
ab <- log(emp) ~ lag(log(emp), 1:2) + lag(log(wage), 0:1) + lag(log(capital), 0:2) + lag(log(output), 0:2) | lag(log(emp), 2:99)
b4 <- log(emp) ~ lag(log(emp), 1:2) + lag(log(wage), 0:1) + log(capital) + lag(log(output), 0:1) | lag(log(emp), 2:99)
bb <- log(emp) ~ lag(log(emp), 1) + lag(log(wage), 0:1) + lag(log(capital), 0:1) | lag(log(emp), 2:99) + lag(log(wage), 2:99) + lag(log(capital), 2:99)

c_tests <- function(f, tr, collapse, groups) {
  one <- pgmm(f, data = EmplUK, effect = "twoways", model = "onestep", transformation = tr, collapse = collapse)
  two <- pgmm(f, data = EmplUK, effect = "twoways", model = "twosteps", transformation = tr, collapse = collapse)
  W <- two$W
  X <- lapply(two$model, function(m) m[, -1, drop = FALSE]); y <- lapply(two$model, function(m) m[, 1])
  zx <- Reduce("+", mapply(crossprod, W, X, SIMPLIFY = FALSE)); zy <- Reduce("+", mapply(crossprod, W, y, SIMPLIFY = FALSE))
  S <- Reduce("+", lapply(seq_along(W), function(i) { s <- crossprod(W[[i]], one$residuals[[i]]); s %*% t(s) }))
  k <- ncol(zx); L <- nrow(zx)
  j_of <- function(keep) {
    A <- solve(S[keep, keep]); zxr <- zx[keep, , drop = FALSE]; zyr <- zy[keep]
    b <- solve(t(zxr) %*% A %*% zxr, t(zxr) %*% A %*% zyr)
    g <- zyr - zxr %*% b
    as.numeric(t(g) %*% A %*% g)
  }
  full <- j_of(seq_len(L))
  stopifnot(abs(full - sargan(two, "twosteps")$statistic) < 1e-8 * full)
  sapply(names(groups), function(name) {
    keep <- setdiff(seq_len(L), groups[[name]])
    if (length(keep) <= k) return(sprintf("%s NA", gsub(" ", "_", name)))  # the rest does not overidentify the model
    jr <- j_of(keep)
    sprintf("%s %.17g %d %.17g %d", gsub(" ", "_", name), jr, length(keep) - k, full - jr, L - length(keep))
  })
}

lines <- character()
# Difference GMM, model (a2): the regressors reach back 2 periods, so the differenced equations are 1979..1984 with
# lags 2..t available (2 + 3 + ... + 7 = 27 columns), 6 time dummies, 8 IV-style columns (the wage, capital and
# output terms).
lines <- c(lines, paste("ab_a2", c_tests(ab, "d", FALSE, list("gmm(log(emp), 2:99)" = 1:27, "iv" = 34:41))))
# Column (b): the same 27 GMM-style columns and 6 time dummies, 5 IV-style columns (wage, capital, output terms).
lines <- c(lines, paste("ab_b", c_tests(b4, "d", FALSE, list("gmm(log(emp), 2:99)" = 1:27, "iv" = 34:38))))
# System GMM: per variable 28 differenced-equation columns, 7 level columns; constant + 7 time dummies; no IV-style.
# plm orders the GMM-style blocks by variable name (log(capital), log(emp), log(wage)), not as the formula lists them.
gmm_cols <- function(v) c((v - 1) * 28 + 1:28, 84 + (v - 1) * 7 + 1:7)
lines <- c(lines, paste("bb_twosteps", c_tests(bb, "ld", FALSE, list("GMM instruments for levels" = 85:105,
  "gmm(log(emp), 2:99)" = gmm_cols(2), "gmm(log(wage), 2:99)" = gmm_cols(3), "gmm(log(capital), 2:99)" = gmm_cols(1)))))
writeLines(lines, "Tests/PanelCoreTests/Fixtures/gmm/difference_in_hansen.txt")
