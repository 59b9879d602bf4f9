package dev.redact4j.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The ten secret families every engine contender is configured for: one generator of fake,
 * format-valid secrets each (built at run time from a seeded {@link Random}, never pasted), and the
 * {@code java.util.regex} a team would typically write for it. The regexes also run on RE2/J
 * unchanged (no back-references, no look-around).
 *
 * <p>The regexes are deliberately ordinary rather than tuned: they are what the incumbents
 * (Logback {@code %replace}, Log4j {@code <replace>}, logstash-logback-encoder value masks) are
 * configured with in practice.
 */
enum SecretFamily {
  PASSWORD("(?i:pass(?:word|wd)?|pwd)[\"']?\\s*[:=]\\s*[\"']?[^\\s\"',;&}]{3,}") {
    @Override
    Sample sample(Random rnd) {
      String[] keys = {"password=", "password: ", "\"password\":\"", "db.password=", "pwd="};
      String key = keys[rnd.nextInt(keys.length)];
      String value = random(rnd, ALNUM + "!#%*+-.", 12 + rnd.nextInt(9));
      return new Sample(key + value + (key.startsWith("\"") ? "\"" : ""), value);
    }
  },
  GITHUB_PAT("gh[pousr]_[A-Za-z0-9]{36}") {
    @Override
    Sample sample(Random rnd) {
      return Sample.of("ghp_" + random(rnd, ALNUM, 36));
    }
  },
  AWS_ACCESS_KEY_ID("(?:AKIA|ASIA)[A-Z0-9]{16}") {
    @Override
    Sample sample(Random rnd) {
      return Sample.of("AKIA" + random(rnd, UPPER_DIGITS, 16));
    }
  },
  JWT("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}") {
    @Override
    Sample sample(Random rnd) {
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      // Short claims so that a JWT still fits a 120-character line with some context.
      String header = b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
      String payload = b64.encodeToString(("{\"sub\":\"" + (100000 + rnd.nextInt(900000)) + "\"}")
          .getBytes(StandardCharsets.UTF_8));
      return Sample.of(header + "." + payload + "." + random(rnd, BASE64URL, 43));
    }
  },
  BEARER("(?i:bearer)\\s+[A-Za-z0-9._~+/=-]{16,}") {
    @Override
    Sample sample(Random rnd) {
      String token = random(rnd, ALNUM + "._-", 32 + rnd.nextInt(9));
      return new Sample("Authorization: Bearer " + token, token);
    }
  },
  // Anchored on "://", not on the scheme: a leading [A-Za-z][A-Za-z0-9+.-]*:// makes the JDK try the
  // rest of the word at every letter, which made the whole alternation 2-4x slower on clean text.
  URL_USERINFO("://[^\\s:/@]+:[^\\s/@]+@") {
    @Override
    Sample sample(Random rnd) {
      String[] schemes = {"https", "postgresql", "mongodb", "amqp", "redis"};
      String password = random(rnd, ALNUM, 16);
      return new Sample(schemes[rnd.nextInt(schemes.length)] + "://svc_" + random(rnd, LOWER, 5) + ":"
          + password + "@db-" + rnd.nextInt(10) + ".internal.example:5432/app", password);
    }
  },
  SLACK_TOKEN("xox[baprs]-[A-Za-z0-9-]{10,}") {
    @Override
    Sample sample(Random rnd) {
      return Sample.of("xoxb-" + random(rnd, DIGITS, 12) + "-" + random(rnd, DIGITS, 13) + "-"
          + random(rnd, ALNUM, 24));
    }
  },
  STRIPE_SECRET_KEY("(?:sk|rk)_live_[A-Za-z0-9]{24,}") {
    @Override
    Sample sample(Random rnd) {
      return Sample.of("sk_" + "live_" + random(rnd, ALNUM, 24 + rnd.nextInt(8)));
    }
  },
  GOOGLE_API_KEY("AIza[A-Za-z0-9_-]{35}") {
    @Override
    Sample sample(Random rnd) {
      return Sample.of("AIza" + random(rnd, BASE64URL, 35));
    }
  },
  GITLAB_PAT("glpat-[A-Za-z0-9_-]{20}") {
    @Override
    Sample sample(Random rnd) {
      return Sample.of("glpat-" + random(rnd, BASE64URL, 20));
    }
  };

  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String DIGITS = "0123456789";
  static final String HEX = "0123456789abcdef";
  static final String UPPER_DIGITS = UPPER + DIGITS;
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String BASE64URL = ALNUM + "-_";
  static final String BASE64 = ALNUM + "+/";

  private final String regex;

  SecretFamily(String regex) {
    this.regex = regex;
  }

  /** The regex for this family alone. */
  String regex() {
    return regex;
  }

  /** A fake secret of this family in a typical context ({@code password=...}, a header, a URL). */
  abstract Sample sample(Random rnd);

  /**
   * A generated secret in context.
   *
   * @param text what goes into the log line
   * @param secret the part of {@code text} that must not survive redaction
   */
  record Sample(String text, String secret) {
    static Sample of(String token) {
      return new Sample(token, token);
    }
  }

  /** All ten regexes. */
  static List<String> regexes() {
    return java.util.Arrays.stream(values()).map(SecretFamily::regex).toList();
  }

  /** The ten rules as one alternation, the way {@code %replace} users combine them. */
  static String alternation() {
    return String.join("|", regexes().stream().map(r -> "(?:" + r + ")").toList());
  }

  static String random(Random rnd, String alphabet, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = alphabet.charAt(rnd.nextInt(alphabet.length()));
    }
    return new String(out);
  }
}
