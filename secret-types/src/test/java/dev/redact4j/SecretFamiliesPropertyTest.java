package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.FakeSecrets.Family;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated, format-valid fake secrets of every family, embedded at random places in log-like text
 * in the shapes logs use, are fully hidden; the output is stable under a second redaction; and
 * look-alikes that are not secrets pass through as the same instance.
 */
class SecretFamiliesPropertyTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  private static final String[] PREFIXES = {"", "INFO  [main] c.e.Service - ", "2024-05-01T10:00:00Z DEBUG ",
      "request failed: ", "{\"level\":\"warn\",\"msg\":\"", "user=alice ", "\t", "-> "};
  private static final String[] SUFFIXES = {"", " done", "\"}", ", retrying in 5s", "\n", ";", " (attempt 2)"};

  /** Ways a bare token appears in logs. */
  private static String wrapToken(String s, int shape) {
    switch (shape) {
      case 0: return s;
      case 1: return "\"" + s + "\"";
      case 2: return "'" + s + "'";
      case 3: return "[" + s + "]";
      case 4: return "token=" + s;
      case 5: return "key: " + s;
      case 6: return "{\\\"value\\\":\\\"" + s + "\\\"}";
      case 7: return "https://example.com/cb?x=" + s + "&y=1";
      default: return "(" + s + ")";
    }
  }

  /** Ways a key/value pair appears in logs. */
  private static String assignment(String key, String value, int shape) {
    switch (shape) {
      case 0: return key + "=" + value;
      case 1: return key + ": " + value;
      case 2: return "\"" + key + "\":\"" + value + "\"";
      case 3: return "{\\\"" + key + "\\\":\\\"" + value + "\\\"}";
      case 4: return key + " => '" + value + "'";
      case 5: return "?" + key + "=" + value + "&page=2";
      case 6: return "Config{" + key + "=" + value + ", timeout=30}";
      case 7: return "--" + key + " " + value;
      case 8: return "--" + key + "=" + value;
      case 9: return key + ": \"" + value + "\"";
      default: return "<" + key + ">" + value + "</" + key + ">";
    }
  }

  @Provide
  Arbitrary<Family> tokenFamilies() {
    return Arbitraries.of(FakeSecrets.TOKENS);
  }

  @Property(tries = 600)
  void everyGeneratedTokenIsHiddenWherever(@ForAll("tokenFamilies") Family family, @ForAll long seed) {
    Random r = new Random(seed);
    String secret = family.make().apply(r);
    String text = PREFIXES[r.nextInt(PREFIXES.length)] + wrapToken(secret, r.nextInt(9))
        + SUFFIXES[r.nextInt(SUFFIXES.length)];
    String out = REDACTOR.redact(text);
    assertThat(out).as(family.name()).doesNotContain(secret);
    if (!secret.contains("://")) {
      assertNoLongFragment(out, secret, family.name());
    }
    assertThat(REDACTOR.redact(out)).as("idempotent for " + family.name()).isEqualTo(out);
  }

  @Property(tries = 600)
  void everyAssignedValueIsHidden(@ForAll long seed) {
    Random r = new Random(seed);
    List<String> keys;
    Family family = FakeSecrets.VALUES.get(r.nextInt(FakeSecrets.VALUES.size()));
    switch (family.name()) {
      case "password": keys = FakeSecrets.PASSWORD_KEYS; break;
      case "secret": keys = FakeSecrets.SECRET_KEYS; break;
      case "api-key": keys = FakeSecrets.KEY_KEYS; break;
      default: keys = FakeSecrets.TOKEN_KEYS; break;
    }
    String key = keys.get(r.nextInt(keys.size()));
    String value = family.make().apply(r);
    String text = PREFIXES[r.nextInt(PREFIXES.length)] + assignment(key, value, r.nextInt(11))
        + SUFFIXES[r.nextInt(SUFFIXES.length)];
    String out = REDACTOR.redact(text);
    assertThat(out).as(key).doesNotContain(value);
    assertThat(out).as("the key stays readable").contains(key);
    assertThat(REDACTOR.redact(out)).as("idempotent").isEqualTo(out);
  }

  @Property(tries = 300)
  void urlPasswordsAndHeadersAreHidden(@ForAll long seed) {
    Random r = new Random(seed);
    String mixed = FakeSecrets.mixed(r, 12 + r.nextInt(10));
    // Passwords with a '#' that should have been encoded as %23 are common in logged URLs.
    String password = r.nextBoolean() ? mixed : mixed.substring(0, 5) + "#" + mixed.substring(5);
    String token = FakeSecrets.mixed(r, 40);
    String[] schemes = {"postgres", "mongodb+srv", "redis", "amqps", "https", "jdbc:mysql"};
    String url = schemes[r.nextInt(schemes.length)] + "://svc_user:" + password + "@db.internal:5432/app";
    String header = new String[] {"Authorization: Bearer ", "\"Authorization\":\"Basic ", "Proxy-Authorization: Token ",
        "authorization=Bearer "}[r.nextInt(4)] + token;
    String text = "connecting to " + url + " with " + header + " now";
    String out = REDACTOR.redact(text);
    assertThat(out).doesNotContain(password).doesNotContain(token).contains("svc_user").contains("db.internal");
  }

  @Property(tries = 300)
  void lookAlikesPassThroughAsTheSameInstance(@ForAll long seed) {
    Random r = new Random(seed);
    String uuid = java.util.UUID.nameUUIDFromBytes(Long.toString(seed).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .toString();
    String sha = FakeSecrets.chars(r, FakeSecrets.HEX, 40);
    String digest = "sha256:" + FakeSecrets.chars(r, FakeSecrets.HEX, 64);
    String trace = FakeSecrets.chars(r, FakeSecrets.HEX, 32);
    String[] lines = {
      "token refreshed for user " + r.nextInt(100000) + " in " + r.nextInt(500) + "ms",
      "commit " + sha + " deployed by ci",
      "pulled image registry.example.com/app@" + digest,
      "traceId=" + trace + " spanId=" + FakeSecrets.chars(r, FakeSecrets.HEX, 16) + " request completed",
      "requestId=" + uuid + " status=200 bytes=" + r.nextInt(1000000),
      "account 123456789012 role arn:aws:iam::123456789012:role/app assumed",
      "password policy updated; minimum length is " + (8 + r.nextInt(8)),
      "max_tokens=" + r.nextInt(8192) + " prompt_tokens=" + r.nextInt(8192),
      "passwordless login enabled for tenant " + uuid,
      "order " + (1000000 + r.nextInt(9000000)) + " total 19.99 EUR at 2024-05-01T10:00:00Z",
      // A 16-digit hex id with no letter could be a Luhn-valid card number, and is then hidden.
      "clientId=" + uuid + " keyId=" + FakeSecrets.chars(r, FakeSecrets.HEX, 15) + "f session started",
      "cache key=user:" + r.nextInt(1000) + " hit",
      "open http://localhost:" + (1024 + r.nextInt(60000)) + "#top then mail ops@example.com",
    };
    String line = lines[r.nextInt(lines.length)];
    assertThat(REDACTOR.redact(line)).isSameAs(line);
    assertThat(REDACTOR.containsSecret(line)).isFalse();
  }

  @Property(tries = 200)
  void githubNearMissesAreHiddenEvenWhenTheChecksumFails(@ForAll long seed) {
    Random r = new Random(seed);
    String valid = FakeSecrets.github(r, "ghp_");
    assertThat(dev.redact4j.internal.engine.Validators.githubChecksum(valid, 4, valid.length())).isTrue();
    String broken = valid.substring(0, valid.length() - 1) + (valid.endsWith("A") ? "B" : "A");
    assertThat(REDACTOR.redact("token " + broken + " used")).doesNotContain(broken);
  }

  /** A secret in code, a command line or a config line, and text that must stay around it. */
  private record Planted(String text, String secret, String kept) {}

  private static Planted planted(Random r, int shape) {
    String pw = FakeSecrets.mixed(r, 10 + r.nextInt(10));
    String name = FakeSecrets.chars(r, FakeSecrets.UPPER, 1) + FakeSecrets.chars(r, FakeSecrets.LOWER, 5 + r.nextInt(6));
    String account = FakeSecrets.chars(r, FakeSecrets.LOWER, 6) + "_" + FakeSecrets.chars(r, FakeSecrets.LOWER, 4);
    while (account.contains("fake") || account.contains("dummy")) {
      // letters only with such a word are a fixture's value by the catalog's rule (docs/catalog.md), not a secret
      account = FakeSecrets.chars(r, FakeSecrets.LOWER, 6) + "_" + FakeSecrets.chars(r, FakeSecrets.LOWER, 4);
    }
    switch (shape) {
      case 0: return new Planted("sender.Credentials = new NetworkCredential(\"svc@example.org\", \"" + pw + "\");", pw,
          "svc@example.org");
      case 1: return new Planted("var de = new DirectoryEntry(\"LDAP://dc.example.org\",\n    \"CORP\\\\svc\",\n    \""
          + pw + "\");", pw, "LDAP://dc.example.org");
      case 2: return new Planted("psexec \\\\host01 -u admin -p $" + name + " -i -d calc.exe", "$" + name, "admin");
      case 3: return new Planted("Connect-VIServer $h -User \"$u\" -Password \"$" + name + "\" | Out-Null", "$" + name,
          "Connect-VIServer");
      case 4: return new Planted("PsExec.exe \\\\host01 -u CORP\\svc -p %" + name + "% -i 2", "%" + name + "%", "CORP");
      case 5: return new Planted("std::string secret(\"" + pw + "\");", pw, "std::string secret(");
      case 6: return new Planted("[default]\naws_secret_access_key: " + name + " " + pw + " " + name.toLowerCase(),
          name + " " + pw, "aws_secret_access_key");
      case 7: return new Planted("secreto = " + pw.substring(0, 4) + ",.:-@*?!" + pw.substring(4), pw.substring(4),
          "secreto");
      case 8: {
        String pw2 = FakeSecrets.mixed(r, 14);
        return new Planted("postgresql://app:" + pw + "@h1:5432,app:" + pw2 + "@h2:5432/db", pw2, "@h2:5432/db");
      }
      case 9: return new Planted("CLOUDANT_USERID = '" + account + "'", account, "CLOUDANT_USERID");
      case 10: return new Planted("GET https://" + account + ".cloudant.com/orders 200", account, ".cloudant.com/orders");
      case 11: return new Planted("sl_user_id = \"" + account + "@example.org\"", account, "sl_user_id");
      case 12: return new Planted("REACT_APP_MAILER_PASSWORD=smtp_" + account + " # the SMTP password", account,
          "# the SMTP password");
      default: return new Planted("builder.password(\"" + pw + "\").build()", pw, "builder.password(");
    }
  }

  @Property(tries = 400)
  void secretsInCodeCommandLinesAndConfigLinesAreHidden(@ForAll long seed) {
    Random r = new Random(seed);
    int shape = r.nextInt(14);
    Planted p = planted(r, shape);
    // Shapes 6 and 7 are config lines: the key starts its line.
    String text = PREFIXES[r.nextInt(PREFIXES.length)] + (shape == 6 || shape == 7 ? "\n" : "") + p.text()
        + SUFFIXES[r.nextInt(SUFFIXES.length)];
    String out = REDACTOR.redact(text);
    assertThat(out).as(p.text()).doesNotContain(p.secret()).contains(p.kept());
    assertThat(REDACTOR.redact(out)).as("idempotent").isEqualTo(out);
  }

  /**
   * The German, Spanish, French, Portuguese, Dutch, Czech, Polish, Turkish, Finnish, Danish, Swedish,
   * Norwegian, Italian, Serbian/Croatian, Slovenian, Estonian, Hungarian, Lithuanian, Russian, Chinese,
   * Japanese, Korean and Hebrew words for password, as configuration and log lines in those languages
   * write them (with their letters beyond ASCII, and ASCII spellings where people use them).
   */
  private static final String[] FOREIGN_PASSWORD_KEYS = {"Kennwort", "kennwort", "db.kennwort", "LDAP_KENNWORT",
      "contrase\u00f1a", "Contrase\u00f1a", "CONTRASE\u00d1A", "contrasena", "contrasena_bd", "mot de passe",
      "Mot de passe", "mot_de_passe", "MOT_DE_PASSE", "senha", "Senha", "db.senha", "SENHA_BANCO", "novaSenha",
      "wachtwoord", "Wachtwoord", "heslo", "DB_HESLO", "haslo", "sifre", "db_sifre", "salasana", "adgangskode",
      "losenord", "passord", "parola", "lozinka", "geslo", "parool", "has\u0142o", "Has\u0142o", "\u015fifre",
      "\u015eifre", "jelsz\u00f3", "l\u00f6senord", "slapta\u017eodis", "\u043f\u0430\u0440\u043e\u043b\u044c",
      "\u041f\u0430\u0440\u043e\u043b\u044c", "\u041f\u0410\u0420\u041e\u041b\u042c",
      "db.\u043f\u0430\u0440\u043e\u043b\u044c", "\u5bc6\u7801", "\u6570\u636e\u5e93\u5bc6\u7801", "\u5bc6\u78bc",
      "\u30d1\u30b9\u30ef\u30fc\u30c9", "\u7ba1\u7406\u8005\u30d1\u30b9\u30ef\u30fc\u30c9",
      "\ube44\ubc00\ubc88\ud638", "\u05e1\u05d9\u05e1\u05de\u05d4"};

  @Property(tries = 200)
  void passwordsUnderForeignWordsForPasswordAreHidden(@ForAll long seed) {
    Random r = new Random(seed);
    String pw = FakeSecrets.mixed(r, 10 + r.nextInt(10));
    String key = FOREIGN_PASSWORD_KEYS[r.nextInt(FOREIGN_PASSWORD_KEYS.length)];
    String separator = new String[] {"=", ": ", " : ", " = ", "\uff1a"}[r.nextInt(5)]; // and a full-width colon
    String line = PREFIXES[r.nextInt(PREFIXES.length)] + key + separator + pw + SUFFIXES[r.nextInt(SUFFIXES.length)];
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(pw).contains(key + separator);
  }

  @Property(tries = 300)
  void codeAndPlaceholderLookAlikesPassThrough(@ForAll long seed) {
    Random r = new Random(seed);
    String name = FakeSecrets.chars(r, FakeSecrets.LOWER, 6 + r.nextInt(6));
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    String twentyDigits = (1 + r.nextInt(9)) + FakeSecrets.chars(r, FakeSecrets.DIGITS, 19);
    String[] lines = {
      "var c = new NetworkCredential(user, password);",
      "var c = new NetworkCredential(\"" + name + "\", \"\");",
      "var s = vault.getSecret(\"" + name + "-db\");",
      "log.info(\"password={} user={}\", pw, \"" + name + "\")",
      "export PGPASSWORD=\"$" + upper + "\"",
      "password: ${" + upper + "}",
      "cloudant_database = " + name,
      "see https://status.cloudant.community/" + name,
      "id " + java.util.Base64.getEncoder().withoutPadding().encodeToString(twentyDigits.getBytes(
          java.nio.charset.StandardCharsets.US_ASCII)) + "." + FakeSecrets.chars(r, FakeSecrets.LOWER, 6) + "."
          + FakeSecrets.chars(r, FakeSecrets.LOWER, 27),
      "digest 00" + FakeSecrets.chars(r, FakeSecrets.HEX, 40) + " stored",
      "MTU 1500 on eth0, NTLM auth ok, ODBC driver 18, OTP sent at 10:00:00.000",
    };
    String line = lines[r.nextInt(lines.length)];
    assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
  }

  @Property(tries = 300)
  void valuesAfterConsoleTableLeadersAreHidden(@ForAll long seed) {
    Random r = new Random(seed);
    String value = FakeSecrets.mixed(r, 8 + r.nextInt(10)) + FakeSecrets.chars(r, "#@$!%*", 1 + r.nextInt(3));
    String[] labels = {"password", "Ldap password", "Admin password", "DB_PASSWORD", "Passphrase", "API key",
        "client secret"};
    String[] leaders = {" ---- ", "          ------   ", " ......... ", "\t........: ", " . . . . . . : ",
        " ---> ", " -----= ", " -->"};
    String label = labels[r.nextInt(labels.length)];
    String row = (r.nextBoolean() ? "    " : "") + label + leaders[r.nextInt(leaders.length)] + value;
    String text = PREFIXES[r.nextInt(PREFIXES.length)] + "\n" + row + SUFFIXES[r.nextInt(SUFFIXES.length)];
    String out = REDACTOR.redact(text);
    assertThat(out).as(row).doesNotContain(value).contains(label);
    assertThat(REDACTOR.redact(out)).as("idempotent").isEqualTo(out);
  }

  @Property(tries = 200)
  void leaderLookAlikesPassThrough(@ForAll long seed) {
    Random r = new Random(seed);
    String word = FakeSecrets.chars(r, FakeSecrets.LOWER, 4 + r.nextInt(6));
    String[] lines = {
      "Checking password ... " + word,
      "  -p, --password ------ " + word + " the password to use",
      "  --api-key ........ " + word + " the key to send",
      "Reset your password -- " + word + " the wiki",
      "------ password " + word + " ------",
      "Password\n--------\n" + word + " is required",
      "-----BEGIN password -----" + word,
      "password ---- none",
    };
    String line = lines[r.nextInt(lines.length)];
    assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
  }

  /** No run of 8 or more characters of the secret survives (a mask never shows a fragment). */
  private static void assertNoLongFragment(String out, String secret, String family) {
    for (int i = 0; i + 12 <= secret.length(); i += 4) {
      String fragment = secret.substring(i, i + 12);
      assertThat(out).as(family + " fragment").doesNotContain(fragment);
    }
  }
}
