package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Objects logged whole by the default printers of languages {@link ObjectDumpValuesTest} does not cover: PHP's
 * {@code print_r} and {@code var_dump} (a property's visibility printed inside its brackets), Perl's
 * {@code Data::Dumper}, Erlang's maps and Go's {@code %+v} with an empty field. The secret field's value is hidden;
 * an absent or empty value, and a declaring class's name, pass.
 */
class ObjectPrinterDumpsTest {
  private static String symbolPassword(Random r, int n) {
    return ObjectDumpValuesTest.symbolPassword(r, n);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "AppConfig Object\n(\n    [name:protected] => orders\n    [password:protected] => %s\n)",
    "Credentials Object\n(\n    [username:Credentials:private] => app\n    [password:Credentials:private] => %s\n)",
    "[db] => DataSource Object ( [url:App\\Db\\DataSource:private] => pgsql:host=db [secret:protected] => %s )",
  })
  void printrOfAPropertyWithItsVisibilityHidesTheValue(String shape) {
    Random r = new Random(shape.hashCode());
    for (String value : new String[] {symbolPassword(r, 18), FakeSecrets.mixed(r, 32)}) {
      assertHidden(String.format(shape, value), value);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SigningKey Object\n(\n    [algorithm:SigningKey:private] => RS256\n    [kid:protected] => key-2026-05\n)",
    "AppConfig Object\n(\n    [credentials:Credentials:private] => Credentials Object\n        (\n        )\n)",
    "object(SigningKey)#10 (2) {\n  [\"algorithm\":\"SigningKey\":private]=>\n  string(5) \"RS256\"\n}",
    "object(App\\TokenStore)#3 (1) {\n  [\"ttl\":\"App\\TokenStore\":private]=>\n  int(3600)\n}",
  })
  void aDeclaringClassPrintedBeforeAPropertysVisibilityPasses(String dump) {
    assertThat(CATALOG.redact(dump)).isSameAs(dump);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "$VAR1 = {\n          'password' => undef,\n          'pool_size' => 10\n        };",
    "$VAR1 = bless( { 'api_key' => undef, 'host' => 'db-1' }, 'MyApp::Config' );",
    "loaded #{url => <<\"jdbc:postgresql://db/orders\">>,password => undefined,pool_size => 10}",
    "loaded #{secret => undefined,ttl => 30}",
  })
  void anAbsentValueAsPerlAndErlangPrintItPasses(String dump) {
    assertThat(CATALOG.redact(dump)).isSameAs(dump);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "#{url => <<\"jdbc:postgresql://db/orders\">>,password => %s,pool_size => 10}",
    "$VAR1 = { 'password' => %s, 'x' => 1 };",
  })
  void anUnquotedValueBesideAnAbsentOnesShapeStaysHidden(String shape) {
    String value = symbolPassword(new Random(shape.hashCode()), 16);
    assertHidden(String.format(shape, value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "config={Host:db-1 Port:5432 User:app Password: SSLMode:require}",
    "config=&{Addr:cache-1:6379 Username: Password: DB:0}",
    "opts={Endpoint:https://vault:8200 Token: Namespace:ops}",
  })
  void goPlusVOfAnEmptyFieldPasses(String line) {
    assertThat(CATALOG.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "config={Host:db-1 Port:5432 User:app Password:%s SSLMode:require}",
    "Password: %s",
    "login failed: {User: admin Password: %s}",
  })
  void aValueAfterAGoFieldsColonStaysHidden(String shape) {
    Random r = new Random(shape.hashCode());
    String value = "Q" + symbolPassword(r, 15);
    assertHidden(String.format(shape, value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DbConfig {dbHost = \"db-1\", dbPassword = Just \"%s\", dbPort = 5432}",
    "AppEnv {envName = \"prod\", envAuth = Auth {authToken = Just \"%s\"}}",
  })
  void haskellsShowOfAMaybeStringHidesTheString(String shape) {
    Random r = new Random(shape.hashCode());
    for (String value : new String[] {symbolPassword(r, 20), FakeSecrets.mixed(r, 36)}) {
      assertHidden(String.format(shape, value), value);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DbConfig {dbHost = \"db-1\", dbPassword = Nothing}",
    "AppEnv {envName = \"prod\", envApiKey = Nothing, envPort = 8080}",
  })
  void haskellsShowOfNothingPasses(String line) {
    assertThat(CATALOG.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "#{<<\"host\">> => <<\"db-1\">>,<<\"password\">> => <<\"%s\">>}",
    "%%{<<\"api_key\">> => <<\"%s\">>, <<\"region\">> => <<\"eu-west-1\">>}",
    "[{<<\"user\">>,<<\"app\">>},{<<\"secret\">>,<<\"%s\">>}]",
  })
  void anErlangMapOrPairKeyedByABinaryHidesTheValue(String shape) {
    Random r = new Random(shape.hashCode());
    for (String value : new String[] {symbolPassword(r, 16), FakeSecrets.mixed(r, 40)}) {
      assertHidden(String.format(shape, value), value);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "#{<<\"password\">> => undefined,<<\"user\">> => <<\"app\">>}",
    "#{<<\"token_type\">> => <<\"Bearer\">>,<<\"expires_in\">> => 3600}",
    "echo \"password\">>notes.txt",
  })
  void anErlangBinaryKeyWithNoSecretPasses(String line) {
    assertThat(CATALOG.redact(line)).isSameAs(line);
  }
}
