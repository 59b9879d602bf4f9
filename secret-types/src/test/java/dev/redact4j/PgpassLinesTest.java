package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PostgreSQL {@code .pgpass} lines ({@code hostname:port:database:username:password}): the password is
 * hidden when the shape is unambiguous; timestamps, ratios, listen addresses, status lines and lines with a
 * sixth field stay.
 */
class PgpassLinesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "S3cr3t!" + "xQ9";

  @ParameterizedTest
  @ValueSource(strings = {"db.example.com:5432:orders:app:" + PW, "*:*:*:postgres:" + PW,
      "localhost:*:*:replicator:" + PW, "echo \"db.example.com:6432:orders:app:" + PW + "\" >> ~/.pgpass",
      "{\"lines\":\"db1:5433:orders:app:" + PW + "\\ndb2:5432:*:app:" + PW + "\"}",
      "<entry>db.example.com:5432:orders:app:" + PW + "</entry>"})
  void pgpassPasswordsAreHidden(String line) {
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:pgpass-password]").doesNotContain(PW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.5:5432:primary:streaming:ok", "db.example.com:5432:orders:app:app",
      "db.example.com:5432:orders:app:${PGPASSWORD}", "connected to db.example.com:5432:orders as app",
      "2024-05-01T12:30:45Z db:5432:orders:app:timeout after 30s", "12:30:45:5432:foo:bar:Baz123",
      "listen *:*:*:443", "ratio 3:5432:1", "pg-1:5432:postgres:replication:Streaming1:extra",
      // maven-enforcer's and the shade plugin's artifact patterns, groupId:artifactId:type:classifier:scope
      "<include>ch.qos.logback:*:*:*:test</include>", "<exclude>org.mortbay.jetty:*:*:*:compile</exclude>"})
  void lookAlikesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
