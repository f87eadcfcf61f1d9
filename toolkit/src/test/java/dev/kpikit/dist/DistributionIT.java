package dev.kpikit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a server gets it: {@code kpikit-<version>.tar.gz} unpacked into an
 * empty folder and run through {@code bin/kpikit} with a PATH that has only the Java runtime and
 * the few shell tools the launcher uses (no Maven, no {@code MAVEN_HOME}). Runs in the {@code
 * verify} phase (failsafe), after {@code package} has written the archive.
 */
class DistributionIT {
  /** What bin/kpikit and libexec/kpikit-jvm.sh call, besides bash builtins and java. */
  private static final List<String> SHELL_TOOLS =
      List.of("awk", "bash", "basename", "cat", "cksum", "cp", "cut", "dirname", "find", "grep", "mkdir",
          "mktemp", "mv", "readlink", "rm", "sed", "stat");

  @TempDir static Path tmp;
  private static Path home;
  private static Path bareBin;

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = Path.of(System.getProperty("kpikit.dist.archive",
        "target/kpikit-" + System.getProperty("kpikit.version") + ".tar.gz"));
    assertTrue(Files.isRegularFile(archive), "no archive at " + archive + ": run mvn package");
    Path installs = Files.createDirectories(tmp.resolve("install"));
    run(List.of("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", installs.toString()),
        installs, System.getenv());
    try (Stream<Path> s = Files.list(installs)) {
      List<Path> top = s.toList();
      assertEquals(1, top.size(), "the archive has one top folder: " + top);
      home = top.get(0);
    }
    bareBin = Files.createDirectories(tmp.resolve("bare-bin"));
    for (String tool : SHELL_TOOLS) {
      Files.createSymbolicLink(bareBin.resolve(tool), which(tool));
    }
    Files.createSymbolicLink(bareBin.resolve("java"),
        Path.of(System.getProperty("java.home"), "bin", "java").toRealPath());
  }

  @Test
  void theArchiveHasOneTopFolderNamedAfterTheVersion() {
    assertEquals("kpikit-" + System.getProperty("kpikit.version"), home.getFileName().toString());
  }

  @Test
  void theZipHoldsTheSameFilesAsTheTarball() throws Exception {
    Path tarball = Path.of(System.getProperty("kpikit.dist.archive"));
    Path zip = tarball.resolveSibling(tarball.getFileName().toString().replace(".tar.gz", ".zip"));
    Set<String> inTar = new TreeSet<>(run(List.of("tar", "-tzf", tarball.toString()), tmp, System.getenv())
        .output.lines().filter(n -> !n.endsWith("/")).toList());
    Set<String> inZip = new TreeSet<>();
    int binMode;
    try (ZipFile z = ZipFile.builder().setFile(zip.toFile()).get()) {
      Collections.list(z.getEntries()).stream().filter(e -> !e.isDirectory()).forEach(e -> inZip.add(e.getName()));
      binMode = Collections.list(z.getEntries()).stream().filter(e -> e.getName().endsWith("/bin/kpikit"))
          .findFirst().map(e -> e.getUnixMode() & 0777).orElse(-1);
    }
    assertEquals(inTar, inZip);
    assertEquals(0755, binMode, "bin/kpikit is executable once unzipped");
  }

  @Test
  void theSubprocessCannotFindMaven() throws Exception {
    Result r = run(List.of("bash", "-c", "command -v mvn || echo no-mvn"), home, bareEnv(tmp.resolve("h0")));
    assertEquals("no-mvn", r.output.strip());
  }

  @Test
  void reportOnTheBundledSampleRunsWithoutMaven() throws Exception {
    Path out = tmp.resolve("report");
    Result r = run(List.of("bin/kpikit", "report", "data-samples/northwind-coffee", "--out", out.toString()),
        home, bareEnv(tmp.resolve("h1")));
    assertEquals(0, r.exit, r.output);
    assertTrue(Files.isRegularFile(out.resolve("index.html")), r.output);
    try (Stream<Path> s = Files.list(out.resolve("metrics"))) {
      Set<String> csv = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
          .collect(Collectors.toSet());
      assertTrue(csv.contains("revenue_monthly.csv"), csv.toString());
    }
  }

  @Test
  void versionNamesTheVersionAndTheCommit() throws Exception {
    Result r = run(List.of("bin/kpikit", "--version"), home, bareEnv(tmp.resolve("h2")));
    assertEquals(0, r.exit, r.output);
    String first = r.output.lines().findFirst().orElse("");
    Matcher m = Pattern.compile("kpikit (\\S+) \\(commit (\\S+)\\)").matcher(first);
    assertTrue(m.matches(), first);
    assertEquals(System.getProperty("kpikit.version"), m.group(1));
    String head = run(List.of("sh", "-c", "git rev-parse --short=7 HEAD 2>/dev/null || true"),
        Path.of("").toAbsolutePath(), System.getenv()).output.strip();
    String commit = m.group(2);
    if (head.isEmpty()) {
      assertEquals("unknown", commit, "built outside git");
    } else {
      String hash = commit.replace("-dirty", "");
      assertTrue(commit.matches("[0-9a-f]{7}(-dirty)?"), commit);
      // HEAD itself, or (a commit made while the build ran) one of its ancestors
      int ancestor = run(List.of("git", "merge-base", "--is-ancestor", hash, "HEAD"),
          Path.of("").toAbsolutePath(), System.getenv()).exit;
      assertTrue(hash.equals(head) || ancestor == 0, commit + " vs HEAD " + head);
    }
  }

  @Test
  void aWritableInstallationKeepsItsClassDataArchiveInLib() throws Exception {
    Result r = run(List.of("bin/kpikit", "--version"), home, bareEnv(tmp.resolve("h3")));
    assertEquals(0, r.exit, r.output);
    assertTrue(Files.size(home.resolve("lib/kpikit.jsa")) > 0);
    assertFalse(Files.exists(tmp.resolve("h3/.cache/kpikit")), "the user's cache is left alone");
  }

  /**
   * An installation the user cannot write (e.g. /opt/kpikit owned by root): the archive goes to
   * the user's cache. Root may write anywhere, so as root the launcher runs as user nobody.
   */
  @Test
  void aReadOnlyInstallationKeepsItsClassDataArchiveInTheUserCache() throws Exception {
    Path copy = Files.createDirectories(tmp.resolve("readonly"));
    run(List.of("cp", "-a", home.toString(), copy.toString()), tmp, System.getenv());
    Path ro = copy.resolve(home.getFileName());
    Files.deleteIfExists(ro.resolve("lib/kpikit.jsa"));
    Files.deleteIfExists(ro.resolve("lib/kpikit.jsa.key"));
    Path userHome = Files.createDirectories(tmp.resolve("h4"));
    List<String> cmd = new ArrayList<>();
    boolean root = run(List.of("id", "-u"), tmp, System.getenv()).output.strip().equals("0");
    if (root) {
      // nobody must reach the installation, its own home and the temp folder it records in
      run(List.of("chmod", "-R", "a+rX", tmp.toString()), tmp, System.getenv());
      run(List.of("chmod", "a+rwx", userHome.toString()), tmp, System.getenv());
      run(List.of("chmod", "a+x", tmp.getParent().toString()), tmp, System.getenv());
      cmd.addAll(List.of(which("setpriv").toString(), "--reuid=65534", "--regid=65534", "--clear-groups"));
    } else {
      run(List.of("chmod", "-R", "a-w", ro.toString()), tmp, System.getenv());
    }
    cmd.addAll(List.of(ro.resolve("bin/kpikit").toString(), "--version"));
    Result r = run(cmd, ro, bareEnv(userHome));
    assertEquals(0, r.exit, r.output);
    assertFalse(Files.exists(ro.resolve("lib/kpikit.jsa")), "nothing written into the installation");
    try (Stream<Path> s = Files.walk(userHome.resolve(".cache/kpikit"))) {
      assertEquals(1, s.filter(p -> p.getFileName().toString().equals("kpikit.jsa")).count());
    } finally {
      run(List.of("chmod", "-R", "u+w", copy.toString()), tmp, System.getenv());
    }
  }

  @Test
  void bashCompletionCompletesSubcommandsAndTheirOptions() throws Exception {
    Path script = home.resolve("share/bash-completion/completions/kpikit");
    assertEquals("report", complete(script, "kpikit", "rep"));
    assertEquals("--out", complete(script, "kpikit", "report", "--ou"));
    assertEquals("--strict", complete(script, "kpikit", "metrics", "--str"));
  }

  /** The words bash would offer after {@code words}, the last one being completed. */
  private static String complete(Path script, String... words) throws Exception {
    String array = Stream.of(words).map(w -> "'" + w + "'").collect(Collectors.joining(" "));
    String program = ". '" + script + "'\n"
        + "COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1) + "\n"
        + "COMP_LINE='" + String.join(" ", words) + "'; COMP_POINT=${#COMP_LINE}\n"
        // compopt complains outside a real completion, on stderr; the candidates are on stdout
        + "_complete_kpikit 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Result r = run(List.of("bash", "-c", program), home, bareEnv(tmp.resolve("h5")));
    assertEquals(0, r.exit, r.output);
    return r.output.strip();
  }

  @Test
  void thirdPartyListingNamesEveryBundledJar() throws Exception {
    Set<String> jars = new TreeSet<>();
    try (Stream<Path> s = Files.list(home.resolve("lib"))) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar") && !n.equals("kpikit.jar"))
          .forEach(jars::add);
    }
    Set<String> listed = new TreeSet<>();
    Matcher m = Pattern.compile("\\(([^:() ]+):([^:() ]+):([^:() ]+) - ")
        .matcher(Files.readString(home.resolve("THIRD-PARTY.txt")));
    while (m.find()) {
      listed.add(m.group(2) + "-" + m.group(3) + ".jar");
    }
    assertFalse(jars.isEmpty());
    assertEquals(jars, listed);
    assertTrue(Files.readString(home.resolve("LICENSE")).contains("Apache License"));
    assertTrue(Files.isRegularFile(home.resolve("README.md")));
    assertTrue(Files.isDirectory(home.resolve("licenses/jackson-core-jar/META-INF")));
  }

  private static Map<String, String> bareEnv(Path userHome) throws IOException {
    Files.createDirectories(userHome);
    Map<String, String> env = new java.util.HashMap<>();
    env.put("PATH", bareBin.toString());
    env.put("HOME", userHome.toString());
    env.put("LANG", "C.UTF-8");
    return env;
  }

  private static Path which(String tool) throws Exception {
    for (String dir : System.getenv("PATH").split(":")) {
      Path p = Path.of(dir, tool);
      if (Files.isExecutable(p)) {
        return p.toRealPath();
      }
    }
    throw new AssertionError(tool + " is not on the PATH");
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command, Path dir, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "still running: " + command);
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
