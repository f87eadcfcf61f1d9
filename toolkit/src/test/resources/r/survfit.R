# Kaplan-Meier reference for kpikit's Survival tests: R's survival::survfit with its defaults
# (Greenwood standard error, conf.type = "log", 95 %), written in kpikit's survival table layout.
#
# Usage: Rscript survfit.R INPUT.csv TIME_COL EVENT_COL EVENT_VALUE GROUP_COL|- OUTPUT.csv
#   EVENT_COL equal to EVENT_VALUE (compared as text) marks an event, anything else a censoring.
#   GROUP_COL "-" fits one curve, segment "ALL"; otherwise one curve per group, in C-locale order.
# Numbers are written with 17 significant digits; NA (R's bounds where S = 0) as an empty field.
# Regenerate the committed outputs (from this directory) with:
#   Rscript survfit.R km-fixture.csv tenure churned true group km-fixture-survfit.csv
#   Rscript survfit.R km-fixture.csv tenure churned true - km-fixture-all-survfit.csv
#   Rscript survfit.R ../../../../../testdata/telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv \
#     tenure Churn Yes Contract telco-contract-survfit.csv
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 6) stop("usage: survfit.R INPUT TIME_COL EVENT_COL EVENT_VALUE GROUP_COL|- OUTPUT")
data <- read.csv(args[1], colClasses = "character", check.names = FALSE)
time <- as.numeric(data[[args[2]]])
event <- as.integer(data[[args[3]]] == args[4])
if (args[5] == "-") {
  fit <- survfit(Surv(time, event) ~ 1)
  segment <- rep("ALL", length(fit$time))
} else {
  group <- factor(data[[args[5]]], levels = sort(unique(data[[args[5]]]), method = "radix"))
  fit <- survfit(Surv(time, event) ~ group)
  segment <- rep(levels(group), fit$strata)
}
num <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
out <- data.frame(
  segment = segment, time = num(fit$time), at_risk = num(fit$n.risk), events = num(fit$n.event),
  censored = num(fit$n.censor), survival = num(fit$surv), ci_lower = num(fit$lower),
  ci_upper = num(fit$upper))
write.csv(out, args[6], row.names = FALSE, quote = FALSE)
