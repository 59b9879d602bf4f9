package dev.redact4j;

import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link Redactor} writes a hidden secret. Every mask is JSON-safe (no quote, backslash or
 * control character) and ASCII, so it can replace text inside a JSON string or a log line as is.
 *
 * <table>
 *   <caption>Mask styles, as written in a rules file or adapter configuration</caption>
 *   <tr><th>spec</th><th>factory</th><th>output for a GitHub token</th></tr>
 *   <tr><td>{@code typed}</td><td>{@link #typed()}, the default</td><td>{@code [REDACTED:github-pat-classic]}</td></tr>
 *   <tr><td>{@code fixed:TEXT}</td><td>{@link #fixed(String)}</td><td>{@code TEXT}</td></tr>
 *   <tr><td>{@code prefix}</td><td>{@link #keepPrefix()}</td><td>{@code ghp_[REDACTED:github-pat-classic]}</td></tr>
 *   <tr><td>{@code last:N[:MIN]}</td><td>{@link #keepLast(int, int)}</td><td>{@code [REDACTED:github-pat-classic:...wxyz]}</td></tr>
 *   <tr><td>{@code fingerprint}</td><td>{@link #fingerprint()}</td><td>{@code [REDACTED:github-pat-classic:3f9a1c2e]}</td></tr>
 * </table>
 *
 * <p>A fingerprint is a keyed HMAC-SHA-256 (see {@link Redactor.Builder#fingerprintKey(byte[])}), never
 * an unkeyed hash, so it cannot be reversed by hashing guesses without the key.
 *
 * <p>Masks are immutable and thread-safe. Applications cannot implement their own: a mask that
 * echoed its input would defeat the library.
 *
 * @since 0.1.0
 */
public abstract class Mask {
  /** Written instead of the whole text when redaction itself fails. */
  static final String FAILED = "[REDACTION FAILED]";

  private static final Mask TYPED = new Typed();
  private static final Mask PREFIX = new Prefix();
  private static final Mask FINGERPRINT = new Fingerprint();

  Mask() {}

  /** {@code [REDACTED:rule-id]}: says what was removed and nothing else. The default. */
  public static Mask typed() {
    return TYPED;
  }

  /**
   * The given text, whatever was removed.
   *
   * @throws IllegalArgumentException if {@code text} is empty, longer than 64 characters, or holds a
   *     character that is not printable ASCII or is a quote or backslash (it must stay JSON-safe)
   */
  public static Mask fixed(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty() || text.length() > 64) {
      throw new IllegalArgumentException("A fixed mask needs 1 to 64 characters, for example fixed:****");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        throw new IllegalArgumentException(
            "A fixed mask may hold only printable ASCII without quotes or backslashes (it must stay"
                + " JSON-safe); character " + (i + 1) + " is not allowed");
      }
    }
    return new Fixed(text);
  }

  /**
   * Keeps the rule's public, non-secret prefix (such as {@code ghp_} or {@code AKIA}) and hides the
   * rest: {@code ghp_[REDACTED:github-pat-classic]}. Rules without such a prefix behave as
   * {@link #typed()}.
   */
  public static Mask keepPrefix() {
    return PREFIX;
  }

  /**
   * Keeps the last {@code count} characters when the secret has at least {@code minLength}
   * characters, and hides everything otherwise: {@code [REDACTED:rule-id:...wxyz]}.
   *
   * @throws IllegalArgumentException if {@code count} is not 1 to 8, or {@code minLength} is less than
   *     four times {@code count} (a short secret would be mostly revealed)
   */
  public static Mask keepLast(int count, int minLength) {
    if (count < 1 || count > 8) {
      throw new IllegalArgumentException("keepLast count must be 1 to 8, was " + count);
    }
    if (minLength < 4 * count) {
      throw new IllegalArgumentException(
          "keepLast minLength must be at least 4 x count (" + 4 * count + ") so short secrets stay hidden, was "
              + minLength);
    }
    return new Last(count, minLength);
  }

  /** {@code [REDACTED:rule-id:3f9a1c2e]}: equal secrets get equal fingerprints under one key. */
  public static Mask fingerprint() {
    return FINGERPRINT;
  }

  /**
   * Parses a mask spec: {@code typed}, {@code fixed:TEXT}, {@code prefix}, {@code last:N},
   * {@code last:N:MIN} or {@code fingerprint}.
   *
   * @throws IllegalArgumentException naming the accepted forms if {@code spec} is none of them
   */
  public static Mask parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    String s = spec.strip();
    if (s.regionMatches(true, 0, "fixed:", 0, 6)) {
      return fixed(s.substring(6));
    }
    String lower = s.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "typed":
        return typed();
      case "prefix":
        return keepPrefix();
      case "fingerprint":
      case "hmac":
        return fingerprint();
      default:
        break;
    }
    if (lower.startsWith("last:")) {
      String[] parts = lower.substring(5).split(":", -1);
      try {
        int count = Integer.parseInt(parts[0]);
        int min = parts.length > 1 ? Integer.parseInt(parts[1]) : Math.max(12, 4 * count);
        if (parts.length <= 2) {
          return keepLast(count, min);
        }
      } catch (NumberFormatException e) {
        // fall through to the message below
      }
    }
    throw new IllegalArgumentException(
        "Unknown mask '" + s + "'; use one of: typed, fixed:TEXT, prefix, last:N, last:N:MIN, fingerprint");
  }

  /**
   * Appends the replacement for {@code text[start, end)}.
   *
   * @param prefixLength length of the rule's public prefix at {@code start} (0 when it has none)
   */
  abstract void appendTo(
      StringBuilder out, String ruleId, CharSequence text, int start, int end, int prefixLength,
      Fingerprints fingerprints);

  static void appendTyped(StringBuilder out, String ruleId) {
    out.append("[REDACTED:").append(ruleId).append(']');
  }

  private static final class Typed extends Mask {
    @Override
    void appendTo(StringBuilder out, String ruleId, CharSequence text, int start, int end, int prefixLength,
        Fingerprints fingerprints) {
      appendTyped(out, ruleId);
    }

    @Override
    public String toString() {
      return "typed";
    }
  }

  private static final class Fixed extends Mask {
    private final String text;

    Fixed(String text) {
      this.text = text;
    }

    @Override
    void appendTo(StringBuilder out, String ruleId, CharSequence in, int start, int end, int prefixLength,
        Fingerprints fingerprints) {
      out.append(text);
    }

    @Override
    public String toString() {
      return "fixed:" + text;
    }
  }

  private static final class Prefix extends Mask {
    @Override
    void appendTo(StringBuilder out, String ruleId, CharSequence text, int start, int end, int prefixLength,
        Fingerprints fingerprints) {
      // Never keep more than a third of the secret, whatever the rule claims.
      int keep = Math.min(prefixLength, (end - start) / 3);
      out.append(text, start, start + keep);
      appendTyped(out, ruleId);
    }

    @Override
    public String toString() {
      return "prefix";
    }
  }

  private static final class Last extends Mask {
    private final int count;
    private final int minLength;

    Last(int count, int minLength) {
      this.count = count;
      this.minLength = minLength;
    }

    @Override
    void appendTo(StringBuilder out, String ruleId, CharSequence text, int start, int end, int prefixLength,
        Fingerprints fingerprints) {
      if (end - start < minLength) {
        appendTyped(out, ruleId);
        return;
      }
      out.append("[REDACTED:").append(ruleId).append(":...");
      for (int i = end - count; i < end; i++) {
        char c = text.charAt(i);
        // Keep the mask JSON-safe even for odd secrets.
        out.append(c >= 0x21 && c <= 0x7e && c != '"' && c != '\\' ? c : '?');
      }
      out.append(']');
    }

    @Override
    public String toString() {
      return "last:" + count + ":" + minLength;
    }
  }

  private static final class Fingerprint extends Mask {
    @Override
    void appendTo(StringBuilder out, String ruleId, CharSequence text, int start, int end, int prefixLength,
        Fingerprints fingerprints) {
      out.append("[REDACTED:").append(ruleId).append(':');
      out.append(fingerprints.of(text, start, end)).append(']');
    }

    @Override
    public String toString() {
      return "fingerprint";
    }
  }
}
