package dev.redact4j.internal.catalog;

import static dev.redact4j.internal.engine.CharClass.ALNUM;

import dev.redact4j.internal.engine.Anchor;
import dev.redact4j.internal.engine.KeyValueDetector;
import java.util.List;
import java.util.Set;

/** The rows of the built-in catalog, one secret family per row, grouped by vendor. */
final class CatalogRows {
  private CatalogRows() {}

  static void addAll(Rows r) {
    r.custom("password-assignment", "generic", "A value assigned to a password-like key",
        "password=<value>", List.of(Anchor.anyCase("password"), Anchor.anyCase("passwd"), Anchor.anyCase("pwd")),
        new KeyValueDetector(Set.of(), false, false));
    r.prefixed("github-pat-classic", "github", "GitHub personal access token (classic)", "ghp_", ALNUM, 36, 36,
        "<36 letters/digits>");
  }
}
