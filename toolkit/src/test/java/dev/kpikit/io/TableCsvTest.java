package dev.kpikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableCsvTest {

  @Test
  void numbersArePlainDecimalsWithoutExponentOrThousandsSeparators() {
    assertEquals("12", TableCsv.number(12.0));
    assertEquals("0.25", TableCsv.number(0.25));
    assertEquals("-1234567.5", TableCsv.number(-1234567.5));
    assertEquals("10000000", TableCsv.number(1e7));
    assertEquals("0.0000001", TableCsv.number(1e-7));
    assertEquals("0", TableCsv.number(-0.0));
  }

  @Test
  void missingNumbersAreEmptyAndInfinityIsABug() {
    assertNull(TableCsv.number(Double.NaN));
    assertThrows(IllegalStateException.class, () -> TableCsv.number(Double.POSITIVE_INFINITY));
  }

  @Test
  void textThatASpreadsheetWouldRunIsNeutralisedButNumbersAreNot() {
    assertEquals("'=HYPERLINK(\"x\")", TableCsv.neutralizeFormula("=HYPERLINK(\"x\")"));
    assertEquals("'@SUM(A1)", TableCsv.neutralizeFormula("@SUM(A1)"));
    assertEquals("'+cmd", TableCsv.neutralizeFormula("+cmd"));
    assertEquals("-12.5", TableCsv.neutralizeFormula("-12.5"));
    assertEquals("paid_search", TableCsv.neutralizeFormula("paid_search"));
  }

  @Test
  void tableIsWrittenWithHeaderMissingCellsEmptyAndIsoDates() throws IOException {
    Table t =
        Table.create(
            "t",
            StringColumn.create("month", "2024-01", "2024-02"),
            IntColumn.create("orders", new int[] {3, 0}),
            DoubleColumn.create("aov", 12.5, Double.NaN),
            DateColumn.create("d", LocalDate.of(2024, 1, 31), null));
    StringWriter w = new StringWriter();
    TableCsv.write(t, w);
    assertEquals("month,orders,aov,d\n2024-01,3,12.5,2024-01-31\n2024-02,0,,\n", w.toString());
  }
}
