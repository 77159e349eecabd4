# Cross-checks of PanelCore's spatial estimators against R spdep / spatialreg (issue #8).
#
# Run from the repository root:  Rscript references/spatial/make_spatialreg_fixtures.R [path/to/states48.gal]
# Writes under Tests/PanelCoreTests/Fixtures/spatial/:
#   columbus.csv          Columbus crime data (spData `columbus`, 49 neighbourhoods) with a constant period
#   lattice_panel.csv     simulated 60 x 8 SAR panel on a 6 x 10 rook lattice (set.seed(20261121), rho 0.4)
#   produc.csv            Munnell's Produc panel (plm), 48 states x 17 years, with the logs used by splm's examples
#   states48_edges.csv    queen contiguity of the 48 contiguous states (libpysal us_income/states48.gal, re-keyed)
#   spatialreg.json       reference numbers (17 significant digits)
# The default GAL path is the copy shipped with libpysal 4.14; states48_edges.csv is only rewritten when it is given.
suppressMessages({
  library(spdep); library(spatialreg); library(jsonlite); library(Matrix); library(plm)
})
out <- "Tests/PanelCoreTests/Fixtures/spatial"
write17 <- function(df, file) {
  text <- df
  for (k in names(text)) if (is.double(text[[k]])) text[[k]] <- sprintf("%.17g", text[[k]])
  write.csv(text, file.path(out, file), row.names = FALSE, quote = FALSE)
}
control <- list(tol.opt = 1e-12)  # spatialreg's default is .Machine$double.eps^0.5 on the optimize() interval

# ---------------------------------------------------------------- a. cross-section (Columbus)
data(columbus, package = "spData")  # columbus (data frame) and col.gal.nb
col <- data.frame(POLYID = columbus$POLYID, period = 1L, CRIME = columbus$CRIME, INC = columbus$INC,
                  HOVAL = columbus$HOVAL)
write17(col, "columbus.csv")
edges_of <- function(nb, ids) {
  pairs <- do.call(rbind, lapply(seq_along(nb), function(i) if (nb[[i]][1] != 0) cbind(i, nb[[i]])))
  unname(cbind(ids[pairs[, 1]], ids[pairs[, 2]]))
}
stopifnot(is.symmetric.nb(col.gal.nb, force = TRUE))
cross <- list(ids = col$POLYID, edges = edges_of(col.gal.nb, col$POLYID), links = sum(card(col.gal.nb)))
lmfit <- lm(CRIME ~ INC + HOVAL, data = col)
for (style in c("W", "B")) {
  lw <- nb2listw(col.gal.nb, style = style)
  test_numbers <- function(t) list(statistic = unname(t$estimate[1]), expected = unname(t$estimate[2]),
                                   variance = unname(t$estimate[3]), z = unname(t$statistic))
  # Total randomisation (Anselin 1995; conditional = FALSE). mlvar = FALSE divides m2 by n - 1 in Ii (esda's
  # statistic); mlvar = TRUE divides the moments m2, m4 of the kurtosis by n (esda's E and Var).
  lisa_sample <- localmoran(col$CRIME, lw, conditional = FALSE, mlvar = FALSE)
  lisa_ml <- localmoran(col$CRIME, lw, conditional = FALSE, mlvar = TRUE)
  lmt <- lm.LMtests(lmfit, lw, test = c("LMerr", "LMlag", "RLMerr", "RLMlag"))
  cross[[if (style == "W") "row" else "binary"]] <- list(
    moran_randomisation = test_numbers(moran.test(col$CRIME, lw, randomisation = TRUE)),
    moran_normal = test_numbers(moran.test(col$CRIME, lw, randomisation = FALSE)),
    geary_randomisation = test_numbers(geary.test(col$CRIME, lw, randomisation = TRUE)),
    geary_normal = test_numbers(geary.test(col$CRIME, lw, randomisation = FALSE)),
    localmoran_sample = list(Ii = unname(lisa_sample[, "Ii"]), E.Ii = unname(lisa_sample[, "E.Ii"])),
    localmoran_ml = list(Ii = unname(lisa_ml[, "Ii"]), E.Ii = unname(lisa_ml[, "E.Ii"]),
                         Var.Ii = unname(lisa_ml[, "Var.Ii"]), Z.Ii = unname(lisa_ml[, "Z.Ii"])),
    lm = lapply(lmt, function(t) unname(t$statistic)))
}

# ---------------------------------------------------------------- b. FE panels through the stacked equivalence
# Data sorted period by period, so the stacked weights are the block-diagonal I_T (x) W.
demean <- function(v, unit, period, effects) {
  d <- v - ave(v, unit)
  if (effects == "two_way") d <- d - ave(v, period) + mean(v)
  d
}
stacked_listw <- function(nb, periods) {
  n <- length(nb)
  big <- vector("list", n * periods)
  for (t in seq_len(periods)) for (i in seq_len(n)) big[[(t - 1) * n + i]] <- as.integer(nb[[i]] + (t - 1) * n)
  class(big) <- "nb"
  nb2listw(big, style = "W")  # row-standardised blocks; similar to symmetric, so method = "eigen" is real
}
impact_numbers <- function(fit, lw) {
  im <- impacts(fit, listw = lw)  # exact: dense (I - rho W)^-1 over the N*T units (= averages over N per block)
  list(direct = unname(im$direct), indirect = unname(im$indirect), total = unname(im$total))
}
# Unit effects: ML on the unit-demeaned stacked data without intercept (the W x columns for the SDM are formed from
# the raw data and demeaned, equal to W applied to demeaned x). Two-way effects: the two-way demeaned data plus
# period dummies in the stacked regression; concentrating the dummies out demeans W y (and W x, the SEM filter)
# again, which is PanelCore's two-way model (row-standardised W). The SAR/SDM standard errors then include the
# dummies' terms in the information matrix (the tests compare them only loosely); the SEM's do not.
fit_panel <- function(df, unit, period, y, xs, nb, effects) {
  df <- df[order(df[[period]], df[[unit]]), ]
  n <- length(nb); periods <- length(unique(df[[period]]))
  lw <- stacked_listw(nb, periods)
  u <- df[[unit]]; p <- factor(df[[period]])
  d <- data.frame(y = demean(df[[y]], u, p, effects))
  for (k in xs) d[[k]] <- demean(df[[k]], u, p, effects)
  for (k in xs) d[[paste0("W_", k)]] <- demean(lag.listw(lw, df[[k]]), u, p, effects)
  d$period <- p
  rhs <- paste(xs, collapse = " + ")
  rhs_durbin <- paste(c(xs, paste0("W_", xs)), collapse = " + ")
  dummies <- if (effects == "two_way") " + period" else ""
  models <- list(sar = as.formula(paste("y ~", rhs, dummies, "- 1")),
                 sdm = as.formula(paste("y ~", rhs_durbin, dummies, "- 1")))
  result <- list()
  for (m in names(models)) {
    fit <- if (m == "sdm" && effects == "unit")  # Durbin = TRUE lags the demeaned x: the same columns, and impacts()
      lagsarlm(models$sar, data = d, listw = lw, method = "eigen", Durbin = TRUE, control = control)  # knows them
    else lagsarlm(models[[m]], data = d, listw = lw, method = "eigen", control = control)
    keep <- !grepl("^period", names(fit$coefficients))
    result[[m]] <- list(rho = unname(fit$rho), betas = unname(fit$coefficients[keep]), rho_se = unname(fit$rho.se),
                        std_err = unname(fit$rest.se[keep]), sigma2 = fit$s2, logll = as.numeric(logLik(fit)),
                        impacts = if (effects == "unit") impact_numbers(fit, lw) else NULL)
  }
  fit <- errorsarlm(models$sar, data = d, listw = lw, method = "eigen", control = control)
  keep <- !grepl("^period", names(fit$coefficients))
  result$sem <- list(lambda = unname(fit$lambda), betas = unname(fit$coefficients[keep]), lambda_se = unname(fit$lambda.se),
                     std_err = unname(fit$rest.se[keep]), sigma2 = fit$s2, logll = as.numeric(logLik(fit)))
  result$nt <- nrow(d)
  result
}

# Simulated 60 x 8 SAR panel with unit and period effects on a 6 x 10 rook lattice.
set.seed(20261121)
lattice <- cell2nb(6, 10, type = "rook")
n <- 60; periods <- 8
W <- nb2mat(lattice, style = "W")
sim <- data.frame(unit = rep(seq_len(n), periods), period = rep(seq_len(periods), each = n))
sim$x1 <- rnorm(n * periods); sim$x2 <- rnorm(n * periods) + rep(rnorm(n), periods)
alpha <- rnorm(n); tau <- rnorm(periods)
sim$y <- NA_real_
for (t in seq_len(periods)) {
  rows <- sim$period == t
  mean_t <- 1 * sim$x1[rows] - 0.5 * sim$x2[rows] + 0.3 * (W %*% sim$x1[rows]) + alpha + tau[t]
  sim$y[rows] <- solve(diag(n) - 0.4 * W, mean_t + rnorm(n))
}
write17(sim[, c("unit", "period", "y", "x1", "x2")], "lattice_panel.csv")
lattice_panel <- list(ids = seq_len(n), edges = edges_of(lattice, seq_len(n)), y = "y", x = c("x1", "x2"),
                      unit = fit_panel(sim, "unit", "period", "y", c("x1", "x2"), lattice, "unit"),
                      two_way = fit_panel(sim, "unit", "period", "y", c("x1", "x2"), lattice, "two_way"))

# Binary (unstandardised) lattice weights with time and two-way effects: exact ML with unit and period dummies on
# the raw data (W x columns from the raw x), where lagging the demeaned y would not be ML (W 1 is not constant).
dummy_ml <- function(df, nb, effects) {
  df <- df[order(df$period, df$unit), ]
  lw <- stacked_listw(nb, length(unique(df$period)))
  lw <- nb2listw(lw$neighbours, style = "B")
  df$W_x1 <- lag.listw(lw, df$x1); df$W_x2 <- lag.listw(lw, df$x2)
  df$u <- factor(df$unit); df$p <- factor(df$period)
  dummies <- if (effects == "two_way") "+ u + p - 1" else "+ p - 1"
  result <- list()
  for (m in c("sar", "sdm")) {
    rhs <- if (m == "sar") "x1 + x2" else "x1 + x2 + W_x1 + W_x2"
    fit <- lagsarlm(as.formula(paste("y ~", rhs, dummies)), data = df, listw = lw, method = "eigen", control = control)
    keep <- !grepl("^[up][0-9]", names(fit$coefficients))
    result[[m]] <- list(rho = unname(fit$rho), betas = unname(fit$coefficients[keep]), sigma2 = fit$s2,
                        logll = as.numeric(logLik(fit)))
  }
  result
}
lattice_panel$binary <- list(time = dummy_ml(sim, lattice, "time"), two_way = dummy_ml(sim, lattice, "two_way"))

# Panel LM tests: spdep lm.LMtests on the stacked OLS fit with unit (and period) dummies, weights I_T (x) W.
panel_lm <- function(df, unit, period, y, xs, nb, effects, style) {
  df <- df[order(df[[period]], df[[unit]]), ]
  lw <- nb2listw(stacked_listw(nb, length(unique(df[[period]])))$neighbours, style = style)
  dummies <- switch(effects, unit = "factor(u)", time = "factor(p)", two_way = "factor(u) + factor(p)")
  df$u <- df[[unit]]; df$p <- df[[period]]
  fit <- lm(as.formula(paste(y, "~", paste(xs, collapse = " + "), "+", dummies, "- 1")), data = df)
  lapply(lm.LMtests(fit, lw, test = c("LMerr", "LMlag", "RLMerr", "RLMlag")), function(t) unname(t$statistic))
}
lattice_panel$lm <- list(
  unit_row = panel_lm(sim, "unit", "period", "y", c("x1", "x2"), lattice, "unit", "W"),
  two_way_row = panel_lm(sim, "unit", "period", "y", c("x1", "x2"), lattice, "two_way", "W"),
  time_binary = panel_lm(sim, "unit", "period", "y", c("x1", "x2"), lattice, "time", "B"),
  two_way_binary = panel_lm(sim, "unit", "period", "y", c("x1", "x2"), lattice, "two_way", "B"))

# Produc with the 48 states' queen contiguity.
data("Produc", package = "plm")
states <- levels(Produc$state)
args <- commandArgs(trailingOnly = TRUE)
if (length(args) == 1) {
  # libpysal us_income/states48.gal: ids 0..47 index the 48 contiguous states in alphabetical order, which is the
  # order of plm's Produc levels (spelled upper case with underscores there; Produc writes "TENNESSE").
  gal <- read.gal(args[1], override.id = TRUE)
  stopifnot(length(gal) == 48, is.symmetric.nb(gal, force = TRUE))
  e <- edges_of(gal, states[as.integer(attr(gal, "region.id")) + 1])
  write.csv(data.frame(state = e[, 1], neighbour = e[, 2]), file.path(out, "states48_edges.csv"), row.names = FALSE,
            quote = FALSE)
}
e <- read.csv(file.path(out, "states48_edges.csv"))
usnb <- lapply(states, function(s) sort(match(e$neighbour[e$state == s], states)))
class(usnb) <- "nb"; attr(usnb, "region.id") <- states
pr <- data.frame(state = as.character(Produc$state), year = Produc$year, lgsp = log(Produc$gsp),
                 lpcap = log(Produc$pcap), lpc = log(Produc$pc), lemp = log(Produc$emp), unemp = Produc$unemp)
write17(pr, "produc.csv")
xs <- c("lpcap", "lpc", "lemp", "unemp")
produc <- list(ids = states, links = nrow(e), y = "lgsp", x = xs,
               unit = fit_panel(pr, "state", "year", "lgsp", xs, usnb, "unit"),
               two_way = fit_panel(pr, "state", "year", "lgsp", xs, usnb, "two_way"))

versions <- sapply(c("spdep", "spatialreg", "spData", "plm", "Matrix", "jsonlite"),
                   function(p) as.character(packageVersion(p)))
fixture <- list(r = R.version.string, packages = as.list(versions), columbus = cross,
                lattice = lattice_panel, produc = produc)
# jsonlite prints at most 15 significant digits: doubles are pre-formatted with %.17g and inserted verbatim.
exact <- function(x) {
  if (is.list(x)) return(lapply(x, exact))
  if (!is.double(x)) return(x)
  text <- ifelse(is.na(x), "null", sprintf("%.17g", x))
  structure(if (length(x) == 1) text else paste0("[", paste(text, collapse = ","), "]"), class = "json")
}
writeLines(toJSON(exact(fixture), auto_unbox = TRUE, null = "null", json_verbatim = TRUE),
           file.path(out, "spatialreg.json"))
