package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Secrets inside encodings that reach logs from other formats than plain text or JSON: hex escapes
 * ({@code \x22}, as nginx writes a request body and JavaScript a string), percent-encoded JSON and
 * GraphQL, escaped separators of {@code .properties} and CEF, CEF's labelled custom fields, and HTML's
 * {@code <meta name content>} pairs. The value is generated, obviously fake, and must not survive.
 */
class EncodedFormatsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Fake" + "Pa55w0rdEXAMPLE";

  @ParameterizedTest
  @ValueSource(strings = {
    // nginx escapes a quote of $request_body as \x22
    "10.0.0.9 - - \"POST /api/login HTTP/1.1\" 401 23 \"{\\x22username\\x22:\\x22bob\\x22,\\x22password\\x22:\\x22%s\\x22}\"",
    "{\\x22password\\x22: \\x22%s\\x22}",
    "{\\x27password\\x27:\\x27%s\\x27}",
    // JavaScript escapes = and & in a string literal: \x3d, \x26
    "var cfg = \"password\\x3d%s\\x26user\\x3dadmin\";",
    "\"request_body\": \"token\\x3d%s\"",
  })
  void valuesBehindHexEscapedQuotesAndSeparatorsAreHidden(String shape) {
    String out = REDACTOR.redact(shape.formatted(PW));
    assertThat(out).doesNotContain(PW).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // JSON and GraphQL percent-encoded in a query string: an encoded blank after the encoded colon
    "GET /track?data=%%7B%%22password%%22%%3A%%20%%22%s%%22%%7D",
    "query=mutation%%20%%7B%%20login%%28password%%3A%%20%%22%s%%22%%29%%20%%7B%%20token%%20%%7D%%20%%7D",
  })
  void valuesAfterAnEncodedBlankAreHidden(String shape) {
    String out = REDACTOR.redact(shape.formatted(PW));
    assertThat(out).doesNotContain(PW).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // Properties.store() escapes = and : in keys and values alike
    "jdbc\\:url=jdbc\\:mysql\\://db01/app?user\\=app&password\\=%s",
    "db.password\\=%s",
    // CEF escapes = in an extension's value
    "cs2=q\\=x password\\=%s",
  })
  void valuesAfterABackslashEscapedSeparatorAreHidden(String shape) {
    String out = REDACTOR.redact(shape.formatted(PW));
    assertThat(out).doesNotContain(PW).contains("[REDACTED:");
  }
}
