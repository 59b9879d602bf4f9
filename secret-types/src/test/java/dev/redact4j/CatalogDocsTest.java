package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/catalog.md lists every built-in rule, including those off by default. */
class CatalogDocsTest {
  @Test
  void everyRuleIsDocumented() throws IOException {
    Path doc = Path.of("../docs/catalog.md");
    assumeTrue(Files.isRegularFile(doc), "docs/catalog.md not found from " + Path.of("").toAbsolutePath());
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    Redactor all = Redactor.newBuilder().knownSecrets(null).enable("aws-unique-id", "twilio-account-sid").build();
    assertThat(all.rules()).allSatisfy(rule -> assertThat(text).contains("| `" + rule.id() + "` |"));
  }
}
