package dev.kpikit.clv;

import tech.tablesaw.api.Table;

/**
 * Everything a customer-value run computed.
 *
 * @param settings what was asked
 * @param fitted the summary the count model was fitted on (the calibration period with a holdout)
 * @param model the count model fitted on {@code fitted}
 * @param current the summary up to the analysis date (the same as {@code fitted} without holdout)
 * @param currentModel the count model the predictions use: fitted on {@code current}
 * @param spend the Gamma-Gamma model fitted on {@code current}, or null
 * @param spendNote why there is no spend model (one line), or null
 * @param predictions per-customer predictions at the analysis date
 * @param validation the holdout validation table, or null without holdout
 * @param tracking the tracking table of {@code model}
 * @since 0.1.0
 */
public record CustomerValueResult(
    CustomerValueSettings settings,
    RfmSummary fitted,
    CountModel model,
    RfmSummary current,
    CountModel currentModel,
    GammaGamma spend,
    String spendNote,
    CustomerValue predictions,
    Table validation,
    Table tracking) {}
