package dev.kpikit.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kpikit.load.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@code kpikit.yaml} read leniently: the config from the keys kpikit knows, and an issue for
 * each key, dataset, KPI or balance name it does not know (ignored, with its line and column and
 * the nearest known name). The command line prints the issues as warnings, or with {@code --strict}
 * refuses the file ({@link #strict()}).
 *
 * <pre>{@code
 * ConfigFile f = ConfigFile.read(Path.of("data/kpikit.yaml"), ConfigNames.NONE);
 * f.issues().forEach(i -> System.err.println("warning: " + i));
 * // data/kpikit.yaml:7:3: unknown dataset `marketing_spnd` in datasets; did you mean `marketing_spend`?
 * }</pre>
 *
 * @param config the config, without what the issues name
 * @param issues unknown keys and names, in document order; empty for a clean file
 * @since 0.1.0
 */
public record ConfigFile(KpikitConfig config, List<ConfigIssue> issues) {

  /** Copies the list. */
  public ConfigFile {
    issues = List.copyOf(issues);
  }

  /**
   * Reads a config file.
   *
   * @param file the YAML file
   * @param names the vocabularies of named sections (KPI names under {@code targets}, ...)
   * @return the config and its issues
   * @throws DataException when the file cannot be read, is not YAML (naming the line) or holds a
   *     value of the wrong kind (naming the line and column of its key)
   */
  public static ConfigFile read(Path file, ConfigNames names) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new DataException(file + ": cannot read the config: " + e.getMessage(), e);
    }
    return parse(file.toString(), text, names);
  }

  /**
   * Parses config text.
   *
   * @param source the file name, for messages
   * @param yaml the YAML text
   * @param names the vocabularies of named sections
   * @return the config and its issues
   * @throws DataException as {@link #read}
   */
  public static ConfigFile parse(String source, String yaml, ConfigNames names) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
      throw new DataException(source + where + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
    KeyLocations locations = KeyLocations.read(yaml);
    KpikitConfig config = KpikitConfig.fromTree(source, root, locations);
    List<ConfigIssue> issues =
        root == null || !root.isObject() ? List.of() : ConfigSchema.check(source, root, locations, names);
    return new ConfigFile(config, issues);
  }

  /**
   * The config, if the file has no issues.
   *
   * @return {@link #config()}
   * @throws DataException naming the first issue (and how many more there are) when there are any
   */
  public KpikitConfig strict() {
    if (issues.isEmpty()) {
      return config;
    }
    throw new DataException(ConfigIssue.summary(issues));
  }
}
