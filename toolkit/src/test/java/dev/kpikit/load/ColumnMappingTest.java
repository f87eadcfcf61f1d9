package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.schema.Dataset;
import dev.kpikit.schema.Presets;
import dev.kpikit.schema.Schemas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  private static ColumnMapping orders(List<String> header, Map<String, String> explicit) {
    return ColumnMapping.resolve("f.csv", header, Schemas.shapesOf(Dataset.ORDERS), explicit, null);
  }

  @Test
  void aliasesMatchIgnoringCaseAndPunctuation() {
    ColumnMapping m = orders(List.of("Invoice No", "Created-At", "TOTAL"), Map.of());
    assertEquals(0, m.indexOf("order_id"));
    assertEquals(1, m.indexOf("order_date"));
    assertEquals(2, m.indexOf("amount"));
  }

  @Test
  void canonicalNameBeatsAnAliasOfTheSameColumn() {
    ColumnMapping m = orders(List.of("order_id", "date", "order_date", "amount"), Map.of());
    assertEquals(2, m.indexOf("order_date"));
    assertTrue(m.extras().containsKey("date"));
  }

  @Test
  void explicitMappingWinsOverAliases() {
    ColumnMapping m =
        orders(
            List.of("order_id", "order_date", "amount", "Net Amount"),
            Map.of("amount", "Net Amount"));
    assertEquals(3, m.indexOf("amount"));
    assertEquals(2, m.extras().get("amount_2"));
  }

  @Test
  void explicitMappingToAnAbsentColumnNamesIt() {
    DataException e =
        assertThrows(
            DataException.class,
            () -> orders(List.of("order_id", "order_date", "amount"), Map.of("amount", "Net")));
    assertTrue(e.getMessage().contains("'Net' given for amount"), e.getMessage());
  }

  @Test
  void missingRequiredColumnIsNamedWithWhatTheFileHas() {
    DataException e =
        assertThrows(DataException.class, () -> orders(List.of("order_id", "total"), Map.of()));
    assertEquals(
        "f.csv: missing required column 'order_date' for orders (orders); found [order_id, total]"
            + " (map them under datasets.orders.columns in kpikit.yaml)",
        e.getMessage());
  }

  @Test
  void customersWithTenureAndChurnTakeTheTenureShape() {
    ColumnMapping m =
        ColumnMapping.resolve(
            "c.csv",
            List.of("customerID", "tenure", "Churn"),
            Schemas.shapesOf(Dataset.CUSTOMERS),
            Map.of(),
            null);
    assertEquals(Schemas.CUSTOMER_TENURE, m.shape());
  }

  @Test
  void customersWithStartDatesTakeTheSpellShape() {
    ColumnMapping m =
        ColumnMapping.resolve(
            "c.csv",
            List.of("customer_id", "start_date", "end_date", "mrr"),
            Schemas.shapesOf(Dataset.CUSTOMERS),
            Map.of(),
            null);
    assertEquals(Schemas.CUSTOMER_SPELLS, m.shape());
  }

  @Test
  void presetDerivedColumnsNeedNotBeInTheFile() {
    ColumnMapping m =
        ColumnMapping.resolve(
            "d.csv",
            List.of(
                "InvoiceNo",
                "StockCode",
                "Description",
                "Quantity",
                "InvoiceDate",
                "UnitPrice",
                "CustomerID",
                "Country"),
            Schemas.shapesOf(Dataset.ORDERS),
            Map.of(),
            Presets.UCI_ONLINE_RETAIL);
    assertEquals(-1, m.indexOf("amount"));
    assertEquals(5, m.indexOf("unit_price"));
    assertEquals(List.of("description"), List.copyOf(m.extras().keySet()));
  }

  /**
   * Found by fuzzing ({@code DatasetLoaderFuzzTestInputs/csvLoad_accountsForEveryRow/
   * headerNameWithLineBreak}): a quoted header name holding a line break made the missing-column
   * message span lines.
   */
  @Test
  void headerNameWithLineBreak_isShownOnOneLine() {
    DataException e =
        assertThrows(DataException.class, () -> orders(List.of("order_id", "Order\r\nDate"), Map.of()));

    assertTrue(e.getMessage().contains("found [order_id, Order\\r\\nDate]"), e.getMessage());
  }
}
