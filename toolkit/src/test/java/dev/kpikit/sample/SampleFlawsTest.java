package dev.kpikit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The malformed values are exactly where each sample's README says, and only there. */
class SampleFlawsTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(SampleBusiness.class)
  void readme_listsFiveToTwelveFlaws(SampleBusiness business) throws IOException {
    business.write(tmp, SampleOptions.DEFAULT);

    int listed = readmeFlaws(tmp).size();

    assertTrue(listed >= 5 && listed <= 12, listed + " flaws listed");
  }

  @ParameterizedTest
  @EnumSource(SampleBusiness.class)
  void everyListedLine_holdsItsFlaw(SampleBusiness business) throws IOException {
    business.write(tmp, SampleOptions.DEFAULT);

    for (List<String> flaw : readmeFlaws(tmp)) {
      List<List<String>> rows = SampleCsv.read(tmp.resolve(flaw.get(0)));
      List<String> header = rows.get(0);
      List<String> record = rows.get(Integer.parseInt(flaw.get(1)) - 1);
      String column = flaw.get(2);
      String value = flaw.get(3).equals(SampleReadme.EMPTY) ? "" : flaw.get(3).replace("`", "");
      if (flaw.get(4).contains("fewer than the header")) {
        assertEquals(header.size() - 1, record.size(), flaw.toString());
      } else {
        assertEquals(value, record.get(header.indexOf(column)), flaw.toString());
        assertUnreadable(column, value);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SampleBusiness.class)
  void unlistedLines_areWellFormed(SampleBusiness business) throws IOException {
    SampleResult result = business.write(tmp, SampleOptions.DEFAULT);
    List<String> flawed = new ArrayList<>();
    readmeFlaws(tmp).forEach(f -> flawed.add(f.get(0) + ":" + f.get(1)));

    for (SampleFile file : result.files()) {
      if (!file.name().endsWith(".csv")) {
        continue;
      }
      List<List<String>> rows = SampleCsv.read(tmp.resolve(file.name()));
      for (int i = 1; i < rows.size(); i++) {
        if (!flawed.contains(file.name() + ":" + (i + 1))) {
          assertEquals(rows.get(0).size(), rows.get(i).size(), file.name() + " line " + (i + 1));
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SampleBusiness.class)
  void cleanSample_hasNoFlaws(SampleBusiness business) throws IOException {
    SampleResult result = business.write(tmp, SampleOptions.DEFAULT.withClean(true));

    assertEquals(List.of(), result.flaws());
    assertTrue(Files.readString(tmp.resolve("README.md")).contains("generated with `--clean`"));
  }

  @ParameterizedTest
  @EnumSource(SampleBusiness.class)
  void largerSample_keepsTheSameFewFlaws(SampleBusiness business) throws IOException {
    int atDefault = business.write(tmp.resolve("a"), SampleOptions.DEFAULT).flaws().size();

    SampleOptions larger = SampleOptions.DEFAULT.withOrderRows(200_000);
    int atLarger = business.write(tmp.resolve("b"), larger).flaws().size();

    assertEquals(atDefault, atLarger);
  }

  /** A listed value must not read as the column's type. */
  private static void assertUnreadable(String column, String value) {
    if (value.isEmpty()) {
      return;
    }
    if (column.endsWith("date")) {
      assertThrows(DateTimeParseException.class, () -> LocalDate.parse(value), column);
    } else {
      assertThrows(NumberFormatException.class, () -> Double.parseDouble(value), column);
    }
  }

  /** The rows of the README's flaws table: file, line, column, value, problem, expected. */
  private static List<List<String>> readmeFlaws(Path folder) throws IOException {
    List<String> lines = Files.readAllLines(folder.resolve("README.md"));
    int header = lines.indexOf(SampleReadme.FLAWS_HEADER);
    List<List<String>> flaws = new ArrayList<>();
    for (int i = header + 2; header >= 0 && i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String row = lines.get(i);
      List<String> cells = new ArrayList<>();
      for (String cell : row.substring(1, row.length() - 1).split("\\|")) {
        cells.add(cell.strip());
      }
      flaws.add(cells);
    }
    return flaws;
  }
}
