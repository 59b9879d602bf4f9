package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.Status;
import dev.redact4j.KnownSecrets;
import dev.redact4j.SecretString;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMarkerFactory;

/**
 * Generated secrets of every family, logged through every surface, never reach any of the five
 * outputs (redacting pattern encoder, redacting JSON encoder, layout, converter, appender).
 */
class NoSecretSurvivesTest {
  private static final List<String> FILES =
      List.of("encoder.log", "json.log", "layout.log", "converter.log", "appender.log");
  private static Path dir;
  private static LogbackFixture fx;
  private static final Map<String, Long> offsets = new HashMap<>();

  enum Kind { PASSWORD, GITHUB, AWS, ACME, KNOWN }

  enum Surface { MESSAGE, ARGUMENT, MDC, KEY_VALUE, MARKER, EXCEPTION, CAUSE, SUPPRESSED }

  record Planted(Kind kind, String value) {
    /** How the value appears in running text: passwords need their key to be recognisable. */
    String inText() {
      return kind == Kind.PASSWORD ? "password=" + value : "id " + value;
    }

    String key() {
      return kind == Kind.PASSWORD ? "password" : "ref";
    }
  }

  @BeforeContainer
  static void configure() throws Exception {
    dir = Files.createTempDirectory("redact4j-property");
    String rules = Path.of(NoSecretSurvivesTest.class.getResource("test.rules").toURI()).toString();
    fx = LogbackFixture.load(NoSecretSurvivesTest.class, "", Map.of("DIR", dir.toString(), "RULES", rules));
    fx.assertNoErrors();
    // The encoders and the layout run their default: the event check alone, no output scan.
    assertThat(fx.statuses(Status.INFO))
        .anyMatch(s -> s.startsWith("RedactingEncoder: PatternLayout with Logback's own") && s.contains("its output only when"))
        .anyMatch(s -> s.startsWith("RedactingEncoder: Logback JsonEncoder") && s.contains("its output only when"))
        .anyMatch(s -> s.startsWith("RedactingLayout: PatternLayout with Logback's own") && s.contains("its output only when"));
  }

  @AfterContainer
  static void close() throws IOException {
    fx.close();
    fx.assertNoErrors();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 250)
  void noGeneratedSecretReachesAnyOutput(@ForAll("planted") Planted planted, @ForAll Surface surface) {
    // The registry holds secrets weakly: keep this one reachable until the output is checked.
    SecretString known = planted.kind() == Kind.KNOWN ? SecretString.of(planted.value()) : null;
    if (known != null) {
      KnownSecrets.global().register(known);
    }
    logThrough(fx.logger("prop"), planted, surface);

    for (String file : FILES) {
      assertThat(newOutput(file)).as("%s via %s in %s", planted.kind(), surface, file)
          .isNotEmpty()
          .doesNotContain(planted.value());
    }
    if (known != null) {
      KnownSecrets.global().unregister(known);
    }
  }

  private static void logThrough(Logger log, Planted p, Surface surface) {
    switch (surface) {
      case MESSAGE -> log.info("event " + p.inText() + " done");
      case ARGUMENT -> {
        if (p.kind() == Kind.PASSWORD) {
          log.info("event password={} done", p.value());
        } else {
          log.info("event id {} done", p.value());
        }
      }
      case MDC -> {
        fx.mdc().put(p.key(), p.value());
        log.info("event with mdc");
        fx.mdc().clear();
      }
      case KEY_VALUE -> log.atInfo().addKeyValue(p.key(), p.value()).log("event with kv");
      case MARKER -> log.info(new BasicMarkerFactory().getDetachedMarker(p.inText()), "event with marker");
      case EXCEPTION -> log.error("event failed", new IllegalStateException(p.inText()));
      case CAUSE -> log.error("event failed", new IllegalStateException("outer", new IOException(p.inText())));
      case SUPPRESSED -> {
        IllegalStateException e = new IllegalStateException("outer");
        e.addSuppressed(new IOException(p.inText()));
        log.error("event failed", e);
      }
    }
  }

  @Provide
  Arbitrary<Planted> planted() {
    Arbitrary<Kind> kinds = Arbitraries.of(Kind.class);
    StringArbitrary alnum = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withCharRange('0', '9');
    StringArbitrary upperDigits = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9');
    StringArbitrary lowerDigits = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9');
    return kinds.flatMap(kind -> switch (kind) {
      case PASSWORD -> alnum.ofMinLength(6).ofMaxLength(40).map(s -> new Planted(kind, "Pw" + s));
      case GITHUB -> alnum.ofLength(36).map(s -> new Planted(kind, "ghp_" + s));
      case AWS -> upperDigits.ofLength(16).map(s -> new Planted(kind, "AKIA" + s));
      case ACME -> lowerDigits.ofLength(32).map(s -> new Planted(kind, "acme_" + s));
      case KNOWN -> Combinators.combine(alnum.ofMinLength(10).ofMaxLength(30), Arbitraries.of("kv", "zz", "Qx"))
          .as((s, p) -> new Planted(kind, p + s));
    });
  }

  /** What was appended to {@code file} since the last call. */
  private static String newOutput(String file) {
    Path path = dir.resolve(file);
    long from = offsets.getOrDefault(file, 0L);
    try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "r")) {
      long length = raf.length();
      byte[] bytes = new byte[(int) (length - from)];
      raf.seek(from);
      raf.readFully(bytes);
      offsets.put(file, length);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
