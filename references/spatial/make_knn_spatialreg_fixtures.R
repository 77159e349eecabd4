# R spatialreg references for the k-nearest-neighbour panel of references/spatial/make_knn_fixtures.py (issue #8).
#
# Run from the repository root, after the Python script:  Rscript references/spatial/make_knn_spatialreg_fixtures.R
# Reads Tests/PanelCoreTests/Fixtures/spatial/knn_panel.csv and knn.json; writes knn_spatialreg.json.
# Weights: spdep knearneigh(k = 5) on the units' points, knn2nb, checked equal to libpysal's binary matrix; the
# stacked weights I_T (x) W row-standardised (nb2listw style "W"). Not similar to a symmetric matrix, so
# method = "eigen" uses the complex eigenvalues of W (eigenw), log|I - rho W| = sum log|1 - rho lambda| and the
# interval 1/range of the real eigenvalues. FE panels through the stacked equivalence (as make_spatialreg_fixtures.R):
# two-way effects = the two-way demeaned data plus period dummies (concentrated out they demean W y again), unit
# effects = the unit-demeaned data without intercept; the SDM's W x columns are W applied to the raw x, demeaned.
# Results: sar, sdm (with impacts(): exact dense (I - rho W)^-1, averages over the N T stacked units) and sem for
# unit and two-way effects, sac (sacsarlm, nlminb rel.tol 1e-10) and sdem (errorsarlm on [x, Wx]) for unit effects: rho / lambda, betas, their standard errors (spatialreg's asymptotic ones: the full
# information matrix for rho and beta of the lag models, the block-diagonal one for the error model), s2, logLik.
suppressMessages({ library(spdep); library(spatialreg); library(jsonlite) })
out <- "Tests/PanelCoreTests/Fixtures/spatial"
control <- list(tol.opt = 1e-12)
panel <- read.csv(file.path(out, "knn_panel.csv"), stringsAsFactors = FALSE)
reference <- fromJSON(file.path(out, "knn.json"))
n <- length(reference$ids); periods <- length(unique(panel$period))
first <- panel[panel$period == 1, ]
stopifnot(identical(first$unit, reference$ids))
nb <- knn2nb(knearneigh(cbind(first$px, first$py), k = 5))
binary <- nb2mat(nb, style = "B")
stopifnot(max(abs(unname(binary) - reference$binary)) == 0, !is.symmetric.nb(nb, force = TRUE))

demean <- function(v, unit, period, effects) {
  d <- v - ave(v, unit)
  if (effects == "two_way") d <- d - ave(v, period) + mean(v)
  d
}
big <- vector("list", n * periods)
for (t in seq_len(periods)) for (i in seq_len(n)) big[[(t - 1) * n + i]] <- as.integer(nb[[i]] + (t - 1) * n)
class(big) <- "nb"
lw <- nb2listw(big, style = "W")

fit_panel <- function(effects) {
  u <- panel$unit; p <- factor(panel$period)
  d <- data.frame(y = demean(panel$y, u, p, effects))
  for (k in c("x1", "x2")) {
    d[[k]] <- demean(panel[[k]], u, p, effects)
    d[[paste0("W_", k)]] <- demean(lag.listw(lw, panel[[k]]), u, p, effects)
  }
  d$period <- p
  dummies <- if (effects == "two_way") " + period" else ""
  sar <- as.formula(paste("y ~ x1 + x2", dummies, "- 1"))
  sdm <- as.formula(paste("y ~ x1 + x2 + W_x1 + W_x2", dummies, "- 1"))
  numbers <- function(fit, coefficient, se) {
    keep <- !grepl("^period", names(fit$coefficients))
    list(coefficient = unname(coefficient), coefficient_se = unname(se), betas = unname(fit$coefficients[keep]),
         std_err = unname(fit$rest.se[keep]), sigma2 = fit$s2, logll = as.numeric(logLik(fit)))
  }
  result <- list()
  fit <- lagsarlm(sar, data = d, listw = lw, method = "eigen", control = control)
  result$sar <- numbers(fit, fit$rho, fit$rho.se)
  fit <- if (effects == "unit") lagsarlm(sar, data = d, listw = lw, method = "eigen", Durbin = TRUE, control = control)
         else lagsarlm(sdm, data = d, listw = lw, method = "eigen", control = control)
  result$sdm <- numbers(fit, fit$rho, fit$rho.se)
  if (effects == "unit") {
    im <- impacts(fit, listw = lw)
    result$sdm$impacts <- list(direct = unname(im$direct), indirect = unname(im$indirect), total = unname(im$total))
  }
  fit <- errorsarlm(sar, data = d, listw = lw, method = "eigen", control = control)
  result$sem <- numbers(fit, fit$lambda, fit$lambda.se)
  if (effects == "unit") {  # the combined models on the unit-demeaned data (as make_sac_fixtures.py)
    fit <- sacsarlm(sar, data = d, listw = lw, method = "eigen",
                    control = list(opt_control = list(rel.tol = 1e-10, iter.max = 1000, eval.max = 2000)))
    result$sac <- numbers(fit, c(fit$rho, fit$lambda), c(fit$rho.se, fit$lambda.se))
    fit <- errorsarlm(sdm, data = d, listw = lw, method = "eigen", control = list(tol.opt = 1e-14))
    result$sdem <- numbers(fit, fit$lambda, fit$lambda.se)
  }
  result$interval <- unname(fit$interval)  # (1/lambda_min, 1/lambda_max) over the real eigenvalues
  result
}
results <- list(unit = fit_panel("unit"), two_way = fit_panel("two_way"))
versions <- sapply(c("spdep", "spatialreg", "jsonlite"), function(p) as.character(packageVersion(p)))
# jsonlite prints at most 15 significant digits: doubles are pre-formatted with %.17g and inserted verbatim.
exact <- function(x) {
  if (is.list(x)) return(lapply(x, exact))
  if (!is.double(x)) return(x)
  text <- sprintf("%.17g", x)
  structure(if (length(x) == 1) text else paste0("[", paste(text, collapse = ","), "]"), class = "json")
}
writeLines(toJSON(exact(c(list(r = R.version.string, packages = as.list(versions)), results)), auto_unbox = TRUE,
                  json_verbatim = TRUE, pretty = TRUE), file.path(out, "knn_spatialreg.json"))
