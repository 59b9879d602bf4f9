package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonSyntaxTest {
  @Test
  void acceptsJsonLinesAndRejectsBrokenDocuments() {
    assertThat(JsonSyntax.isValid("{\"a\":[1,-2.5e3,true,null,\"x\\\"\\u00e9\"],\"b\":{}}\n")).isTrue();
    assertThat(JsonSyntax.isValid("{\"message\":\"[REDACTED:x]\"}\r\n\0")).isTrue();
    assertThat(JsonSyntax.isValid("{\"message\":\"secret=[REDACTED:x],\"level\":\"INFO\"}")).isFalse();
    assertThat(JsonSyntax.isValid("{\"a\":\"unterminated}")).isFalse();
    assertThat(JsonSyntax.isValid("{\"a\":1} trailing")).isFalse();
    assertThat(JsonSyntax.isValid("[REDACTION FAILED]")).isFalse();
  }

  @Test
  void acceptsTheDelimitersJsonLayoutsWriteBetweenEvents() {
    assertThat(JsonSyntax.isValid(", {\"message\":\"[REDACTED:x]\"}\r\n")).isTrue(); // JsonLayout complete="true"
    assertThat(JsonSyntax.isValid("{\"message\":\"[REDACTED:x]\"},")).isTrue(); // eventDelimiter=","
    assertThat(JsonSyntax.isValid("{\"a\":1}, {\"b\":2}")).isFalse();
    assertThat(JsonSyntax.isValid(", ")).isFalse();
  }
}
