package dev.kpikit.io;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests as lower-case hex: of input files ({@code run.json}) and of the files whose
 * names carry the start of their digest (the report's shared assets).
 *
 * @since 0.1.0
 */
public final class Sha256 {
  /** How many hex digits of the digest a content-addressed file name carries. */
  public static final int NAME_DIGITS = 8;

  private Sha256() {}

  /**
   * @param in the bytes, read to the end (the caller closes the stream)
   * @return the 64 lower-case hex digits of their SHA-256
   * @throws IOException when the stream cannot be read
   */
  public static String hex(InputStream in) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
    byte[] buf = new byte[1 << 16];
    for (int n; (n = in.read(buf)) > 0; ) {
      md.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * @param in the bytes, read to the end (the caller closes the stream)
   * @return the first {@link #NAME_DIGITS} hex digits of their SHA-256, as a content-addressed
   *     file name carries them (e.g. {@code plotly-3.3.1-0a1b2c3d.js})
   * @throws IOException when the stream cannot be read
   */
  public static String namePart(InputStream in) throws IOException {
    return hex(in).substring(0, NAME_DIGITS);
  }
}
