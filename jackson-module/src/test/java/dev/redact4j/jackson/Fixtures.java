package dev.redact4j.jackson;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonKey;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import dev.redact4j.Redacted;
import dev.redact4j.SecretBytes;
import dev.redact4j.SecretString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Domain classes used by the tests of both Jackson lines: Jackson 3 reads the same 2.x annotations,
 * and {@code @Redacted} needs no Jackson at all. Property orders are explicit because Jackson 3 sorts
 * properties alphabetically by default and Jackson 2 does not.
 */
public final class Fixtures {
  private Fixtures() {}

  /** A configuration object holding typed secrets. */
  @JsonPropertyOrder({"user", "apiSecret", "signingKey"})
  public static final class Credentials {
    public String user = "svc-build";
    public SecretString apiSecret;
    public SecretBytes signingKey;

    public Credentials() {}

    public Credentials(SecretString apiSecret, SecretBytes signingKey) {
      this.apiSecret = apiSecret;
      this.signingKey = signingKey;
    }
  }

  /** Values whose names announce secrets, of several types, next to harmless look-alikes. */
  @JsonPropertyOrder(alphabetic = true)
  public static final class Login {
    public String user = "alice";
    public String password;
    public String api_key;
    @JsonProperty("client-secret")
    public String clientSecret;
    public int pin = 4711;
    public long accessToken = 123456789L;
    public boolean hasPassword = true;
    public String passwordPolicy = "min 12 characters";
    public int tokenCount = 42;
    public Map<String, Object> credentials;
    public Optional<String> refreshToken = Optional.empty();

    public Login() {}

    public Login(String password, String apiKey, String clientSecret) {
      this.password = password;
      this.api_key = apiKey;
      this.clientSecret = clientSecret;
    }
  }

  /** {@code @Redacted} on a field, on a getter and on values that are not strings. */
  @JsonPropertyOrder({"name", "yearOfBirth", "diagnoses", "address"})
  public static final class Patient {
    public String name = "J. Doe";
    @Redacted
    public int yearOfBirth = 1970;
    @Redacted
    public List<String> diagnoses = List.of("flu");
    private final Address address;

    public Patient(Address address) {
      this.address = address;
    }

    @Redacted
    public Address getAddress() {
      return address;
    }
  }

  public record Address(String street, String city) {}

  /** {@code @Redacted} on a record component. */
  public record Account(String owner, @Redacted String iban, @Redacted Map<String, Integer> limits) {}

  /** A wrapper written as its single value. */
  public static final class Wrapped {
    private final SecretString value;

    public Wrapped(SecretString value) {
      this.value = value;
    }

    @JsonValue
    public SecretString value() {
      return value;
    }
  }

  /** A value type written as its single value, through an accessor marked {@code @Redacted}. */
  public static final class Iban {
    private final String value;

    public Iban(String value) {
      this.value = value;
    }

    @JsonValue
    @Redacted
    public String value() {
      return value;
    }
  }

  /**
   * A card written as its public label, but as a map key through its number: Jackson writes keys
   * through {@code @JsonKey} when there is one.
   */
  public static final class Card {
    private final String number;

    public Card(String number) {
      this.number = number;
    }

    @JsonKey
    @Redacted
    public String number() {
      return number;
    }

    @JsonValue
    public String label() {
      return "card ending " + number.substring(number.length() - 2);
    }
  }

  /** The reverse of {@link Card}: the key is a public id, the value, marked {@code @Redacted}, is not. */
  public static final class Pass {
    private final String secret;

    public Pass(String secret) {
      this.secret = secret;
    }

    @JsonKey
    public String id() {
      return "pass-1";
    }

    @JsonValue
    @Redacted
    public String secret() {
      return secret;
    }
  }

  @JsonPropertyOrder({"owner", "iban"})
  public record Payout(String owner, Iban iban) {}

  /** An API token whose token is also its object identity, so references to it write the token. */
  @JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = "token")
  @JsonPropertyOrder({"token", "owner"})
  public static final class ApiToken {
    public String token;
    public String owner = "ci";

    public ApiToken(String token) {
      this.token = token;
    }
  }

  @JsonPropertyOrder({"primary", "fallback"})
  public record TokenPair(ApiToken primary, ApiToken fallback) {}

  /** Settings as an application binds them: a plain bean with a setter for every property. */
  @JsonPropertyOrder({"dbUser", "dbPassword"})
  public static final class DbSettings {
    public String dbUser = "app";
    public String dbPassword;

    public DbSettings() {}

    public DbSettings(String dbPassword) {
      this.dbPassword = dbPassword;
    }
  }

  /** A secret that may not be there yet. */
  public record Vault(AtomicReference<String> secret) {}

  /** A header whose name is a property and whose value comes from its {@code @JsonAnyGetter}. */
  @JsonPropertyOrder({"name"})
  public static final class NamedExtras {
    public String name;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public NamedExtras(String name, Object value) {
      this.name = name;
      extra.put("value", value);
      extra.put("comment", "from HAR");
    }

    @JsonAnyGetter
    public Map<String, Object> extra() {
      return extra;
    }
  }

  /** An entry whose value is a property and whose name comes from its {@code @JsonAnyGetter}. */
  @JsonPropertyOrder({"value"})
  public static final class ValuedExtras {
    public Object value;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public ValuedExtras(String key, Object value) {
      this.value = value;
      extra.put("Key", key);
    }

    @JsonAnyGetter
    public Map<String, Object> extra() {
      return extra;
    }
  }

  /** Extra properties written through {@code @JsonAnyGetter}. */
  public static final class Extensible {
    public String kind = "webhook";
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public Extensible() {}

    public Extensible put(String key, Object value) {
      extra.put(key, value);
      return this;
    }

    @JsonAnyGetter
    public Map<String, Object> extra() {
      return extra;
    }
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(value = BasicAuth.class, name = "basic"),
      @JsonSubTypes.Type(value = NoAuth.class, name = "none")})
  public interface Auth {}

  public record BasicAuth(String username, String password) implements Auth {}

  public record NoAuth(String reason) implements Auth {}

  /** Declares the polymorphic base type, so the type id is written. */
  public record Connection(String url, Auth auth) {}

  /** Inclusion rules must apply to the real value, not to the mask. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"token", "secret", "name"})
  public static final class Sparse {
    public String token = "";
    public String secret;
    public String name = "x";

    public Sparse() {}
  }

  /** A login flattened into its parent, and a row written as a JSON array. */
  @JsonPropertyOrder({"id", "login"})
  public static final class Flattened {
    public int id = 7;
    @JsonUnwrapped(prefix = "db_")
    public Login login;

    public Flattened(Login login) {
      this.login = login;
    }
  }

  /**
   * {@code @JsonUnwrapped} on values Jackson cannot unwrap: it writes them as ordinary fields
   * under their own names. The login and the address under sensitive names are beans, which
   * Jackson does unwrap (the address through a serializer it finds only while writing).
   */
  @JsonPropertyOrder({"password", "credentials", "passwords", "refreshToken", "dbCredentials", "homeSecret"})
  public static final class NotUnwrappable {
    @JsonUnwrapped
    public String password;
    @JsonUnwrapped
    public Map<String, String> credentials;
    @JsonUnwrapped
    public List<String> passwords;
    @JsonUnwrapped
    public Optional<String> refreshToken;
    @JsonUnwrapped
    public Login dbCredentials = new Login(null, null, null);
    @JsonUnwrapped
    public Object homeSecret = new Address("Elm St 5", "Shelbyville");

    public NotUnwrappable(String password, Map<String, String> credentials, List<String> passwords,
        Optional<String> refreshToken) {
      this.password = password;
      this.credentials = credentials;
      this.passwords = passwords;
      this.refreshToken = refreshToken;
    }
  }

  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"user", "password"})
  public record Row(String user, String password) {}

  /** Secrets renamed in JSON, one way and the other, and a harmless rename. */
  @JsonPropertyOrder({"p", "password", "k", "hint"})
  public static final class Renamed {
    @JsonProperty("p")
    public final String password;
    @JsonProperty("password")
    public final String pw;
    private final String apiKey;

    public Renamed(String password, String pw, String apiKey) {
      this.password = password;
      this.pw = pw;
      this.apiKey = apiKey;
    }

    @JsonProperty("k")
    public String getApiKey() {
      return apiKey;
    }

    @JsonProperty("hint")
    public String getPasswordHint() {
      return "first pet";
    }
  }

  /** A harmless token renamed in JSON: kept where its Java name is exempt. */
  public static final class Page {
    @JsonProperty("cursor")
    public String nextPageToken = "page-2";

    public Page() {}
  }

  /** Several secrets kept together, named in the plural; and a count that must stay. */
  @JsonPropertyOrder({"apiKeys", "clientSecrets", "privateKeys", "accessTokens", "passcode", "promptTokens"})
  public record Keyring(List<String> apiKeys, Map<String, String> clientSecrets, String[] privateKeys,
      List<String> accessTokens, String passcode, int promptTokens) {}

  /** A name/value entry, as in a Kubernetes env list or a HAR header list. */
  @JsonPropertyOrder({"name", "value"})
  public record EnvVar(String name, String value) {}

  /** An AWS tag: capitalized names, value first, a value of any type. */
  @JsonPropertyOrder({"Value", "Key"})
  public record Tag(@JsonProperty("Key") String key, @JsonProperty("Value") Object value) {}

  /** A name that need not be a string. */
  @JsonPropertyOrder({"name", "value"})
  public record Metric(Object name, Object value) {}

  /** A name/value entry written as a JSON array. */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"name", "value"})
  public record EnvRow(String name, String value) {}

  /**
   * Lists under a sensitive name and under {@code @Redacted}: XML writes them inside a wrapper
   * element, through its own property writer.
   */
  @JsonPropertyOrder({"user", "passwords", "recoveryCodes"})
  public static final class PasswordHistory {
    public String user = "alice";
    public List<String> passwords;
    @Redacted
    public List<String> recoveryCodes;

    public PasswordHistory(List<String> passwords, List<String> recoveryCodes) {
      this.passwords = passwords;
      this.recoveryCodes = recoveryCodes;
    }
  }

  /**
   * Read by the read-error tests: values Jackson converts from text, under sensitive names and
   * under ordinary ones ({@code port}, {@code mode}, {@code requestId}).
   */
  public record Settings(int port, Mode mode, UUID requestId, int dbPassword, UUID apiKey, Mode authToken,
      List<Integer> passwords, Map<UUID, String> clientCredentials, Map<String, Integer> credentials,
      TokenId refreshToken, Address clientSecret) {}

  public enum Mode { ON, OFF }

  /** A value type built from a string by a creator that rejects bad input, quoting it as validators do. */
  public static final class TokenId {
    private final String id;

    @JsonCreator
    public TokenId(String id) {
      if (id.startsWith("loop-")) { // a cause chain that loops back: a -> b -> a
        IllegalArgumentException a = new IllegalArgumentException("not a token id: " + id);
        IllegalStateException b = new IllegalStateException("while parsing " + id);
        a.initCause(b);
        b.initCause(a);
        throw a;
      }
      if (!id.startsWith("tid-")) {
        throw new IllegalArgumentException("not a token id: " + id);
      }
      this.id = id;
    }

    @JsonValue
    public String id() {
      return id;
    }
  }

  /**
   * A record that checks its secret in the compact constructor and quotes it in the exception, as
   * validators do; Jackson calls it once all properties are read, where no sensitive name is on the path.
   */
  public record ApiClient(String clientId, String clientSecret) {
    public ApiClient {
      if (!clientSecret.startsWith("cs-")) {
        throw new IllegalArgumentException("not a client secret for " + clientId + ": " + clientSecret);
      }
    }
  }

  /** An {@link ApiClient} under an ordinary name. */
  public record Integration(String name, ApiClient client) {}

  /** The same check on a record with nothing sensitive: Jackson's message stays as it is. */
  public record Endpoint(String host, int port) {
    public Endpoint {
      if (port < 1) {
        throw new IllegalArgumentException("no port " + port + " on " + host);
      }
    }
  }

  /** Holds nothing secret: output must match plain Jackson byte for byte. */
  @JsonPropertyOrder(alphabetic = true)
  public static final class Harmless {
    public String title = "Quarterly report \u2013 \"draft\"";
    public int tokenCount = 7;
    public String passwordPolicy = "long";
    public double ratio = 0.25;
    public List<Object> items = List.of(1, "two", List.of(3.0, false), Map.of("k", "v"));
    public Map<String, Integer> counts = new LinkedHashMap<>(Map.of("a", 1));
    public int[] numbers = {1, 2, 3};
    public Address address = new Address("Main St 1", "Springfield");
    public Auth auth = new NoAuth("public endpoint");
    public Optional<String> nickname = Optional.of("bob");
    public Extensible extensible = new Extensible().put("region", "eu").put("retries", 3);
    /** Name/value entries whose names are not sensitive (a _FILE variable holds a path). */
    public List<Object> env = List.of(new EnvVar("DB_PASSWORD_FILE", "/run/secrets/db"),
        new Tag("passwordPolicy", "long"), new Metric(42, "x"), new EnvRow("timeout", "30"));

    public Harmless() {}
  }
}
