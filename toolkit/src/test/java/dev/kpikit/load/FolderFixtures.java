package dev.kpikit.load;

import dev.kpikit.config.DataFolder;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a one-dataset data folder (its kpikit.yaml and CSV) and loads the dataset from it. */
final class FolderFixtures {
  private FolderFixtures() {}

  /**
   * @param dir an empty folder
   * @param yaml the text of kpikit.yaml
   * @param dataset the dataset the CSV holds, written as {@code <stem>.csv}
   * @param csv the CSV text
   * @return the dataset as the folder loads it (conversion and policies applied)
   */
  static LoadResult load(Path dir, String yaml, Dataset dataset, String csv) throws IOException {
    Files.writeString(dir.resolve("kpikit.yaml"), yaml);
    Files.writeString(dir.resolve(dataset.fileStem() + ".csv"), csv);
    return DataFolder.open(dir).load(dataset);
  }
}
