package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

/**
 * On clean events {@code %scrub} prints what its pattern prints without it, the exception it renders
 * for a {@code %m} without exception converter included. It once rendered that exception as
 * {@code %xEx} (with {@code [jar:version]} after every frame, where Log4j 2.26 appends {@code %ex})
 * and, in {@code %scrub{%m}%n}, followed it with an empty line.
 */
class ScrubParityTest extends FixtureTest {
  @Test
  void cleanEventsPrintAsWithoutScrub() {
    Logger log = fixture.context.getLogger("app");
    IllegalStateException failure = new IllegalStateException("outer", new IllegalArgumentException("the cause"));
    failure.addSuppressed(new RuntimeException("suppressed"));
    log.info("before");
    log.error("failed {}", 7, failure);
    log.warn("after");
    fixture.close();

    String plain = fixture.read("plain.log");
    assertThat(plain).contains("java.lang.IllegalStateException: outer", "Caused by:", "Suppressed:");
    assertThat(fixture.read("scrub.log")).isEqualTo(plain);
    assertThat(fixture.read("scrub-line.log")).isEqualTo(plain);
    assertThat(fixture.read("scrub-ex.log")).isEqualTo(fixture.read("plain-ex.log"));
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
