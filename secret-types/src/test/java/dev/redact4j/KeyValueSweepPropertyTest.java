package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A seeded sweep over key/value syntax: a key word spelt in every casing style (snake, camel, kebab,
 * SCREAMING, dotted, Title Case words, prefixed, suffixed, suffixed after an index), a separator, a quoting or escaping, and a
 * container (JSON, YAML, XML, properties, TOML, CLI flags, query strings, headers, toString dumps, Python,
 * Ruby, Go, Rust, SQL, logfmt, syslog, psql and Markdown tables, tab-separated rows), some wrapped in a structured log line's message. Every combination
 * drawn must hide the value: no 8-character piece of it survives. Separators the engine reads as prose
 * ({@code key is v}, a tab) or as C's member access ({@code key->v}) are left out on purpose; a second property
 * draws a password's quoted value after {@code is}, escaped as in a JSON log or as Python prints bytes.
 */
class KeyValueSweepPropertyTest {
  private static final List<String> KEY_WORDS = List.of("password", "passwd", "pwd", "passphrase", "secret",
      "client secret", "token", "access token", "refresh token", "auth token", "api key", "private key", "secret key",
      "master key", "encryption key", "signing key", "webhook secret", "db password", "mysql root password",
      "new password", "keystore password", "trust store password", "app secret", "jwt secret", "consumer secret",
      "smtp password", "ldap password", "redis password", "api secret", "shared secret", "hmac key", "private token");
  private static final List<String> SEPARATORS = List.of("=", ": ", ":", " = ", "=>", " => ", " -> ", ":=", "==");
  private static final List<String> QUOTES = List.of("%s", "'%s'", "\"%s\"", "`%s`", "\\\"%s\\\"", "\\\\\\\"%s\\\\\\\"",
      "%%22%s%%22", "&quot;%s&quot;", "b'%s'", "u'%s'", "\"\"\"\n    %s\n    \"\"\"");
  private static final List<BinaryOperator<String>> CONTAINERS = List.of(
      (k, v) -> "{\"user\":\"bob\",\"" + k + "\":\"" + v + "\",\"n\":1}",
      (k, v) -> "{\"cfg\":{\"db\":{\"" + k + "\":\"" + v + "\"}},\"n\":1}",
      (k, v) -> "{\n  \"user\" : \"bob\",\n  \"" + k + "\" : \"" + v + "\"\n}",
      (k, v) -> "{\"" + k + "\":[\"" + v + "\"]}",
      (k, v) -> "db:\n  user: bob\n  " + k + ": '" + v + "'\n  port: 5432",
      (k, v) -> "db: {user: bob, " + k + ": \"" + v + "\"}",
      (k, v) -> "users:\n  - name: bob\n  - " + k + ": " + v + "\n",
      (k, v) -> "<datasource user=\"bob\" " + k + "=\"" + v + "\" url=\"x\"/>",
      (k, v) -> "# db\n" + k + "=" + v + "\nother=1",
      (k, v) -> "[database]\nuser = bob\n" + k + " = " + v + "\nport = 5432",
      (k, v) -> "[database]\n" + k + " = \"" + v + "\"\nport = 5432",
      (k, v) -> "export " + k + "='" + v + "'",
      (k, v) -> "$ " + k + "='" + v + "' ./run.sh --verbose",
      (k, v) -> "exec app --user bob --" + k + " '" + v + "' --port 1",
      (k, v) -> "exec app --user bob --" + k + "=" + v + " --port 1",
      (k, v) -> "GET /api/x?a=1&" + k + "=" + v + "&b=2 HTTP/1.1",
      (k, v) -> "POST body: user=bob&" + k + "=" + v + "&remember=1",
      (k, v) -> "Set-Cookie: " + k + "=" + v + "; Path=/; HttpOnly",
      (k, v) -> "Loaded Cfg{user=bob, " + k + "=" + v + ", port=5432}",
      (k, v) -> "Loaded Cfg(user=bob, " + k + "=" + v + ", port=5432)",
      (k, v) -> "Loaded Cfg[user=bob, " + k + "=" + v + ", port=5432]",
      (k, v) -> "Cfg(user='bob', " + k + "='" + v + "', port=5432)",
      (k, v) -> "{'user': 'bob', '" + k + "': '" + v + "', 'port': 5432}",
      (k, v) -> "{:user=>\"bob\", :" + k + "=>\"" + v + "\"}",
      (k, v) -> "array('user' => 'bob', '" + k + "' => '" + v + "')",
      (k, v) -> "main.Cfg{User:\"bob\", " + k + ":\"" + v + "\", Port:5432}",
      (k, v) -> "Cfg { user: \"bob\", " + k + ": \"" + v + "\", port: 5432 }",
      (k, v) -> "UPDATE users SET " + k + " = '" + v + "' WHERE id = 7",
      (k, v) -> "level=info " + k + "=" + v + " msg=ok",
      (k, v) -> "<34>1 2026-01-01T00:00:00Z host app - - [auth@1 user=\"bob\" " + k + "=\"" + v + "\"] login",
      (k, v) -> "12:00:00 INFO {user=bob, " + k + "=" + v + ", trace=ab} done",
      (k, v) -> "jdbc:sqlserver://db:1433;databaseName=app;user=bob;" + k + "=" + v + ";encrypt=true",
      // tables and tab-separated rows (TABLES of them, last in this list): psql without a header and expanded,
      // Markdown with and without its outer bars, a bar between tabs, env-like and TSV dumps, aws ssm text output
      (k, v) -> " " + k + " | " + v,
      (k, v) -> "-[ RECORD 1 ]----+------\nuser           | bob\n" + k + "    | " + v + "\nport           | 5432",
      (k, v) -> "key | value\n--- | ---\n" + k + " | " + v,
      (k, v) -> "| user | bob |\n| " + k + " | " + v + " |",
      (k, v) -> "using " + k + "\t|\t" + v + " for user bob",
      (k, v) -> "USER\tbob\n" + k + "\t" + v,
      (k, v) -> "name\tvalue\nuser\tbob\n" + k + "\t" + v + "\n",
      (k, v) -> "PARAMETERS\tarn:aws:ssm:us-east-1:000000000000:parameter/app\t2026-01-01T00:00:00\t" + k
          + "\tSecureString\t" + v + "\t3");
  private static final int TABLES = 8;

  @Property(tries = 400, seed = "20261201")
  void aValueAfterAnyKeySpellingSeparatorQuoteOrContainerIsHidden(@ForAll long seed) {
    Random r = new Random(seed);
    String key = spell(KEY_WORDS.get(r.nextInt(KEY_WORDS.size())), r.nextInt(9));
    String value = value(r);
    String text;
    boolean textBlock = false;
    boolean table = false;
    if (r.nextInt(3) == 0) {
      int quote = r.nextInt(QUOTES.size());
      textBlock = quote == QUOTES.size() - 1;
      String quoted = String.format(QUOTES.get(quote), value);
      text = "2026-01-01 12:00:00 INFO [main] c.e.App - using " + key + SEPARATORS.get(r.nextInt(SEPARATORS.size()))
          + quoted + " for user bob";
    } else {
      int container = r.nextInt(CONTAINERS.size());
      table = container >= CONTAINERS.size() - TABLES;
      text = CONTAINERS.get(container).apply(key, value);
    }
    // a text block escaped into a JSON string is not read yet, nor a table's row after an escaped line break
    if (r.nextInt(5) == 0 && !textBlock && !table) {
      text = "{\"level\":\"INFO\",\"message\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"")
          .replace("\n", "\\n") + "\"}";
    }

    String out = Redactor.defaults().redact(text);

    for (int i = 0; i + 8 <= value.length(); i++) {
      assertThat(out).as(text).doesNotContain(value.substring(i, i + 8));
    }
  }

  private static final List<String> PASSWORD_WORDS = List.of("password", "passwd", "passphrase", "db password",
      "new password", "smtp password", "keystore password");
  private static final List<String> PROSE_QUOTES = List.of("\"%s\"", "'%s'", "\\\"%s\\\"", "b'%s'", "u'%s'");

  @Property(tries = 200, seed = "20261202")
  void aQuotedPasswordAfterIsIsHidden(@ForAll long seed) {
    Random r = new Random(seed);
    String key = spell(PASSWORD_WORDS.get(r.nextInt(PASSWORD_WORDS.size())), r.nextInt(9));
    String value = value(r);
    String text = "2026-01-01 12:00:00 INFO [main] c.e.App - the " + key + " is "
        + String.format(PROSE_QUOTES.get(r.nextInt(PROSE_QUOTES.size())), value) + " for user bob";

    String out = Redactor.defaults().redact(text);

    for (int i = 0; i + 8 <= value.length(); i++) {
      assertThat(out).as(text).doesNotContain(value.substring(i, i + 8));
    }
  }

  /** A value with a secret's make-up and no character any container above would have to escape. */
  private static String value(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return FakeSecrets.mixed(r, 10 + r.nextInt(20));
      case 1:
        return FakeSecrets.chars(r, FakeSecrets.HEX, 32);
      case 2:
        return FakeSecrets.chars(r, FakeSecrets.LOWER, 2) + FakeSecrets.chars(r, FakeSecrets.ALNUM, 30) + "Z9";
      default:
        return FakeSecrets.mixed(r, 6) + "-" + FakeSecrets.mixed(r, 6) + "_" + FakeSecrets.mixed(r, 6);
    }
  }

  /** The key words in one of nine casing styles. */
  private static String spell(String words, int style) {
    String[] w = words.split(" ");
    StringBuilder camel = new StringBuilder(w[0]);
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String cap = Character.toUpperCase(w[i].charAt(0)) + w[i].substring(1);
      camel.append(i == 0 ? "" : cap);
      title.append(i == 0 ? "" : " ").append(cap);
    }
    switch (style) {
      case 0: return String.join("_", w);
      case 1: return camel.toString();
      case 2: return String.join("-", w);
      case 3: return String.join("_", w).toUpperCase(java.util.Locale.ROOT);
      case 4: return String.join(".", w);
      case 5: return title.toString();
      case 6: return "MY_APP_" + String.join("_", w).toUpperCase(java.util.Locale.ROOT);
      case 7: return camel + "Prod";
      default: return camel + "2Prod";
    }
  }
}
