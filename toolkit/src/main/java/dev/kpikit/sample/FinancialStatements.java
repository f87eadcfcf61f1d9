package dev.kpikit.sample;

import java.io.IOException;

/**
 * Turns a sample's monthly operating figures into {@code financials.csv}: the income-statement
 * columns add up ({@code ebit = revenue - cogs - opex}, {@code opex} includes R&amp;D and sales and
 * marketing), equity accumulates net income, debt amortises linearly, and cash follows net income,
 * debt and working capital (inventory, receivables, payables).
 */
final class FinancialStatements {

  /** What a month's operations produced, in cents. */
  record Month(
      long revenue,
      long cogs,
      long salesMarketing,
      long rnd,
      long otherOpex,
      long inventoryValue) {}

  /**
   * The balance-sheet assumptions: opening cash and equity (cents), one loan drawn in {@code
   * loanMonth} and repaid linearly over {@code loanTermMonths}, its annual interest rate, and the
   * receivables and payables as shares of the month's revenue and COGS.
   */
  record Funding(
      long openingCash,
      long openingEquity,
      int loanMonth,
      long loan,
      int loanTermMonths,
      double annualRate,
      double receivablesShare,
      double payablesShare) {

    long debtAt(int month) {
      if (month < loanMonth) {
        return 0;
      }
      return Math.max(0, loan - loan * (month - loanMonth) / loanTermMonths);
    }

    long currentPortion() {
      return loan * 12 / loanTermMonths;
    }
  }

  private FinancialStatements() {}

  static void write(CsvSink sink, Month[] months, Funding f) throws IOException {
    SampleCalendar cal = SampleCalendar.INSTANCE;
    long cash = f.openingCash();
    long equity = f.openingEquity();
    long debtBefore = 0;
    long inventoryBefore = months[0].inventoryValue();
    long receivablesBefore = Math.round(months[0].revenue() * f.receivablesShare());
    long payablesBefore = Math.round(months[0].cogs() * f.payablesShare());
    String[] row = new String[SampleColumns.FINANCIALS.size()];
    for (int m = 0; m < months.length; m++) {
      Month mo = months[m];
      long opex = mo.salesMarketing() + mo.rnd() + mo.otherOpex();
      long ebit = mo.revenue() - mo.cogs() - opex;
      long debt = f.debtAt(m);
      long interest = Math.round(debt * f.annualRate() / 12);
      long netIncome = ebit - interest;
      long receivables = Math.round(mo.revenue() * f.receivablesShare());
      long payables = Math.round(mo.cogs() * f.payablesShare());
      equity += netIncome;
      cash +=
          netIncome
              + (debt - debtBefore)
              - (mo.inventoryValue() - inventoryBefore)
              - (receivables - receivablesBefore)
              + (payables - payablesBefore);
      row[0] = cal.yearMonth(m).toString();
      row[1] = Money.text(mo.revenue());
      row[2] = Money.text(mo.cogs());
      row[3] = Money.text(opex);
      row[4] = Money.text(mo.rnd());
      row[5] = Money.text(mo.salesMarketing());
      row[6] = Money.text(cash + mo.inventoryValue() + receivables);
      row[7] = Money.text(payables + Math.min(debt, f.currentPortion()));
      row[8] = Money.text(debt);
      row[9] = Money.text(equity);
      row[10] = Money.text(cash);
      row[11] = Money.text(interest);
      row[12] = Money.text(ebit);
      sink.row(row);
      debtBefore = debt;
      inventoryBefore = mo.inventoryValue();
      receivablesBefore = receivables;
      payablesBefore = payables;
    }
  }
}
