package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Linear work (counted, never timed), fail-closed behaviour, configuration errors and the
 * reporting surface.
 */
class EngineSafetyTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  /** Reads per input character any built-in rule set may need, whatever the input. */
  private static final long READS_PER_CHAR = 64;

  private static long readsFor(String input) {
    ReadCountingText counting = new ReadCountingText(input);
    REDACTOR.containsSecret(counting);
    return counting.reads();
  }

  private static String repeat(String unit, int totalLength) {
    StringBuilder sb = new StringBuilder(totalLength + unit.length());
    while (sb.length() < totalLength) {
      sb.append(unit);
    }
    return sb.toString();
  }

  @Test
  void workIsLinearOnAdversarialInputs() {
    Random r = new Random(42);
    int n = 200_000;
    List<String> inputs = List.of(
        repeat("password ", n), // keyword flood without separators
        repeat("pw ", n), // prose key words, each searching for its colon or "is"
        repeat("password=", n), // keyword flood, each a key
        repeat("contrase\u00f1a=kennwort: mot de passe ", n), // the words for password in other languages
        "password" + repeat("\u00f1", n), // a key going on in letters beyond ASCII
        repeat("\u043f\u0430\u0440\u043e\u043b\u044c=\u5bc6\u7801\uff1a", n), // key words beyond ASCII
        "\u043f\u0430\u0440\u043e\u043b\u044c" + repeat("\u044f", n), // and one going on in letters
        repeat("token=${", n), // placeholders that never close
        repeat("Authorization: ", n),
        repeat("ghp_", n), // repeated anchors
        repeat("xoxb-", n),
        repeat("-----BEGIN_PRIVATE_KEY-----".replace('_', ' '), n), // truncated blocks (spelt so for the self-scan)
        repeat("eyJ", n), // JWT starts
        repeat("://", n),
        repeat("4111 ", n), // card-like digit groups
        repeat("$2a$", n),
        repeat("key: \"", n),
        repeat("password = \"\"\"a", n), // triple quotes that never close on the line
        repeat("pi_secret_", n), // Stripe intent client secrets: a lead read back before every secret word
        repeat("MT", n), // the Discord pairs, bare and after a separator
        repeat("-MT", n),
        repeat(" 00", n), // Okta tokens
        repeat("NetworkCredential(", n),
        repeat("NetworkCredential(\"a\", ", n),
        repeat("DirectoryEntry(\"", n),
        repeat("a.cloudant.com", n),
        repeat("--password $", n), // variables after flags
        repeat("\npassword: a b", n), // line values
        repeat("secret: a, b=", n),
        repeat("secret(\"", n),
        repeat("postgresql://u:p@h:1,", n), // multi-host URLs
        repeat("s://a:b;(,", n), // URL passwords whose unencoded sub-delimiters never reach an @
        repeat("token [a, b, c, d, e, ", n), // char arrays after a key in prose that never close
        repeat("{\"name\":\"password\",\"type\":\"a\",", n), // name fields whose value field never comes
        repeat("- name: password\n  type: a\n", n),
        repeat("[name: password][version: a; ", n), // cookie fields parted by ][ and ; whose value never comes
        repeat("apiKey=Secret[value=Optional[", n), // wrapper dumps inside wrapper dumps
        repeat("(a, password, ", n), // SQL column lists that never close, each key walking back to the (
        repeat("(a, password) VALUES ('a', b, ", n), // values lists that never reach the key's position
        repeat("ENV PASSWORD ", n), // Dockerfile instructions
        repeat("password%3D%5D", n), // URL-encoded separators and closers
        repeat("password\\u003d\\u0027a", n), // unicode-escaped separators and quotes that never close
        repeat("\\u0022password\\u0022:\\u0022", n),
        repeat("password: ['aaaaaa', ", n), // lists that never close
        repeat("\"password\": {\r\n  ", n), // wrapper objects whose value field never comes
        repeat("variable \"password\" { type = \"", n), // Terraform variables whose default never comes
        repeat("<entry key=\"password\">", n),
        repeat("<name>password</name> <value>", n), // name elements whose value element never closes
        repeat("<password a=\"b\" ", n), // start tags that never end
        repeat("<password><![CDATA[a]", n), // CDATA sections that never close
        repeat("Bearer a=", n),
        repeat("cookie:a=", n), // cookie headers whose values run into the next header
        repeat("cookie: CookieConsent=a", n), // cookie names holding the word, which no header starts
        repeat("vsts=", n), // vendor keys whose value runs into the next key, longer than any such value
        repeat("snyk=", n),
        repeat("jfrog=\"", n),
        repeat("set-cookie: sid=a-", n),
        repeat("requirepass \"a ", n), // quotes that a blank does not close
        repeat("curl -u 'b:", n),
        repeat("temporary password for root: a", n),
        repeat("key=a-", n), // keys whose unquoted value runs into the same key again
        repeat("access_key=", n),
        repeat("/:_password:a=", n),
        repeat("/:_auth=", n),
        repeat("-storepass ", n), // options whose scan runs to the end of the command
        repeat("-keypass:a=", n),
        repeat("redis-cli=", n),
        repeat("curl ", n),
        repeat("::add-mask::", n), // anchors inside the run that follows them
        repeat("LS0tLS1CRUdJTi=", n),
        repeat("identified by \"a ", n),
        repeat("auth=(", n), // calls whose first argument runs into the same call again
        repeat(".login(a", n),
        repeat("password for ", n), // SET PASSWORD FOR accounts that never reach their =
        repeat("\"AUTH\" \"", n), // Redis MONITOR arguments that never close
        repeat("Basic YWxpY2U6", n), // base64 credentials that run into the next Basic
        repeat("/password", n), // a name field's path, walked back from each key
        repeat("net user =", n), // positional arguments whose option never comes
        repeat("rabbitmqctl add_user ", n),
        repeat("ldap -w ", n),
        repeat("smbclient -U a%", n),
        repeat("\" -AsPlainText ", n), // quotes around the switch that never close on the line
        repeat("token=Token{abcdef1 ", n), // Android record dumps whose closing brace never comes
        repeat("token=com.x.Y@a", n), // identity hashes that run into the next key
        "password " + repeat("Xy7|", n), // bars inside one prose word: each reads the rest of the word
        repeat("password Xy7kQ9mP|", n), // prose words ending at bars that delimit nothing
        repeat("|secret Server|1a", n), // CEF header fields looked for back from each key word
        repeat("{\"kind\":\"Secret\",\"data\":{\"a\":\"", n), // Secrets whose data never closes
        "{\"kind\":\"Secret\",\"data\":" + repeat("{\"a\":\"b\",\"data\":", n), // data objects nested deep
        repeat("{\"data\":{\"a\":\"b\",", n) + "\"kind\":\"Secret\"", // values pending for a kind at the end
        repeat("\"Secret\\\\\\\"", n), // kind values escaped ever deeper: each quote's level is counted
        repeat("Secret Secret\\", n),
        repeat("{\"type\":\"Opaque\",\"data\":{\"a\":\"b\",", n), // kind-less Secrets told by their type
        repeat("&Secret{Data:map[string][]byte{a: [1 ", n), // Go String() dumps whose maps never close
        repeat("&Secret{,StringData:map[string]string{a: b", n),
        repeat("a.io/share/", n), // link words whose path is looked for back from each (a URL's? a file's?)
        repeat("a.io/reset/x/", n),
        FakeSecrets.chars(r, FakeSecrets.B64, 1_000_000), // 1 MB of base64
        "password=aaaaaaaaaaaaaaab " + repeat("a", n), // a found value, then a near-repeat flood
        repeat("password=aaaaaaaaaab ", n), // found values that repeat everywhere
        repeat("a", n) + "!", // ReDoS classics for regex engines
        repeat("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@", n));
    for (String input : inputs) {
      long reads = readsFor(input);
      assertThat(reads).as("reads for %s... (%d chars)", input.substring(0, 12), input.length())
          .isLessThanOrEqualTo(READS_PER_CHAR * input.length());
    }
  }

  @Test
  void readsGrowLinearlyWithInputSize() {
    String unit = "user=bob password=${X} token=abc Authorization: Bearer ghp_ eyJ 4111 MT 00 -p $X "
        + "NetworkCredential(\"a\", x.cloudant.com secret(\"s\") u:p@h:1,u:q@h:2\nsecret: a b ";
    long small = readsFor(repeat(unit, 10_000));
    long large = readsFor(repeat(unit, 100_000));
    assertThat((double) large / small).isBetween(8.0, 12.0);
  }

  @Test
  void aCustomRegexOverItsBudgetFailsClosed() {
    Redactor redactor = Redactor.newBuilder().knownSecrets(null).regexBudget(4)
        .addRegexRule("slow", "(a|aa)+b").build();
    String input = repeat("a", 5_000) + "c";
    assertThat(redactor.redact(input)).isEqualTo("[REDACTION FAILED]");
    assertThat(redactor.scan(input)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(Redactor.FAILED_RULE);
      // no run of the input: longer than a keyed fingerprint's 8 hex digits, which may spell aaaa by chance
      assertThat(f.toString()).doesNotContain("a".repeat(16));
    });
  }

  @Test
  void aFailingInputFailsClosedAndNeverThrows() {
    CharSequence broken = new CharSequence() {
      @Override
      public int length() {
        return 40;
      }

      @Override
      public char charAt(int index) {
        if (index > 10) {
          throw new IllegalStateException("boom");
        }
        return 'p';
      }

      @Override
      public CharSequence subSequence(int start, int end) {
        throw new UnsupportedOperationException();
      }
    };
    assertThat(REDACTOR.redact(broken)).isEqualTo("[REDACTION FAILED]");
    StringBuilder out = new StringBuilder("prefix ");
    assertThat(REDACTOR.redactTo(broken, out)).isTrue();
    assertThat(out).hasToString("prefix [REDACTION FAILED]");
  }

  @Test
  void cleanTextIsReturnedAsTheSameInstance() {
    String clean = "GET /health 200 3ms user-agent=kube-probe/1.29";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
    StringBuilder out = new StringBuilder();
    assertThat(REDACTOR.redactTo(clean, out)).isFalse();
    assertThat(out).hasToString(clean);
  }

  @Test
  void findingsNeverShowTheSecretAndCountersGrow() {
    Random r = new Random(7);
    String token = FakeSecrets.github(r, "ghp_");
    Redactor redactor = Redactor.newBuilder().knownSecrets(null).build();
    List<Finding> findings = redactor.scan("using " + token + " now");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("github-pat-classic");
      assertThat(f.start()).isEqualTo(6);
      assertThat(f.end()).isEqualTo(6 + token.length());
      assertThat(f.fingerprint()).matches("[0-9a-f]{8}");
      assertThat(f.toString()).doesNotContain(token).doesNotContain(token.substring(4, 12));
    });
    redactor.redact("a " + token);
    redactor.redact("b " + token);
    Map<String, Long> hits = redactor.hitCounts();
    assertThat(hits).containsEntry("github-pat-classic", 2L).containsKey(Redactor.KNOWN_SECRET_RULE);
  }

  @Test
  void masksAreAppliedPerRule() {
    Random r = new Random(3);
    String token = FakeSecrets.github(r, "ghp_");
    Redactor redactor = Redactor.newBuilder().knownSecrets(null).mask("github-pat-classic", Mask.keepPrefix())
        .mask(Mask.fixed("****")).build();
    assertThat(redactor.redact(token + " password=hunter2hunter2"))
        .isEqualTo("ghp_[REDACTED:github-pat-classic] password=****");
  }

  @Test
  void catalogHasSixtyPlusDocumentedRulesAndOffByDefaultRulesCanBeEnabled() {
    List<RuleDescription> rules = Redactor.defaults().rules();
    assertThat(rules).hasSizeGreaterThanOrEqualTo(60);
    assertThat(rules).allSatisfy(rule -> {
      assertThat(rule.id()).matches("[a-z0-9-]+");
      assertThat(rule.description()).isNotBlank();
      assertThat(rule.example()).isNotBlank();
    });
    assertThat(rules).extracting(RuleDescription::id).doesNotContain("twilio-account-sid", "aws-unique-id");
    Redactor withIds = Redactor.newBuilder().knownSecrets(null).enable("aws-unique-id").build();
    String id = "AIDA" + FakeSecrets.chars(new Random(1), "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
    assertThat(Redactor.defaults().redact("user " + id)).contains(id);
    assertThat(withIds.redact("user " + id)).doesNotContain(id);
  }

  @Test
  void groupsCanBeDisabled() {
    Random r = new Random(5);
    String token = FakeSecrets.github(r, "ghp_");
    Redactor redactor = Redactor.newBuilder().knownSecrets(null).disable("github").build();
    assertThat(redactor.redact("t " + token)).contains(token);
  }

  @Test
  void builderErrorsNameTheFix() {
    assertThatThrownBy(() -> Redactor.newBuilder().enable("githb"))
        .isInstanceOf(RedactionConfigException.class).hasMessageContaining("did you mean 'github'");
    assertThatThrownBy(() -> Redactor.newBuilder().addRegexRule("bad", "(a+)+"))
        .isInstanceOf(RedactionConfigException.class).hasMessageContaining("rewrite");
    assertThatThrownBy(() -> Redactor.newBuilder().addRegexRule("github-pat-classic", "x"))
        .isInstanceOf(RedactionConfigException.class).hasMessageContaining("already exists");
    assertThatThrownBy(() -> Redactor.newBuilder().regexBudget(0))
        .isInstanceOf(RedactionConfigException.class).hasMessageContaining("1 to 100000");
    assertThatThrownBy(() -> Redactor.newBuilder().fingerprintKey(new byte[4]))
        .isInstanceOf(RedactionConfigException.class).hasMessageContaining("16 bytes");
    assertThatThrownBy(() -> Redactor.newBuilder().disable("aws-unique-id").mask("aws-unique-id", Mask.typed()).build())
        .isInstanceOf(RedactionConfigException.class).hasMessageContaining("not enabled");
  }

  @Test
  void rulesFileErrorsCarryTheLineNumber() {
    String file = "# comment\nenable = aws-unique-id\nmask = fingerprint\nrule.internal-id.regex = INT-[0-9]{6}\n"
        + "rule.internal-id.keywords = INT-\nbogus = 1\n";
    assertThatThrownBy(() -> Redactor.newBuilder().rules(new StringReader(file), "redact.properties"))
        .isInstanceOf(RedactionConfigException.class)
        .hasMessageStartingWith("redact.properties:6: ")
        .satisfies(e -> assertThat(((RedactionConfigException) e).line()).isEqualTo(6));
    assertThatThrownBy(() -> Redactor.newBuilder().rules(new StringReader("mask = sparkles\n"), "r.properties"))
        .hasMessageStartingWith("r.properties:1: ").hasMessageContaining("typed, fixed:TEXT");
    assertThatThrownBy(() -> Redactor.newBuilder().rules(new StringReader("enable = aws-unique-id\nmask.github-pat-clasic = prefix\n"),
        "r.properties")).hasMessageStartingWith("r.properties:2: Unknown rule 'github-pat-clasic'")
        .hasMessageContaining("did you mean 'github-pat-classic'");
    assertThatThrownBy(() -> Redactor.newBuilder().mask("nope-rule", Mask.typed()).build())
        .isInstanceOf(RedactionConfigException.class).hasMessageContaining("Unknown rule 'nope-rule'");
    Redactor ok = Redactor.newBuilder().knownSecrets(null)
        .rules(new StringReader(file.replace("bogus = 1\n", "") + "mask.internal-id = prefix\n"), "redact.properties")
        .build();
    // The file's own rule takes its own mask: no public prefix to keep, and no fingerprint (the global mask).
    assertThat(ok.redact("ticket INT-123456 closed")).isEqualTo("ticket [REDACTED:internal-id] closed");
  }

  @Test
  void aDirectoryGivenAsRulesFileIsNamedAsSuch(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    assertThatThrownBy(() -> Redactor.newBuilder().rulesFile(dir)).isInstanceOf(RedactionConfigException.class)
        .hasMessageContaining("is a directory, not a rules file");
  }
}
