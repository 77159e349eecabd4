# Difference-in-Sargan tests after one-step difference GMM for estimator "gmm" (docs/abi/gmm.md), computed here from
# the formulas on R plm's own pgmm matrices (plm 2.6.2), as xtabond2 reports them after a one-step estimate:
# with G = sum_i W_i' H W_i (H tridiagonal 2, -1) and s2 = e1'e1 / (2 (n - k)) from the full model's one-step
# residuals (the scale of the reported Sargan statistic), the full Sargan is g' G^-1 g / s2 at the one-step estimate;
# for each instrument subset the one-step estimate on the other columns r (weights G_rr^-1) and its
# Sargan_r = g_r' G_rr^-1 g_r / s2 (the same s2); difference = Sargan - Sargan_r.
# Run from the repository root:  Rscript references/gmm/make_difference_in_sargan.R
# Writes Tests/PanelCoreTests/Fixtures/gmm/difference_in_sargan.txt: "model group Sargan_r df_r difference df" lines
# ("model group NA" when the other instruments are no more than the coefficients). Instrument columns follow plm's
# layout (see make_difference_in_hansen.R; plm orders the GMM-style blocks by variable name).
suppressMessages(library(plm))
data("EmplUK", package = "plm")
ab <- log(emp) ~ lag(log(emp), 1:2) + lag(log(wage), 0:1) + lag(log(capital), 0:2) + lag(log(output), 0:2) | lag(log(emp), 2:99)
b4 <- log(emp) ~ lag(log(emp), 1:2) + lag(log(wage), 0:1) + log(capital) + lag(log(output), 0:1) | lag(log(emp), 2:99)
bb <- log(emp) ~ lag(log(emp), 1) + lag(log(wage), 0:1) + lag(log(capital), 0:1) | lag(log(emp), 2:99) + lag(log(wage), 2:99) + lag(log(capital), 2:99)

c_tests <- function(f, groups) {
  one <- pgmm(f, data = EmplUK, effect = "twoways", model = "onestep", transformation = "d")
  W <- one$W
  X <- lapply(one$model, function(m) m[, -1, drop = FALSE]); y <- lapply(one$model, function(m) m[, 1])
  m <- nrow(W[[1]]); H <- 2 * diag(m); H[cbind(1:(m - 1), 2:m)] <- -1; H[cbind(2:m, 1:(m - 1))] <- -1
  G <- Reduce("+", lapply(W, function(w) t(w) %*% H %*% w))
  zx <- Reduce("+", mapply(crossprod, W, X, SIMPLIFY = FALSE)); zy <- Reduce("+", mapply(crossprod, W, y, SIMPLIFY = FALSE))
  e <- unlist(one$residuals); k <- ncol(zx); L <- nrow(zx)
  s2 <- sum(e^2) / (2 * (sum(e != 0) - k))
  j_of <- function(keep) {
    A <- solve(G[keep, keep]); zxr <- zx[keep, , drop = FALSE]; zyr <- zy[keep]
    b <- solve(t(zxr) %*% A %*% zxr, t(zxr) %*% A %*% zyr)
    g <- zyr - zxr %*% b
    as.numeric(t(g) %*% A %*% g) / s2
  }
  full <- j_of(seq_len(L))
  # The full statistic is the one-step Sargan: the one-step estimate minimises g' G^-1 g.
  z <- Reduce("+", mapply(crossprod, W, one$residuals, SIMPLIFY = FALSE))
  stopifnot(abs(full - as.numeric(t(z) %*% solve(G) %*% z) / s2) < 1e-8 * full)
  sapply(names(groups), function(name) {
    keep <- setdiff(seq_len(L), groups[[name]])
    if (length(keep) <= k) return(sprintf("%s NA", gsub(" ", "_", name)))
    jr <- j_of(keep)
    sprintf("%s %.17g %d %.17g %d", gsub(" ", "_", name), jr, length(keep) - k, full - jr, L - length(keep))
  })
}

lines <- character()
# Model (a1): 27 GMM-style columns, 6 time dummies, 8 IV-style columns; removing the GMM-style block leaves 14
# instruments for 16 coefficients.
lines <- c(lines, paste("ab_a1", c_tests(ab, list("gmm(log(emp), 2:99)" = 1:27, "iv" = 34:41))))
# Column (b) as a one-step model: 27 GMM-style columns, 6 time dummies, 5 IV-style columns.
lines <- c(lines, paste("ab_b_onestep", c_tests(b4, list("gmm(log(emp), 2:99)" = 1:27, "iv" = 34:38))))
# Three GMM-style variables in difference GMM: 28 columns each (capital 1:28, emp 29:56, wage 57:84 in plm's name
# order), 7 time dummies; no IV-style instruments (every regressor uses a GMM-style variable).
lines <- c(lines, paste("three_gmm_d", c_tests(bb, list("gmm(log(emp), 2:99)" = 29:56, "gmm(log(wage), 2:99)" = 57:84,
                                                          "gmm(log(capital), 2:99)" = 1:28))))
writeLines(lines, "Tests/PanelCoreTests/Fixtures/gmm/difference_in_sargan.txt")
