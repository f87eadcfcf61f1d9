package dev.kpikit.report;

import dev.kpikit.io.Sha256;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SHA-256 of input files computed by a child JVM, for a run whose JVM compiles with the quick
 * compiler (C1) only, as the launcher starts small inputs: the JDK's SHA-256 then runs without the
 * C2 intrinsic that uses the processor's SHA instructions, at about 140 MB/s, and was a fifth of
 * the CPU time of {@code kpikit metrics} on 1M order rows. A child JVM with C2 hashes at about 1
 * GB/s after a start of about a tenth of a second of CPU; from {@link #MIN_BYTES} of input that is
 * the cheaper way. The child is {@link #main}, run from kpikit's own class path.
 */
final class ForkedDigest {
  /** Input bytes from which a child JVM is cheaper than hashing here with C1 (break-even ~15 MB). */
  static final long MIN_BYTES = 32L << 20;

  /** This JVM's java launcher. */
  static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  private ForkedDigest() {}

  /**
   * @param quickCompilerOnly whether this JVM compiles with C1 only ({@link #quickCompilerOnly()})
   * @param bytes the bytes of the files to hash
   * @return whether hashing them in a child JVM costs less CPU than here
   */
  static boolean pays(boolean quickCompilerOnly, long bytes) {
    return quickCompilerOnly && bytes >= MIN_BYTES;
  }

  /**
   * @return whether this JVM stops at the quick compiler ({@code -XX:TieredStopAtLevel} below 4);
   *     false when that cannot be read (no {@code jdk.management} module, another JVM)
   */
  static boolean quickCompilerOnly() {
    try {
      var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
      return hotspot != null && Integer.parseInt(hotspot.getVMOption("TieredStopAtLevel").getValue()) < 4;
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /**
   * Hashes files in a child JVM.
   *
   * @param java the java launcher to start the child with ({@link #JAVA})
   * @param files local files
   * @return their SHA-256 as lower-case hex, in the order of {@code files}
   * @throws IOException when the child cannot be started, fails, or does not print one digest per
   *     file
   * @throws InterruptedException when interrupted while waiting for the child, which is then ended
   */
  static List<String> digest(Path java, List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        java.toString(), "-XX:+UseSerialGC", "-Xmx64m", "-XX:-UsePerfData", "-Xshare:auto",
        "-cp", ownClassPath(), ForkedDigest.class.getName()));
    for (Path f : files) {
      command.add(f.toAbsolutePath().toString());
    }
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      child.getOutputStream().close();
      List<String> digests = new ArrayList<>(files.size());
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
        for (String line; (line = out.readLine()) != null; ) {
          digests.add(line);
        }
      }
      int exit = child.waitFor();
      if (exit != 0 || digests.size() != files.size() || !digests.stream().allMatch(d -> HEX.matcher(d).matches())) {
        throw new IOException("the SHA-256 child JVM ended with exit code " + exit + " after " + digests.size() + " of " + files.size() + " digests");
      }
      return digests;
    } finally {
      child.destroy();
    }
  }

  /** The class path entry (jar or folder) this class was loaded from. */
  private static String ownClassPath() throws IOException {
    try {
      return Path.of(ForkedDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException | RuntimeException e) {
      throw new IOException("cannot locate kpikit's classes for the SHA-256 child JVM", e);
    }
  }

  /**
   * The child: prints the SHA-256 of each file named, one a line, in order; exit code 1 when a file
   * cannot be read.
   *
   * @param args paths of local files
   */
  public static void main(String[] args) {
    try {
      StringBuilder out = new StringBuilder();
      for (String a : args) {
        try (InputStream in = Files.newInputStream(Path.of(a))) {
          out.append(Sha256.hex(in)).append('\n');
        }
      }
      System.out.print(out);
      System.out.flush();
    } catch (IOException | RuntimeException e) {
      System.exit(1);
    }
  }
}
