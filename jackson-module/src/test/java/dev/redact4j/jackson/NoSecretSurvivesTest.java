package dev.redact4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.redact4j.SecretString;
import dev.redact4j.jackson.Fixtures.Account;
import dev.redact4j.jackson.Fixtures.BasicAuth;
import dev.redact4j.jackson.Fixtures.Connection;
import dev.redact4j.jackson.Fixtures.EnvVar;
import dev.redact4j.jackson.Fixtures.Extensible;
import dev.redact4j.jackson.Fixtures.Login;
import dev.redact4j.jackson.Fixtures.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random object graphs with fake secrets planted where the module promises to hide them; neither
 * Jackson line may write any of them.
 */
class NoSecretSurvivesTest {
  private static final ObjectMapper JACKSON2 =
      new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new RedactionModule());
  private static final ObjectMapper JACKSON2_SCANNING = new ObjectMapper().registerModule(new Jdk8Module())
      .registerModule(RedactionModule.builder().enable(RedactionFeature.SCAN_STRING_VALUES).build());
  private static final JsonMapper JACKSON3 =
      JsonMapper.builder().addModule(new dev.redact4j.jackson3.RedactionModule()).build();
  private static final JsonMapper JACKSON3_SCANNING = JsonMapper.builder().addModule(
      dev.redact4j.jackson3.RedactionModule.builder().enable(RedactionFeature.SCAN_STRING_VALUES).build()).build();

  private static final String[] SENSITIVE_KEYS = {"password", "Api-Key", "CLIENT_SECRET", "x.auth.token",
      "privateKey", "Authorization", "set-cookie", "db_passwd", "refresh_token", "Credentials"};
  private static final String[] ENTRY_NAME_FIELDS = {"name", "key", "Name", "Key", "NAME", "KEY"};
  private static final String[] ENTRY_VALUE_FIELDS = {"value", "Value", "VALUE"};
  private static final String[] HARMLESS_KEYS = {"id", "name", "tokenCount", "passwordPolicy", "tokens", "note"};

  @Property(tries = 150)
  void plantedSecretsNeverAppear(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int depth) throws Exception {
    Graph g = new Graph(seed, false);
    Object root = g.node(depth);
    assertNoneIn(JACKSON2.writeValueAsString(root), g.planted);
    assertNoneIn(JACKSON3.writeValueAsString(root), g.planted);
  }

  @Property(tries = 150)
  void withScanningSecretsInFreeTextNeverAppearEither(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int depth) throws Exception {
    Graph g = new Graph(seed, true);
    Object root = g.node(depth);
    assertNoneIn(JACKSON2_SCANNING.writeValueAsString(root), g.planted);
    assertNoneIn(JACKSON3_SCANNING.writeValueAsString(root), g.planted);
  }

  private static void assertNoneIn(String json, List<String> planted) {
    for (String secret : planted) {
      assertThat(json).doesNotContain(secret);
    }
  }

  /** Builds one random graph and remembers every secret it plants. */
  private static final class Graph {
    final List<String> planted = new ArrayList<>();
    private final Random random;
    private final FakeSecrets fakes;
    private final boolean freeText;

    Graph(long seed, boolean freeText) {
      this.random = new Random(seed);
      this.fakes = new FakeSecrets(seed);
      this.freeText = freeText;
    }

    private String plant(String secret) {
      planted.add(secret);
      return secret;
    }

    /** A secret no rule knows unless scanning is on and it has a known format. */
    private String anySecret() {
      switch (random.nextInt(3)) {
        case 0:
          return plant(fakes.githubToken());
        case 1:
          return plant(fakes.awsKeyId());
        default:
          return plant(fakes.password());
      }
    }

    Object node(int depth) {
      int kind = random.nextInt(depth == 0 ? 4 : 12);
      switch (kind) {
        case 0:
          return HARMLESS_KEYS[random.nextInt(HARMLESS_KEYS.length)] + " value";
        case 1:
          return random.nextInt(1000);
        case 2:
          return SecretString.of(anySecret());
        case 3:
          // Free text holds only formats the core catalog is sure to know.
          if (!freeText) {
            return null;
          }
          return random.nextBoolean() ? "see " + plant(fakes.githubToken()) + " here"
              : "retry with password=" + plant(fakes.password()) + " later";
        case 4:
          return map(depth);
        case 5: {
          List<Object> list = new ArrayList<>();
          for (int i = random.nextInt(4); i > 0; i--) {
            list.add(node(depth - 1));
          }
          return list;
        }
        case 6:
          return new Object[] {node(depth - 1), node(depth - 1)};
        case 7: {
          Login login = new Login(anySecret(), anySecret(), anySecret());
          login.refreshToken = Optional.of(anySecret());
          login.credentials = map(depth - 1);
          return login;
        }
        case 8:
          return new Account("owner", anySecret(), Map.of("limit", random.nextInt(100)));
        case 9: {
          Extensible e = new Extensible().put("region", "eu");
          e.put(SENSITIVE_KEYS[random.nextInt(SENSITIVE_KEYS.length)], anySecret());
          e.put("nested", node(depth - 1));
          return e;
        }
        case 10:
          return entry(depth);
        default:
          return random.nextBoolean() ? Optional.ofNullable(node(depth - 1))
              : new Connection("https://ci", new BasicAuth("bob", anySecret()));
      }
    }

    /** A name/value entry under a sensitive name: a map in either field order, or a record. */
    private Object entry(int depth) {
      String name = SENSITIVE_KEYS[random.nextInt(SENSITIVE_KEYS.length)];
      Object value = random.nextBoolean() ? anySecret() : Arrays.asList(anySecret(), node(Math.max(0, depth - 1)));
      switch (random.nextInt(4)) {
        case 0:
          return new EnvVar(name, anySecret());
        case 1:
          return new Tag(name, value);
        default: {
          String nameField = ENTRY_NAME_FIELDS[random.nextInt(ENTRY_NAME_FIELDS.length)];
          String valueField = ENTRY_VALUE_FIELDS[random.nextInt(ENTRY_VALUE_FIELDS.length)];
          Map<String, Object> map = new LinkedHashMap<>();
          if (random.nextBoolean()) {
            map.put(nameField, name);
            map.put(valueField, value);
          } else {
            map.put(valueField, value);
            map.put(nameField, name);
          }
          return map;
        }
      }
    }

    private Map<String, Object> map(int depth) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = random.nextInt(4); i >= 0; i--) {
        if (random.nextBoolean()) {
          String key = SENSITIVE_KEYS[random.nextInt(SENSITIVE_KEYS.length)];
          // Any value under a sensitive key is hidden, also a whole subtree.
          map.put(key, random.nextBoolean() ? anySecret() : Arrays.asList(anySecret(), node(Math.max(0, depth - 1))));
        } else {
          map.put(HARMLESS_KEYS[random.nextInt(HARMLESS_KEYS.length)] + i, node(Math.max(0, depth - 1)));
        }
      }
      return map;
    }
  }
}
