package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean lines from products' own test fixtures and sample logs (PostgreSQL's jsonlog and csvlog, MySQL's
 * binary log, Postfix, Gitea, GitLab, pg_stat autovacuum) that a key word made look like a secret's key;
 * each beside a look-alike that still holds a secret under the same key.
 */
class FixtureLogLookAlikesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /**
   * PostgreSQL's session id ({@code %c}, jsonlog's and csvlog's {@code session_id}) is the backend's start
   * time and process id, each printed in hex and joined by a dot; its {@code session_start_time} is a time
   * with a zone's abbreviation ({@code 2022-11-27 18:58:02 UTC}).
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "{\"timestamp\":\"2022-11-27 18:58:02.125 UTC\",\"pid\":600,\"session_id\":\"6383b33a.258\"}",
    "{\"command_tag\":\"idle\",\"session_start_time\":\"2022-11-27 18:58:02 UTC\",\"transaction_id\":0}",
    "2022-11-27 18:58:02 UTC [600] session=6383b33a.258 LOG:  connection authorized: user=app database=db",
    "log_line_prefix session_id: 6383b33a.1a2b3c connection authorized",
    "session_start_time=2024-05-28T14:21:52Z",
    "\"sessionStartTime\": \"2024-05-28T14:21:52.874Z\"",
    "session_timestamp=1716906112",
    "session.date=2024-05-28",
  })
  void postgresSessionIdsAndSessionTimesPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"session_start_time\":\"2022-11-27 18:58:02 UTC%s\"", "session_start_time=%s"})
  void aTokenUnderASessionTimeKeyStaysHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 24);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"session_id\":\"%s\"", "session_id=%s", "sessionid: %s", "\"session_key\": \"%s\""})
  void sessionTokensWithADotStayHidden(String shape) {
    Random r = new Random(shape.hashCode());
    String[] values = {
      FakeSecrets.chars(r, FakeSecrets.HEX, 8) + "." + FakeSecrets.mixed(r, 24), // an id and its signature
      FakeSecrets.mixed(r, 10) + "." + FakeSecrets.chars(r, FakeSecrets.HEX, 3) + "x",
      "g" + FakeSecrets.chars(r, FakeSecrets.HEX, 7) + "." + FakeSecrets.chars(r, FakeSecrets.HEX, 6),
      FakeSecrets.chars(r, FakeSecrets.HEX, 8) + "." + FakeSecrets.chars(r, FakeSecrets.HEX, 12),
    };
    for (String value : values) {
      String line = String.format(shape, value);
      assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
    }
  }

  /** MySQL's binary log sets session-scoped system variables: {@code SET @@session.character_set_client=8}. */
  @ParameterizedTest
  @ValueSource(strings = {
    "SET @@session.character_set_client=8,@@session.collation_connection=8,@@session.collation_server=8/*!*/;",
    "SET @@session.collation_database=DEFAULT/*!*/;",
    "SET @@session.sql_mode=1073741824, @@session.auto_increment_increment=1/*!*/;",
  })
  void sessionScopedVariablesPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"session.id=%s", "session=%s", "@@session.cookie=%s", "session.sid=%s"})
  void sessionValuesUnderADottedKeyStayHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 26);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  /**
   * Postfix prints the SASL user name of a failed login ({@code sasl_username=}); {@code sl_user} in it is
   * no SoftLayer key: the abbreviation must start a word of the key.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "postfix/smtpd[1234]: warning: unknown[192.0.2.7]: SASL LOGIN authentication failed: (reason unavailable),"
        + " sasl_username=admin@example.org",
    "sasl_username=monitor",
    "ssl_user=www-data",
    "excl_account=reports",
  })
  void wordsEndingInAVendorAbbreviationPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sl_username=%s", "SL_USER=%s", "softlayer_username=%s", "cl_account=%s", "CL_USER=%s"})
  void vendorAccountNamesStayHidden(String shape) {
    String value = "fake-" + FakeSecrets.chars(new Random(shape.hashCode()), FakeSecrets.LOWER, 8);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  /** A source location ({@code auth.go:200:SignInPost()}, Gitea's router log) names a file, not a key. */
  @ParameterizedTest
  @ValueSource(strings = {
    "2022/03/01 12:00:01 ...ers/web/auth/auth.go:200:SignInPost() [I] Failed authentication attempt for x",
    "at token.py:41:refresh_handle()",
    "panic in secret.rs:88:17",
    "src/password.ts:12:5 - error TS2322",
  })
  void sourceFileLocationsPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"auth: %s", "auth=%s", "token:%s", "secret.go=%s", "password.py: %s"})
  void valuesUnderKeysThatAreNoFileNameStayHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 28);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  /**
   * A JSON string that ends in {@code authorization} is a value; the next quoted string, followed by a colon,
   * is the next key, not a header's credentials: GitLab's {@code "meta.feature_category":
   * "authentication_and_authorization","meta.remote_ip":"192.0.2.1"}.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "{\"meta.feature_category\":\"authentication_and_authorization\",\"meta.remote_ip\":\"192.0.2.1\"}",
    "{\"scope\": \"authorization\", \"client_request_id\": \"abc-1234567\"}",
  })
  void aJsonValueEndingInAuthorizationPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"authorization\":\"%s\"}", "{\"Authorization\": \"Bearer %s\", \"next\": 1}",
    "header(\"Authorization\", \"SSWS %s\")", "{\"authorization\":\"%s\",\"meta.remote_ip\":\"192.0.2.1\"}",
  })
  void authorizationValuesStayHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 30);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  /**
   * What a log prints after a component's name is no token: an outcome ({@code Auth: Auth-Failure}, Sonarr,
   * Radarr, Prowlarr), a source in Dovecot's {@code auth: passwd-file(user,ip):} and an address
   * ({@code POST /api/sessions: 192.0.2.1:}).
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "Oct  9 11:55:12 sonarr mono[125]: [Warn] Auth: Auth-Failure ip 192.0.2.4 username 'test'",
    "Oct 10 11:17:57 prowlarr Prowlarr[8213]: [Info] Auth: Auth-Success ip 192.0.2.5 username 'test'",
    "Jan 29 12:00:00 mail dovecot: auth: passwd-file(username,192.0.2.4): unknown user",
    "Apr 19 12:00:00 vm5 auth: pam_unix(dovecot:auth): authentication failure; logname= uid=0",
    "2023-09-23 10:33:45: [error] App: 403: POST /api/sessions: 192.0.2.4: Invalid username or password",
  })
  void componentLabelsAfterAKeyWordPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"auth: %s", "token: %s", "session: %s", "Auth: Auth-%s"})
  void tokensAfterAComponentNameStayHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 26);
    for (String v : new String[] {value, value + "):", "192.0.2.4-" + value, value + "-failure"}) {
      String line = String.format(shape, v);
      assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
    }
  }

  /**
   * A certificate's subject alternative names (Zeek's x509.log {@code san.dns}) list wildcard host names
   * ({@code *.edit.example.com}) beside host names that hold a key word ({@code accountkey.example.com}).
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"san.dns\":[\"login.example.net\",\"accountkey.example.com\",\"*.edit.example.com\",\"api.example.com\"]",
    "\"san.dns\":[\"apikey.example.com\",\"*.edit.example.com\"]",
    "\"hosts\": [\"password.example.org\", \"*.example.org\"]",
    "\"san\":[\"token.example.co.uk\",\"*.mail-2.example.co.uk\"]",
  })
  void wildcardHostNamesPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[\"apikey\",\"%s\"]", "\"password\": \"%s\"", "token=%s"})
  void aStarThenAPasswordStaysHidden(String shape) {
    Random r = new Random(shape.hashCode());
    for (String value : new String[] {"*" + FakeSecrets.mixed(r, 14), "*." + FakeSecrets.mixed(r, 6) + ".com",
        "*.example.com" + FakeSecrets.mixed(r, 10), "*.ex9mple.c0m"}) {
      String line = String.format(shape, value);
      assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
    }
  }

  /**
   * Kafka's broker logs: its config dump ({@code password.encoder.iterations = 4096}, a count), a request's
   * protocol API named by an enum constant ({@code RequestHeader(apiKey=CONTROLLER_REGISTRATION, ...)}) and a
   * session printed by {@code Object.toString} ({@code session=org.apache.kafka.network.Session@31820587}).
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "\tpassword.encoder.iterations = 4096",
    "RequestContext(header=RequestHeader(apiKey=CONTROLLER_REGISTRATION, apiVersion=0, clientId=10, correlationId=1)",
    "RequestHeader(apiKey=ALTER_PARTITION_REASSIGNMENTS, apiVersion=0)",
    "{\"apiKey\": \"DESCRIBE_CLUSTER_QUOTAS\"}",
    "connectionId=127.0.0.1:9093-127.0.0.1:44530-1-0, session=org.apache.kafka.network.Session@31820587, x=1",
  })
  void kafkaBrokerLogLinesPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password.encoder.secret = %s", "apiKey=%s", "session=%s", "token=%s"})
  void secretsBesideKafkaLookAlikesStayHidden(String shape) {
    Random r = new Random(shape.hashCode());
    for (String value : new String[] {FakeSecrets.mixed(r, 24), FakeSecrets.chars(r, FakeSecrets.UPPER, 12) + "_"
        + FakeSecrets.chars(r, FakeSecrets.UPPER, 3) + "7" + FakeSecrets.chars(r, FakeSecrets.UPPER, 8),
        FakeSecrets.chars(r, FakeSecrets.UPPER, 20) + "_" + FakeSecrets.chars(r, FakeSecrets.DIGITS, 4),
        "org.example.Session@" + FakeSecrets.mixed(r, 8)}) {
      String line = String.format(shape, value);
      assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
    }
    String notPackaged = "john.Smith@19850412";
    assertThat(REDACTOR.redact("password=" + notPackaged)).doesNotContain(notPackaged);
  }

  /**
   * Exim's message id ({@code 1j84Z4-00011u-PW}) ends in two base-62 characters that may spell a key word;
   * then {@code =>} starts a delivery. Syslog's {@code auth.info:} is a facility and severity, not a key.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "2020-02-29 16:02:06 1j84Z4-00011u-PW => gilberte <gilberte@mail.example.com> R=local_user T=mail_spool",
    "2020-03-03 22:16:04 1j9Fpc-0006UO-Pw => marnie <marnie@mail.example.com> R=local_user",
    "2024-01-05 10:00:00 1rLmXq-00000000Abc-00PW => bob <bob@example.org> R=dnslookup",
    "2015-05-27T04:31:28.10040 auth.info: sshd[30993]:  Invalid user admin from 192.0.2.1",
    "May 27 04:31:28 host authpriv.notice: sudo: pam_unix(sudo:session): session opened for user root",
  })
  void eximMessageIdsAndSyslogPrioritiesPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"db-PW => %s", "PW => %s", "auth: %s", "auth.token: %s"})
  void aPasswordAfterAnArrowOrAnAuthKeyStaysHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 18);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }
}
