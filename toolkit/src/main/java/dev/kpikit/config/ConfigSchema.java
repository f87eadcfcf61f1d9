package dev.kpikit.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The keys {@code kpikit.yaml} may hold, derived from the config model itself: a section is a
 * record ({@link KpikitConfig}, {@link DatasetConfig}, {@link KpikitConfig.Target}) and its keys are
 * the record's components in snake_case ({@code asOf} is {@code as_of}). A map section ({@code
 * datasets}, {@code targets}, {@code bands}) takes any names, checked against an enum's constants
 * (its key type, e.g. {@link dev.kpikit.schema.Dataset}) or a {@link ConfigNames} vocabulary; its
 * values are checked by their own type. Lists of records are checked element by element.
 *
 * <p><b>Adding a section</b> (e.g. {@code forecast:}): add a component to {@link KpikitConfig}
 * (a record type for a section with fixed keys, a {@code Map<String, ...>} for named entries) and
 * read it in {@link KpikitConfig#fromTree}; it is then known here, with nothing to register. Names
 * defined elsewhere (like KPI names) go into the {@link ConfigNames} the caller passes.
 */
final class ConfigSchema {
  private final String file;
  private final KeyLocations locations;
  private final ConfigNames names;
  private final List<ConfigIssue> issues = new ArrayList<>();

  private ConfigSchema(String file, KeyLocations locations, ConfigNames names) {
    this.file = file;
    this.locations = locations;
    this.names = names;
  }

  /**
   * @param file the config file, for messages
   * @param root the parsed document
   * @param locations where its keys are
   * @param names vocabularies of named sections
   * @return every unknown key and name, in document order
   */
  static List<ConfigIssue> check(String file, JsonNode root, KeyLocations locations, ConfigNames names) {
    return check(file, root, KpikitConfig.class, locations, names);
  }

  /**
   * As {@link #check(String, JsonNode, KeyLocations, ConfigNames)} for a document whose root is
   * another record type.
   */
  static List<ConfigIssue> check(
      String file, JsonNode root, Class<? extends Record> rootType, KeyLocations locations, ConfigNames names) {
    ConfigSchema s = new ConfigSchema(file, locations, names);
    s.value(root, rootType, "");
    return List.copyOf(s.issues);
  }

  /**
   * @param type a record class of the config model
   * @return its YAML keys, each with the component's generic type
   */
  static Map<String, Type> keys(Class<?> type) {
    Map<String, Type> keys = new LinkedHashMap<>();
    for (RecordComponent c : type.getRecordComponents()) {
      keys.put(snakeCase(c.getName()), c.getGenericType());
    }
    return keys;
  }

  /** {@code endIsLastActiveDay} to {@code end_is_last_active_day}. */
  static String snakeCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private void value(JsonNode node, Type type, String path) {
    Class<?> raw = raw(type);
    if (node == null || raw == null) {
      return;
    }
    if (raw.isRecord() && node.isObject()) {
      Map<String, Type> keys = keys(raw);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = join(path, e.getKey());
        if (keys.containsKey(e.getKey())) {
          value(e.getValue(), keys.get(e.getKey()), at);
        } else {
          unknown(at, e.getKey(), "key", List.copyOf(keys.keySet()), path);
        }
      }
    } else if (Map.class.isAssignableFrom(raw) && node.isObject() && type instanceof ParameterizedType p) {
      Optional<ConfigNames.Vocabulary> vocabulary = vocabulary(path, p.getActualTypeArguments()[0]);
      boolean enumKeys = raw(p.getActualTypeArguments()[0]) != null && raw(p.getActualTypeArguments()[0]).isEnum();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = join(path, e.getKey());
        // enum names are read leniently (Dataset.fromName: any case, '-' for '_')
        String name = enumKeys ? e.getKey().trim().toLowerCase(Locale.ROOT).replace('-', '_') : e.getKey();
        if (vocabulary.isPresent() && !vocabulary.get().names().contains(name)) {
          unknown(at, e.getKey(), vocabulary.get().noun(), vocabulary.get().names(), path);
        } else {
          value(e.getValue(), p.getActualTypeArguments()[1], at);
        }
      }
    } else if (List.class.isAssignableFrom(raw) && node.isArray() && type instanceof ParameterizedType p) {
      for (JsonNode element : node) {
        value(element, p.getActualTypeArguments()[0], path);
      }
    }
  }

  private Optional<ConfigNames.Vocabulary> vocabulary(String path, Type keyType) {
    ConfigNames.Vocabulary v = names.sections().get(path);
    if (v != null) {
      return Optional.of(v);
    }
    Class<?> raw = raw(keyType);
    if (raw != null && raw.isEnum()) {
      List<String> constants = Arrays.stream(raw.getEnumConstants())
          .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList();
      return Optional.of(new ConfigNames.Vocabulary(snakeCase(raw.getSimpleName()).replace('_', ' '), constants));
    }
    return Optional.empty();
  }

  private void unknown(String at, String name, String noun, List<String> known, String section) {
    int[] where = locations.at(at);
    String in = section.isEmpty() ? "" : " in " + section;
    String hint = NearestName.of(name, known)
        .map(n -> "; did you mean `" + n + "`?")
        .orElse("; expected one of " + String.join(", ", known));
    issues.add(new ConfigIssue(file, where[0], where[1], "unknown " + noun + " `" + name + "`" + in + hint));
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
  }
}
