package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Objects logged whole, as each language's generated string form prints them (Rust's {@code {:?}} and
 * {@code {:#?}}, Go's {@code %#v}, Java's and Kotlin's generated {@code toString}): the secret field's value is
 * hidden, however the dump quotes or wraps it; an absent value ({@code None}, {@code null}) passes.
 */
class ObjectDumpValuesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String SYMBOLS = "!#%&*-_=+;:.?~";

  /** A generated password of {@code n} characters with a few symbols in it; {@link ObjectPrinterDumpsTest} too. */
  static String symbolPassword(Random r, int n) {
    char[] value = FakeSecrets.mixed(r, n).toCharArray();
    for (int k = 0; k < 3; k++) {
      value[1 + r.nextInt(n - 2)] = SYMBOLS.charAt(r.nextInt(SYMBOLS.length()));
    }
    return new String(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Config { passwd: Some(\"%s\"), .. }",
    "Config { host: \"db01\", api_key: Some(\"%s\"), port: 5432 }",
    "Settings {\n    database: DbSettings {\n        user: \"app\",\n        auth_token: Some(\n            \"%s\",\n"
        + "        ),\n    },\n}",
  })
  void rustsDebugOfAnOptionalStringHidesTheString(String shape) {
    Random r = new Random(shape.hashCode());
    for (String value : new String[] {FakeSecrets.mixed(r, 24), symbolPassword(r, 16)}) {
      String line = String.format(shape, value);
      assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Config { passwd: None, .. }",
    "Config { host: \"db01\", token_ttl: Some(3600s), port: 5432 }",
    "Settings {\n    auth_token: None,\n    password_min_len: Some(\n        12,\n    ),\n}",
  })
  void rustsDebugOfAnAbsentOrNumericOptionPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"'", "<", ">", "{", "}"})
  void aConnectionStringsUrlPasswordHoldingAQuoteOrABracketUnencodedStaysHidden(String symbol) {
    Random r = new Random(symbol.hashCode());
    String head = FakeSecrets.mixed(r, 8);
    String tail = FakeSecrets.mixed(r, 8);
    String password = head + symbol + tail;
    for (String shape : new String[] {
      "{ User = etl, ConnectionString = postgresql://app:%s@db01:5432/app }",
      "{\"connection_string\": \"postgresql://app:%s@db01:5432/app\", \"user\": \"etl\"}",
      "[{user,\"etl\"},{connection_string,\"mysql://app:%s@db01:3306/app\"}]",
    }) {
      String line = String.format(shape, password);
      assertThat(REDACTOR.redact(line)).as(line).doesNotContain(head).doesNotContain(tail).contains("@db01:");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "['http://db01:5432','ops@example.com']",
    "<http://example.com:8080/{id}>@mention",
    "{'url': 'http://localhost:8080', 'owner': 'ops@example.com'}",
  })
  void aUrlThenAnAddressAfterAQuoteOrABracketPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"token\": \"%s\"}",
    "&main.Config{Host:\"pg.internal\", AccessToken:\"%s\", Port:5432}",
    "Config { host: \"10.0.3.17\", token: \"%s\", port: 5432 }",
  })
  void aTokenHoldingABraceAfterItsFirstLettersStaysHidden(String shape) {
    Random r = new Random(shape.hashCode());
    String value = "Ee" + FakeSecrets.chars(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 1) + "{" + FakeSecrets.mixed(r, 10) + "]$V3";
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value.substring(4)).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Credentials(user=app, credentials=Optional.empty)",
    "DbConfig[user=app, password=Optional.empty, poolSize=10]",
    "#<struct Config host=\"db01\", password=nil>",
    "#<Config:0x000055d5032086 @host=\"db01\", @secret=nil>",
    "{ password: [Getter/Setter], user: 'app' }",
    "{ user: 'app', token: [Getter] }",
  })
  void anAbsentValueAsADumpPrintsItPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "#<struct Config host=\"db01\", password=%s>",
    "Credentials(user=app, credentials=%s)",
    "{ password: [%s], user: 'app' }",
  })
  void aValueWhereADumpPrintsAnAbsentOneStaysHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 16);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Credentials{username='svc', signingKey='%s'}",
    "DbConfig{user='app', password='%s', port=5432}",
    "Loaded DbConfig{password='%s', user='app'} from vault",
  })
  void intellijsToStringOfAPasswordHoldingASingleQuoteHidesItWhole(String shape) {
    Random r = new Random(shape.hashCode());
    String head = FakeSecrets.mixed(r, 3);
    String tail = FakeSecrets.mixed(r, 10);
    String value = head + "'^" + tail;
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(head).doesNotContain(tail).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DbConfig{user='app', password='********', port=5432}",
    "Config{password='<redacted>'.length(), user='app'}",
  })
  void intellijsToStringOfAMaskPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DbConfig[host=10.0.3.17,password=%s,port=5432]",
    "com.example.DbConfig@1a2b3c[password=%s,user=reporter]",
    "Credentials(user=admin, secret=%s)",
  })
  void anUnquotedPasswordHoldingAQuoteInsideIsHiddenWhole(String shape) {
    Random r = new Random(shape.hashCode());
    for (String quote : new String[] {"'", "\""}) {
      String head = FakeSecrets.mixed(r, 4);
      String tail = FakeSecrets.mixed(r, 10);
      String line = String.format(shape, head + quote + tail);
      assertThat(REDACTOR.redact(line)).as(line).doesNotContain(head).doesNotContain(tail).contains("[REDACTED:");
    }
  }
}
