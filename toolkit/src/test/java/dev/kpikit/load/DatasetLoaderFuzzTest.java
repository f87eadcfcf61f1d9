package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kpikit.load.csv.CsvFileChunks;
import dev.kpikit.load.parquet.ParquetRecordReader;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzzing of {@link DatasetLoader#load} on CSV and Parquet files. Properties, for
 * every input: the only exception is a one-line {@link DataException}; every file's rows read =
 * loaded + rejected, the table has the loaded rows and the rejects list the rejected ones.
 *
 * <p>The CSV target reads the fuzzer's bytes as one of the {@link #PROFILES} (dataset and preset of
 * a staged real export), chosen by the input's last byte; its seeds are slices of those exports.
 * Each CSV input is loaded twice: by the chunked reader (the path of almost every local load) at a
 * chunk size chosen by the input's second-to-last byte, from 1 byte (every line a chunk, so quoted
 * line breaks and blank lines cross chunk starts) to 64 bytes, or the automatic size; and by the
 * streaming reader ({@link DatasetLoader#STREAMING}). Both must fail with the same message, or give
 * the same table, ledger and rejects (same lines, columns, reasons and raw values).
 * The Parquet target's seeds are small files written by kpikit from slices of the same exports.
 * Seeds and the inputs that once found bugs live in {@code DatasetLoaderFuzzTestInputs/} and run in
 * every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class DatasetLoaderFuzzTest {
  /** The dataset and preset a fuzzed CSV is loaded as, one per staged real export. */
  record Profile(Dataset dataset, String preset) {}

  static final List<Profile> PROFILES =
      List.of(
          new Profile(Dataset.ORDERS, "uci-online-retail"),
          new Profile(Dataset.CUSTOMERS, "ibm-telco"),
          new Profile(Dataset.EMPLOYEES, "ibm-hr"),
          new Profile(Dataset.ORDERS, "superstore"),
          new Profile(Dataset.ORDERS, null));

  private static final Path DIR = tempDir();

  /** The largest chunk size the CSV target picks; 0 stands for the automatic size. */
  static final int MAX_FUZZED_CHUNK_BYTES = 64;

  @FuzzTest(maxDuration = "5m")
  void csvLoad_accountsForEveryRow(FuzzedDataProvider data) throws IOException {
    Profile profile = PROFILES.get(data.consumeInt(0, PROFILES.size() - 1));
    int chunkBytes = data.consumeInt(CsvFileChunks.AUTO_CHUNK_BYTES, MAX_FUZZED_CHUNK_BYTES);
    Path file = DIR.resolve("fuzz.csv");
    Files.write(file, data.consumeRemainingAsBytes());

    LoadComparison.Outcome chunked = assertLoadsOrFailsCleanly(profile, file, chunkBytes);
    LoadComparison.Outcome streamed = assertLoadsOrFailsCleanly(profile, file, DatasetLoader.STREAMING);
    LoadComparison.assertSame(streamed, chunked, "chunks of " + chunkBytes + " bytes (0: automatic)");
  }

  @FuzzTest(maxDuration = "5m")
  void parquetLoad_accountsForEveryRow(byte[] bytes) throws IOException {
    Path file = DIR.resolve("fuzz.parquet");
    Files.write(file, bytes);

    assertLoadsOrFailsCleanly(new Profile(Dataset.ORDERS, null), file, CsvFileChunks.AUTO_CHUNK_BYTES);
    assertReadsEveryColumnOrFailsCleanly(file);
  }

  /**
   * Loads the file by chunks of {@code chunkBytes} (or streaming) and asserts the only failure is a
   * one-line {@link DataException} and every row is accounted for; returns what the load gave.
   */
  private static LoadComparison.Outcome assertLoadsOrFailsCleanly(Profile profile, Path file, int chunkBytes) {
    LoadOptions options = LoadOptions.builder().preset(profile.preset()).build();
    LoadComparison.Outcome outcome =
        LoadComparison.load(profile.dataset(), file.toString(), options, chunkBytes, m -> m);
    if (outcome.failure() != null) {
      assertFalse(outcome.failure().contains("\n"), outcome.failure());
      return outcome;
    }
    LoadResult result = outcome.result();
    long loaded = 0;
    long rejected = 0;
    for (FileLedger ledger : result.files()) { // each ledger checks read = loaded + rejected
      loaded += ledger.rowsLoaded();
      rejected += ledger.rowsRejected();
    }
    assertEquals(loaded, result.table().rowCount(), "table rows");
    assertEquals(rejected, result.rejects().size(), "rejects");
    return outcome;
  }

  private static void assertReadsEveryColumnOrFailsCleanly(Path file) {
    try (ParquetRecordReader reader = ParquetRecordReader.open(file.toString(), null)) {
      long rows = 0;
      while (reader.next()) {
        rows++;
        for (int i = 0; i < reader.size(); i++) {
          reader.value(i);
        }
      }
      assertEquals(rows, reader.line());
    } catch (DataException e) {
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("kpikit-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
