package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.TestData;
import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Attrition on the real IBM HR Analytics snapshot (1,470 employees; the file starts with a UTF-8
 * BOM, which DuckDB's read_csv strips; read as text so Yes/No stay text), against the figures
 * published with the dataset ({@code testdata/README.md}) and a DuckDB group-by.
 */
class AttritionIbmHrTest {
  private static DuckDbOracle oracle;
  private static Table employees;

  @BeforeAll
  static void readTheExport() {
    String csv =
        TestData.dataset("hr-attrition/WA_Fn-UseC_-HR-Employee-Attrition.csv").toString();
    oracle = new DuckDbOracle();
    oracle.execute(
        "CREATE TABLE hr AS SELECT * FROM read_csv('"
            + csv
            + "', header = true, all_varchar = true)");
    Table raw =
        oracle.query(
            "SELECT EmployeeNumber AS employee_id, Attrition, Department AS department,"
                + " OverTime AS over_time FROM hr");
    StringColumn flag = raw.stringColumn("Attrition");
    BooleanColumn attrition = BooleanColumn.create("attrition", flag.size());
    for (int i = 0; i < flag.size(); i++) {
      attrition.set(i, flag.get(i).equals("Yes"));
    }
    employees =
        Table.create(
            "employees",
            raw.stringColumn("employee_id"),
            attrition,
            raw.stringColumn("department"),
            raw.stringColumn("over_time"));
  }

  @AfterAll
  static void closeOracle() {
    oracle.close();
  }

  @Test
  void byteOrderMarkIsStripped_soTheFirstColumnIsAge() {
    Table first = oracle.query("SELECT column_name FROM (DESCRIBE hr) LIMIT 1");
    assertEquals("Age", first.stringColumn("column_name").get(0));
  }

  @Test
  void overallAttritionIs237Of1470() {
    Table t = Attrition.of(employees, null);
    assertEquals(1470, t.intColumn("employees").getInt(0));
    assertEquals(237, t.intColumn("leavers").getInt(0));
    assertEquals(237 / 1470.0, t.doubleColumn("attrition_rate").get(0));
    assertEquals(0.1612, t.doubleColumn("attrition_rate").get(0), 0.00005);
  }

  @Test
  void byDepartment_matchesThePublishedFigures() {
    Table t = Attrition.of(employees, "department");
    assertEquals(
        List.of("Human Resources", "Research & Development", "Sales"),
        t.stringColumn("segment").asList());
    assertEquals(List.of(63, 961, 446), t.intColumn("employees").asList());
    assertEquals(List.of(12, 133, 92), t.intColumn("leavers").asList());
  }

  @Test
  void byOverTime_matchesThePublishedFigures() {
    Table t = Attrition.of(employees, "over_time");
    assertEquals(List.of("No", "Yes"), t.stringColumn("segment").asList());
    assertEquals(List.of(1054, 416), t.intColumn("employees").asList());
    assertEquals(List.of(110, 127), t.intColumn("leavers").asList());
  }

  @Test
  void byDepartment_matchesADuckDbGroupBy() {
    Table expected =
        oracle.query(
            "SELECT Department AS segment, COUNT(*) AS employees,"
                + " COUNT(*) FILTER (WHERE Attrition = 'Yes') AS leavers,"
                + " COUNT(*) FILTER (WHERE Attrition = 'Yes') / COUNT(*) AS attrition_rate"
                + " FROM hr GROUP BY Department ORDER BY Department");
    double worst =
        Tables.assertSameCells(expected, Attrition.of(employees, "department"), 1e-12);
    System.out.println("attrition (IBM HR) by department: worst relative difference " + worst);
  }
}
