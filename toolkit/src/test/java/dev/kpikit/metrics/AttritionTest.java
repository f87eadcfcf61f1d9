package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class AttritionTest {
  private static final Table SNAPSHOT =
      TypedTable.of(
          "employees",
          "employee_id:S, attrition:B, department:S, job_level:I",
          "1, true, Sales, 1",
          "2, false, Sales, 2",
          "3, false, Sales, 1",
          "4, true, , 1",
          "5, , Sales, 2");

  @Test
  void withoutADimension_oneRowCountsEmployeesWithAKnownFlag() {
    Table t = Attrition.of(SNAPSHOT, null);
    assertEquals(List.of("segment", "employees", "leavers", "attrition_rate"), t.columnNames());
    assertEquals(List.of("ALL"), t.stringColumn("segment").asList());
    assertEquals(4, t.intColumn("employees").getInt(0));
    assertEquals(2, t.intColumn("leavers").getInt(0));
    assertEquals(2 / 4.0, t.doubleColumn("attrition_rate").get(0));
  }

  @Test
  void byDepartment_givesARowPerValue_missingValuesTogether() {
    Table t = Attrition.of(SNAPSHOT, "department");
    assertEquals(List.of("(missing)", "Sales"), t.stringColumn("segment").asList());
    assertEquals(List.of(1, 3), t.intColumn("employees").asList());
    assertEquals(List.of(1.0, 1 / 3.0), t.doubleColumn("attrition_rate").asList());
  }

  @Test
  void aNumericDimensionSplitsByItsValues() {
    Table t = Attrition.of(SNAPSHOT, "job_level");
    assertEquals(List.of("1", "2"), t.stringColumn("segment").asList());
    assertEquals(List.of(3, 1), t.intColumn("employees").asList());
  }

  @Test
  void segmentWithoutKnownFlags_hasAMissingRate() {
    Table t =
        Attrition.of(
            SNAPSHOT.where(SNAPSHOT.stringColumn("employee_id").isEqualTo("5")), null);
    assertEquals(0, t.intColumn("employees").getInt(0));
    assertEquals(true, t.doubleColumn("attrition_rate").isMissing(0));
  }

  @Test
  void unknownDimension_namesTheInput() {
    IllegalArgumentException e =
        assertThrows(
            NotComputableException.class, () -> Attrition.of(SNAPSHOT, "region"));
    assertEquals(
        "attrition cannot be split by region: employees has no region column", e.getMessage());
  }
}
