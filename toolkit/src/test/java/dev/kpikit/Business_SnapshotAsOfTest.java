package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.DataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The as-of date of data without dates: a tenure or snapshot export needs no --as-of. */
class Business_SnapshotAsOfTest {
  @TempDir Path dir;

  @Test
  void hrSnapshotAlone_closesOnTheDayItIsRead() throws Exception {
    Files.writeString(dir.resolve("employees.csv"), "employee_id,attrition\ne1,Yes\ne2,No\n");
    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    LocalDate asOf = Kpikit.open(dir).asOf();
    assertTrue(List.of(before, LocalDate.now(ZoneOffset.UTC)).contains(asOf), asOf.toString());
  }

  @Test
  void tenureExportWithDatedOrders_closesOnTheLastOrderDate() throws Exception {
    Files.writeString(dir.resolve("customers.csv"), "customer_id,tenure,churned\nc1,3,Yes\n");
    Files.writeString(dir.resolve("orders.csv"), "order_id,order_date,amount\no1,2024-05-06,10\n");
    assertEquals(LocalDate.of(2024, 5, 6), Kpikit.open(dir).asOf());
  }

  @Test
  void financialsAlone_stillAskForAnAsOf() throws Exception {
    Files.writeString(dir.resolve("financials.csv"), "period,revenue\n2024-01,100\n");
    DataException e = assertThrows(DataException.class, () -> Kpikit.open(dir).asOf());
    assertTrue(e.getMessage().contains("give --as-of"), e.getMessage());
  }
}
