package dev.redact4j.bench;

import static dev.redact4j.bench.SecretFamily.ALNUM;
import static dev.redact4j.bench.SecretFamily.BASE64;
import static dev.redact4j.bench.SecretFamily.BASE64URL;
import static dev.redact4j.bench.SecretFamily.HEX;
import static dev.redact4j.bench.SecretFamily.LOWER;
import static dev.redact4j.bench.SecretFamily.random;

import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The one seeded generator of benchmark inputs. Every benchmark takes its text from here, so every
 * contender sees the same characters. Deterministic: the same kind and size always give the same
 * batch, on every machine.
 *
 * <p>Kinds:
 * <ul>
 *   <li>{@code clean}: realistic log lines with no secret, but with near-miss words that real
 *       detectors must look at and let go ("token refreshed", "password reset requested", "secret
 *       rotation"), URLs, UUIDs, commit SHAs, image digests, trace ids, JSON and {@code toString}
 *       fragments, stack frames;</li>
 *   <li>{@code dense}: one secret of the ten {@link SecretFamily families} in every 120 characters
 *       (so one per line for 120-character lines), in its usual context;</li>
 *   <li>{@code adversarial}: eight shapes, one a line, that hurt matchers: key-word floods
 *       ({@code password=password=...}), anchor floods, long base64 runs, a JWT-looking run without
 *       dots, one long word (quadratic for any regex that starts with a scheme,
 *       {@code [A-Za-z][A-Za-z0-9+.-]*://}; {@link SecretFamily#URL_USERINFO} anchors on {@code ://}),
 *       JSON-escaped key floods, URL floods and near-miss tokens one character short;</li>
 *   <li>{@code nonlatin}: clean lines in Cyrillic, Greek, CJK, Japanese, Arabic and Hebrew with
 *       emoji (UTF-16 strings in the JVM), around the usual ASCII timestamps and ids.</li>
 * </ul>
 *
 * <p>Sizes: every line of a batch is exactly {@code size} characters. A batch holds
 * {@link #linesPerBatch(int)} lines (at least 8, and at least 64 Ki characters in all), so one
 * benchmark operation, which processes a whole batch, handles {@link #charsPerBatch(int)} characters:
 * throughput in MB/s is {@code charsPerBatch / (ns per op) * 1000}, one byte per character
 * (exact for ASCII; see {@code DescribeInputs} for the UTF-8 size of the non-Latin batch).
 */
final class Corpus {
  /** Seed of every batch; change it only together with the published results. */
  static final long SEED = 0x5EC2E75L;
  /** A batch holds at least this many characters. */
  static final int BATCH_CHARS = 64 * 1024;
  /** Dense text holds one secret in every this many characters. */
  static final int DENSE_SEGMENT = 120;

  static final String[] KINDS = {"clean", "dense", "adversarial", "nonlatin"};

  private Corpus() {}

  static int linesPerBatch(int size) {
    return Math.max(8, BATCH_CHARS / size);
  }

  static long charsPerBatch(int size) {
    return (long) linesPerBatch(size) * size;
  }

  /** The batch of {@code kind} lines of {@code size} characters. */
  static String[] batch(String kind, int size) {
    if (size < DENSE_SEGMENT) {
      throw new IllegalArgumentException("size must be at least " + DENSE_SEGMENT + ", was " + size);
    }
    Random rnd = new Random(SEED * 31 + kind.hashCode() * 1_000_003L + size);
    String[] lines = new String[linesPerBatch(size)];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = switch (kind) {
        case "clean" -> fill(new StringBuilder(size), rnd, size, false).toString();
        case "dense" -> dense(rnd, size);
        case "adversarial" -> adversarial(rnd, size, i);
        case "nonlatin" -> fill(new StringBuilder(size), rnd, size, true).toString();
        default -> throw new IllegalArgumentException("unknown kind '" + kind + "'; use one of clean, dense,"
            + " adversarial, nonlatin");
      };
      if (lines[i].length() != size) {
        throw new AssertionError(kind + " line has " + lines[i].length() + " chars, expected " + size);
      }
    }
    return lines;
  }

  /** Appends clean log text until {@code sb} is exactly {@code length} characters long. */
  private static StringBuilder fill(StringBuilder sb, Random rnd, int length, boolean nonLatin) {
    while (sb.length() < length) {
      sb.append(nonLatin ? nonLatinLine(rnd) : cleanLine(rnd)).append('\n');
    }
    sb.setLength(length);
    if (Character.isHighSurrogate(sb.charAt(length - 1))) {
      sb.setCharAt(length - 1, ' '); // never leave half an emoji at the cut
    }
    return sb;
  }

  private static String dense(Random rnd, int size) {
    SecretFamily[] families = SecretFamily.values();
    StringBuilder sb = new StringBuilder(size);
    while (sb.length() + DENSE_SEGMENT <= size) {
      int segmentEnd = sb.length() + DENSE_SEGMENT;
      String secret = families[rnd.nextInt(families.length)].sample(rnd).text();
      String head = DENSE_HEADS[rnd.nextInt(DENSE_HEADS.length)];
      int room = DENSE_SEGMENT - secret.length() - 2;
      if (room > 0) {
        sb.append(head, 0, Math.min(head.length(), room));
      }
      sb.append(' ').append(secret).append(' ');
      fill(sb, rnd, Math.max(sb.length(), segmentEnd - 1), false);
      if (sb.length() < segmentEnd) {
        sb.append('\n');
      }
    }
    return fill(sb, rnd, size, false).toString();
  }

  private static final String[] DENSE_HEADS = {
      "2025-03-14T10:22:31.412Z INFO  [main] c.e.config.Loader - loaded",
      "2025-03-14T10:22:31.977Z DEBUG [http-nio-8080-exec-3] c.e.http.Client - request headers:",
      "2025-03-14T10:22:32.008Z WARN  [pool-2-thread-1] c.e.ci.Runner - env dump:",
      "2025-03-14T10:22:33.150Z ERROR [worker-7] c.e.db.Pool - cannot connect with",
  };

  private static String adversarial(Random rnd, int size, int line) {
    StringBuilder sb = new StringBuilder(size);
    switch (line % 8) {
      case 0 -> repeat(sb, "password=", size);
      case 1 -> repeat(sb, "ghp_AKIAeyJxoxb-sk_live_AIzaglpat-Bearer pwd:", size);
      case 2 -> sb.append(random(rnd, BASE64, size));
      case 3 -> {
        while (sb.length() < size) {
          sb.append("eyJ").append(random(rnd, BASE64URL, 37));
        }
      }
      case 4 -> sb.append(random(rnd, LOWER, size));
      case 5 -> repeat(sb, "{\\\"password\\\":\\\"", size);
      case 6 -> repeat(sb, "https://user:https://user@", size);
      default -> {
        while (sb.length() < size) {
          sb.append("ghp_").append(random(rnd, ALNUM, 35)).append(' ')
              .append("AKIA").append(random(rnd, SecretFamily.UPPER_DIGITS, 15)).append(' ');
        }
      }
    }
    sb.setLength(size);
    return sb.toString();
  }

  private static void repeat(StringBuilder sb, String unit, int size) {
    while (sb.length() < size) {
      sb.append(unit);
    }
  }

  private static final String[] LEVELS = {"INFO ", "INFO ", "INFO ", "DEBUG", "WARN ", "ERROR"};
  private static final String[] THREADS = {"main", "http-nio-8080-exec-7", "scheduler-2", "kafka-consumer-1",
      "pool-3-thread-1", "ForkJoinPool.commonPool-worker-3"};

  private static String cleanLine(Random rnd) {
    String head = String.format(Locale.ROOT, "2025-03-14T%02d:%02d:%02d.%03dZ %s [%s] ", rnd.nextInt(24),
        rnd.nextInt(60), rnd.nextInt(60), rnd.nextInt(1000), LEVELS[rnd.nextInt(LEVELS.length)],
        THREADS[rnd.nextInt(THREADS.length)]);
    return head + cleanBody(rnd);
  }

  /**
   * Log messages for the adapter benchmarks, as an application passes them to a logger (no
   * timestamp or level: the layout adds those). {@code clean}: the message part of clean lines,
   * 40 to 230 characters; {@code dense}: a short context and one secret of the ten families.
   */
  static Message[] messages(String kind, int count) {
    Random rnd = new Random(SEED * 31 + kind.hashCode() * 1_000_003L + 7);
    SecretFamily[] families = SecretFamily.values();
    Message[] out = new Message[count];
    for (int i = 0; i < count; i++) {
      String body = cleanBody(rnd);
      out[i] = switch (kind) {
        case "clean" -> new Message(body.substring(body.indexOf(" - ") + 3), null);
        case "dense" -> {
          SecretFamily.Sample sample = families[rnd.nextInt(families.length)].sample(rnd);
          yield new Message(MESSAGE_HEADS[rnd.nextInt(MESSAGE_HEADS.length)] + sample.text(), sample.secret());
        }
        default -> throw new IllegalArgumentException("unknown message kind '" + kind + "'; use clean or dense");
      };
    }
    return out;
  }

  /**
   * A log message and the secret in it.
   *
   * @param secret what must not reach the output; null for a clean message
   */
  record Message(String text, @Nullable String secret) {}

  private static final String[] MESSAGE_HEADS = {
      "loaded configuration ", "calling partner API with ", "retrying request, headers: ", "connecting with ",
  };

  private static String cleanBody(Random rnd) {
    return switch (rnd.nextInt(14)) {
      case 0 -> "c.e.orders.OrderController - GET /api/v1/orders/" + uuid(rnd) + "?page=" + rnd.nextInt(40)
          + "&size=50 -> 200 in " + rnd.nextInt(300) + " ms";
      case 1 -> "c.e.auth.TokenService - token refreshed for user " + rnd.nextInt(100000) + ", expires in 3600 s";
      case 2 -> "c.e.deploy.Release - deployed commit " + random(rnd, HEX, 40) + " (image sha256:"
          + random(rnd, HEX, 64) + ")";
      case 3 -> "c.e.auth.PasswordPolicy - password reset requested for account " + rnd.nextInt(100000)
          + ", mail queued";
      case 4 -> "c.e.payments.Ledger - processed batch " + rnd.nextInt(10000) + " of 250 events, lag=0, partition="
          + rnd.nextInt(32);
      case 5 -> "c.e.http.Client - POST https://api.partner.example.com/v2/shipments/" + uuid(rnd) + " 201 Created ("
          + rnd.nextInt(4000) + " bytes)";
      case 6 -> "c.e.db.Pool - connection to db-" + rnd.nextInt(9) + ".internal.example:5432 timed out after 30000 ms;"
          + " retrying (2/5)";
      case 7 -> "c.e.keys.Rotation - secret rotation scheduled for 2025-04-01, " + rnd.nextInt(40) + " keys pending";
      case 8 -> "c.e.auth.Session - session expired, trace_id=" + random(rnd, HEX, 32) + " span_id="
          + random(rnd, HEX, 16);
      case 9 -> "c.e.api.Gateway - api key lookup took " + rnd.nextInt(20) + " ms for client " + uuid(rnd);
      case 10 -> "c.e.orders.Events - payload {\"orderId\":\"" + uuid(rnd) + "\",\"status\":\"SHIPPED\",\"amount\":"
          + rnd.nextInt(1000) + "." + rnd.nextInt(100) + ",\"currency\":\"EUR\"}";
      case 11 -> "c.e.users.Audit - updated User{id=" + rnd.nextInt(100000) + ", name=Alice Example,"
          + " email=alice" + rnd.nextInt(100) + "@example.com, roles=[ADMIN, USER]}";
      case 12 -> "c.e.http.Filter - 401 from upstream, WWW-Authenticate: Bearer realm=\"api\", retry in "
          + rnd.nextInt(10) + " s";
      default -> "c.e.orders.OrderService - failed to place order\n\tat com.example.orders.OrderService.place"
          + "(OrderService.java:" + rnd.nextInt(400) + ")\n\tat com.example.orders.OrderController.post"
          + "(OrderController.java:" + rnd.nextInt(200) + ")";
    };
  }

  private static final String[] NON_LATIN = {
      "Пользователь %d вошёл в систему, сессия обновлена за %d мс",
      "订单 %d 已发货，耗时 %d 毫秒，仓库：上海浦东",
      "ユーザー %d のトークンを更新しました（%d ミリ秒）",
      "Ο χρήστης %d συνδέθηκε, χρόνος απόκρισης %d ms",
      "تم تحديث الطلب %d بنجاح خلال %d مللي ثانية",
      "המשתמש %d התחבר למערכת, זמן תגובה %d אלפיות שנייה",
      "결제 %d 처리 완료 🎉 소요 시간 %d ms",
  };

  private static String nonLatinLine(Random rnd) {
    return String.format(Locale.ROOT, "2025-03-14T%02d:%02d:%02d.%03dZ INFO  [main] c.e.i18n.Events - ",
        rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60), rnd.nextInt(1000))
        + String.format(Locale.ROOT, NON_LATIN[rnd.nextInt(NON_LATIN.length)], rnd.nextInt(100000),
            rnd.nextInt(500))
        + " id=" + uuid(rnd);
  }

  private static String uuid(Random rnd) {
    return new java.util.UUID(rnd.nextLong(), rnd.nextLong()).toString();
  }
}
