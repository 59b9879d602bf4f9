package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions the catalog's format trials share: a line redacted by the default catalog (known values off,
 * so that a value is found by its shape and context alone) hides a value, or keeps the line as it is.
 */
final class RedactionAssertions {
  /** The default catalog without registered known values. */
  static final Redactor CATALOG = Redactor.newBuilder().knownSecrets(null).build();

  private RedactionAssertions() {}

  /** Asserts that {@code line} redacted shows no part of {@code value} as written and holds a mask. */
  static void assertHidden(String line, String value) {
    assertThat(CATALOG.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }
}
