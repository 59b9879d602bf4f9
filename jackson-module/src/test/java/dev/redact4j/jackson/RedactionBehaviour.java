package dev.redact4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.redact4j.SecretBytes;
import dev.redact4j.SecretString;
import dev.redact4j.jackson.Fixtures.Account;
import dev.redact4j.jackson.Fixtures.Address;
import dev.redact4j.jackson.Fixtures.ApiToken;
import dev.redact4j.jackson.Fixtures.BasicAuth;
import dev.redact4j.jackson.Fixtures.Connection;
import dev.redact4j.jackson.Fixtures.Credentials;
import dev.redact4j.jackson.Fixtures.EnvRow;
import dev.redact4j.jackson.Fixtures.EnvVar;
import dev.redact4j.jackson.Fixtures.Extensible;
import dev.redact4j.jackson.Fixtures.Harmless;
import dev.redact4j.jackson.Fixtures.Iban;
import dev.redact4j.jackson.Fixtures.Keyring;
import dev.redact4j.jackson.Fixtures.Login;
import dev.redact4j.jackson.Fixtures.Metric;
import dev.redact4j.jackson.Fixtures.Patient;
import dev.redact4j.jackson.Fixtures.Page;
import dev.redact4j.jackson.Fixtures.Payout;
import dev.redact4j.jackson.Fixtures.Renamed;
import dev.redact4j.jackson.Fixtures.Sparse;
import dev.redact4j.jackson.Fixtures.Tag;
import dev.redact4j.jackson.Fixtures.TokenPair;
import dev.redact4j.jackson.Fixtures.Vault;
import dev.redact4j.jackson.Fixtures.Wrapped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The behaviour both Jackson lines must show, written once; {@code Jackson2RedactionTest} and
 * {@code Jackson3RedactionTest} bind it to a mapper.
 */
public abstract class RedactionBehaviour {
  protected static final String MASK = SecretString.MASK;

  private final FakeSecrets fakes = new FakeSecrets(20261128L);

  protected RedactionBehaviour() {}

  /** Writes with a mapper that has the default module. */
  protected abstract String write(Object value) throws Exception;

  /** Writes with the same mapper through a revealing writer. */
  protected abstract String writeRevealing(Object value) throws Exception;

  /** Writes with a mapper without the module. */
  protected abstract String writePlain(Object value) throws Exception;

  /** Writes with a module that scans strings. */
  protected abstract String writeScanning(Object value) throws Exception;

  /** Writes with a module that adds "pin" and exempts "nextPageToken". */
  protected abstract String writeCustom(Object value) throws Exception;

  /** Parses {@code json} into a tree and writes the tree with the default module. */
  protected abstract String writeTree(String json, boolean scanning) throws Exception;

  protected abstract <T> T read(String json, Class<T> type) throws Exception;

  /** {@code value} as a {@code JsonNode} made by a mapper without the module ({@code valueToTree}). */
  protected abstract Object plainTree(Object value) throws Exception;

  /** {@code value} as a {@code JsonNode} made by the mapper with the default module ({@code valueToTree}). */
  protected abstract Object maskedTree(Object value) throws Exception;

  @Test
  void typedSecretsAreWrittenAsTheMask() throws Exception {
    String secret = fakes.githubToken();
    byte[] key = fakes.password().getBytes(StandardCharsets.UTF_8);
    String json = write(new Credentials(SecretString.of(secret), SecretBytes.of(key)));
    assertThat(json).isEqualTo(
        "{\"user\":\"svc-build\",\"apiSecret\":\"" + MASK + "\",\"signingKey\":\"" + MASK + "\"}");
    assertThat(write(List.of(SecretString.of(secret)))).isEqualTo("[\"" + MASK + "\"]");
    assertThat(write(new SecretString[] {SecretString.of(secret)})).isEqualTo("[\"" + MASK + "\"]");
  }

  @Test
  void revealIsScopedToTheWriterThatAsksForIt() throws Exception {
    String secret = fakes.githubToken();
    byte[] key = fakes.password().getBytes(StandardCharsets.UTF_8);
    Credentials credentials = new Credentials(SecretString.of(secret), SecretBytes.of(key));
    Login login = new Login(fakes.password(), fakes.awsKeyId(), fakes.password());

    String revealed = writeRevealing(credentials);
    assertThat(revealed).contains("\"apiSecret\":\"" + secret + "\"")
        .contains("\"signingKey\":\"" + Base64.getEncoder().encodeToString(key) + "\"");
    // Revealed output is what plain Jackson writes for the same values.
    assertThat(writeRevealing(login)).isEqualTo(writePlain(login));

    // The same mapper's ordinary writer, used afterwards, still masks.
    assertThat(write(credentials)).doesNotContain(secret);
    assertThat(write(login)).doesNotContain(login.password).doesNotContain(login.api_key);
  }

  @Test
  void redactedMembersOfAnyTypeAreMasked() throws Exception {
    String json = write(new Patient(new Address("Elm St 5", "Shelbyville")));
    assertThat(json).isEqualTo("{\"name\":\"J. Doe\",\"yearOfBirth\":\"" + MASK + "\",\"diagnoses\":\""
        + MASK + "\",\"address\":\"" + MASK + "\"}");

    String iban = "DE" + fakes.awsKeyId();
    String record = write(new Account("bob", iban, Map.of("daily", 500)));
    assertThat(record).isEqualTo(
        "{\"owner\":\"bob\",\"iban\":\"" + MASK + "\",\"limits\":\"" + MASK + "\"}");
  }

  @Test
  void aRedactedJsonValueAccessorIsMasked() throws Exception {
    String iban = "DE" + fakes.awsKeyId();
    Payout payout = new Payout("bob", new Iban(iban));
    assertThat(write(payout)).isEqualTo("{\"owner\":\"bob\",\"iban\":\"" + MASK + "\"}");
    assertThat(write(List.of(new Iban(iban)))).isEqualTo("[\"" + MASK + "\"]");
    assertThat(writeRevealing(payout)).isEqualTo(writePlain(payout)).contains(iban);
    Payout none = new Payout("bob", new Iban(null));
    assertThat(write(none)).isEqualTo(writePlain(none)).isEqualTo("{\"owner\":\"bob\",\"iban\":null}");
  }

  @Test
  void aRedactedJsonValueTypeUsedAsAMapKeyIsWrittenAsTheMask() throws Exception {
    String iban = "DE" + fakes.awsKeyId();
    Map<Iban, Integer> limits = Map.of(new Iban(iban), 500);
    assertThat(write(limits)).isEqualTo("{\"" + MASK + "\":500}");
    assertThat(writeRevealing(limits)).isEqualTo(writePlain(limits)).contains(iban);
  }

  @Test
  void aRedactedJsonKeyAccessorIsWrittenAsTheMaskAndOnlyItDecidesForKeys() throws Exception {
    String number = "DE" + fakes.awsKeyId();
    Map<Fixtures.Card, Integer> limits = Map.of(new Fixtures.Card(number), 500);
    assertThat(write(limits)).isEqualTo("{\"" + MASK + "\":500}");
    assertThat(writeRevealing(limits)).isEqualTo(writePlain(limits)).contains(number);
    // As a value the card is its label, which is not marked.
    assertThat(write(List.of(new Fixtures.Card(number)))).isEqualTo(writePlain(List.of(new Fixtures.Card(number))));

    // A key written through an unmarked @JsonKey is that key, even when the @JsonValue is marked.
    String secret = fakes.password();
    Map<Fixtures.Pass, Fixtures.Pass> passes = Map.of(new Fixtures.Pass(secret), new Fixtures.Pass(secret));
    assertThat(write(passes)).isEqualTo("{\"pass-1\":\"" + MASK + "\"}");
  }

  @Test
  void anObjectIdHeldInAMaskedPropertyIsMaskedInReferencesToo() throws Exception {
    ApiToken token = new ApiToken(fakes.githubToken());
    TokenPair pair = new TokenPair(token, token);
    assertThat(write(pair)).isEqualTo("{\"primary\":{\"token\":\"" + MASK + "\",\"owner\":\"ci\"},\"fallback\":\""
        + MASK + "\"}");
    assertThat(write(List.of(token, token))).doesNotContain(token.token);
    assertThat(writeRevealing(pair)).isEqualTo(writePlain(pair)).contains(token.token);
  }

  @Test
  void sensitiveNamesAreMaskedWhateverTheTypeAndLookAlikesAreNot() throws Exception {
    Login login = new Login(fakes.password(), fakes.awsKeyId(), fakes.password());
    login.refreshToken = Optional.of(fakes.githubToken());
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("user", "x");
    login.credentials = nested;
    String json = write(login);

    assertThat(json)
        .contains("\"password\":\"" + MASK + "\"")
        .contains("\"api_key\":\"" + MASK + "\"")
        .contains("\"client-secret\":\"" + MASK + "\"")
        .contains("\"accessToken\":\"" + MASK + "\"")
        .contains("\"hasPassword\":\"" + MASK + "\"")
        .contains("\"credentials\":\"" + MASK + "\"")
        .contains("\"refreshToken\":\"" + MASK + "\"")
        .contains("\"passwordPolicy\":\"min 12 characters\"")
        .contains("\"tokenCount\":42")
        .contains("\"pin\":4711")
        .doesNotContain(login.password).doesNotContain(login.api_key).doesNotContain(login.clientSecret);
  }

  @Test
  void pluralNamesOfSecretsMaskTheWholeListOrMap() throws Exception {
    Keyring keyring = new Keyring(List.of(fakes.awsKeyId(), fakes.awsKeyId()), Map.of("github", fakes.password()),
        new String[] {fakes.password()}, List.of(fakes.githubToken()), fakes.password(), 1200);
    assertThat(write(keyring)).isEqualTo("{\"apiKeys\":\"" + MASK + "\",\"clientSecrets\":\"" + MASK
        + "\",\"privateKeys\":\"" + MASK + "\",\"accessTokens\":\"" + MASK + "\",\"passcode\":\"" + MASK
        + "\",\"promptTokens\":1200}");
    String key = fakes.awsKeyId();
    assertThat(writeTree("{\"secrets\":[\"" + key + "\"],\"tokens\":3}", false))
        .isEqualTo("{\"secrets\":\"" + MASK + "\",\"tokens\":3}");
  }

  @Test
  void shortFormsOfPasswordAreMaskedAsWordsOfTheirOwn() throws Exception {
    Map<String, Object> env = object("DB_PASS", fakes.password(), "smtpPass", fakes.password(),
        "pw", fakes.password(), "cacheBypass", true, "compass", "north");
    assertThat(write(env)).isEqualTo("{\"DB_PASS\":\"" + MASK + "\",\"smtpPass\":\"" + MASK + "\",\"pw\":\""
        + MASK + "\",\"cacheBypass\":true,\"compass\":\"north\"}");
  }

  @Test
  void aSecretRenamedInJsonIsMaskedByItsJavaNameAndByItsJsonName() throws Exception {
    Renamed renamed = new Renamed(fakes.password(), fakes.password(), fakes.awsKeyId());
    assertThat(write(renamed)).isEqualTo("{\"p\":\"" + MASK + "\",\"password\":\"" + MASK + "\",\"k\":\"" + MASK
        + "\",\"hint\":\"first pet\"}");
    // Exempting the Java name keeps a renamed property in full.
    assertThat(write(new Page())).isEqualTo("{\"cursor\":\"" + MASK + "\"}");
    assertThat(writeCustom(new Page())).isEqualTo("{\"cursor\":\"page-2\"}");
  }

  @Test
  void nullsAndEmptyOptionalsUnderSensitiveNamesStayAsJacksonWritesThem() throws Exception {
    Login login = new Login(null, null, null);
    assertThat(write(login)).isEqualTo(writePlain(login).replace("\"accessToken\":123456789",
        "\"accessToken\":\"" + MASK + "\"").replace("\"hasPassword\":true", "\"hasPassword\":\"" + MASK + "\""));

    // The same holds for map entries, also when the map is a name/value entry naming a secret.
    Map<String, Object> absent = object("token", Optional.empty(), "pin", java.util.OptionalInt.empty(),
        "name", "DB_PASSWORD", "value", Optional.empty());
    assertThat(write(absent)).isEqualTo(writePlain(absent));
    assertThat(write(List.of(absent))).isEqualTo(writePlain(List.of(absent)));
    assertThat(write(object("token", Optional.of("abc")))).isEqualTo("{\"token\":\"" + MASK + "\"}");
  }

  /** Empty values are values: masked like the rest, as docs/jackson.md says, unlike null and empty Optionals. */
  @Test
  void emptyStringsListsAndFalseUnderSensitiveNamesAreWrittenAsTheMask() throws Exception {
    Map<String, Object> empty = object("pageToken", "", "secrets", List.of(), "hasPassword", false);
    assertThat(write(empty)).isEqualTo(
        "{\"pageToken\":\"" + MASK + "\",\"secrets\":\"" + MASK + "\",\"hasPassword\":\"" + MASK + "\"}");
  }

  @Test
  void anEmptyAtomicReferenceUnderASensitiveNameIsWrittenAsJacksonWritesIt() throws Exception {
    Vault empty = new Vault(new AtomicReference<>());
    assertThat(write(empty)).isEqualTo(writePlain(empty)).isEqualTo("{\"secret\":null}");
    Map<String, Object> absent = object("token", new AtomicReference<String>());
    assertThat(write(absent)).isEqualTo(writePlain(absent)).isEqualTo("{\"token\":null}");
    assertThat(write(new Vault(new AtomicReference<>(fakes.password())))).isEqualTo("{\"secret\":\"" + MASK + "\"}");
  }

  @Test
  void inclusionRulesLookAtTheRealValue() throws Exception {
    Sparse sparse = new Sparse();
    assertThat(write(sparse)).isEqualTo("{\"name\":\"x\"}");
    sparse.secret = fakes.password();
    assertThat(write(sparse)).isEqualTo("{\"secret\":\"" + MASK + "\",\"name\":\"x\"}");
  }

  @Test
  void mapsAreMaskedByKeyInEveryCaseAndSeparatorVariant() throws Exception {
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Authorization", "Bearer " + fakes.githubToken());
    headers.put("X-API-KEY", fakes.awsKeyId());
    headers.put("set_cookie", List.of("a=" + fakes.password()));
    headers.put("db.password", 1234);
    headers.put("CLIENT_SECRET", null);
    assertThat(write(headers)).isEqualTo("{\"Content-Type\":\"application/json\",\"Authorization\":\"" + MASK
        + "\",\"X-API-KEY\":\"" + MASK + "\",\"set_cookie\":\"" + MASK + "\",\"db.password\":\"" + MASK
        + "\",\"CLIENT_SECRET\":null}");
    assertThat(headers.get("Authorization")).asString().startsWith("Bearer ghp_");
  }

  @Test
  void mapsWithFixedValueTypesAreMaskedToo() throws Exception {
    Map<String, Integer> pins = new TreeMap<>(Map.of("count", 2, "token", 987654));
    assertThat(write(pins)).isEqualTo("{\"count\":2,\"token\":\"" + MASK + "\"}");
    Map<String, Boolean> flags = new LinkedHashMap<>(Map.of("secret", true));
    assertThat(write(flags)).isEqualTo("{\"secret\":\"" + MASK + "\"}");
  }

  /**
   * A map whose value type is generic and not a supertype of {@code String}: a subclass such as
   * Spring's {@code MultiValueMap} / {@code LinkedMultiValueMap} (a form body), or a property typed
   * {@code Map<String, List<String>>} (request headers). Jackson looks each value's serializer up as
   * a specialization of that type, which a mask cannot be.
   */
  @Test
  void mapsWithAGenericValueTypeAreMaskedToo() throws Exception {
    String password = fakes.password();
    String token = fakes.githubToken();
    FormBody form = new FormBody();
    form.put("username", List.of("bob"));
    form.put("password", List.of(password));
    assertThat(write(form)).isEqualTo("{\"username\":[\"bob\"],\"password\":\"" + MASK + "\"}");

    HeaderedRequest request = new HeaderedRequest();
    request.headers.put("Accept", List.of("application/json"));
    request.headers.put("Authorization", List.of("Bearer " + token));
    assertThat(write(request))
        .isEqualTo("{\"headers\":{\"Accept\":[\"application/json\"],\"Authorization\":\"" + MASK + "\"}}");
    assertThat(writePlain(request)).contains(token); // the fixture does hold the secret
  }

  /** A map type whose value type is resolved to {@code List<String>}, as Spring's form bodies. */
  public static final class FormBody extends LinkedHashMap<String, List<String>> {
    private static final long serialVersionUID = 1L;

    public FormBody() {}
  }

  /** Headers held as a property typed with a generic value type. */
  public static final class HeaderedRequest {
    public Map<String, List<String>> headers = new LinkedHashMap<>();

    public HeaderedRequest() {}
  }

  @Test
  void nestedCollectionsOfMapsAndBeansAreMasked() throws Exception {
    String a = fakes.password();
    String b = fakes.password();
    List<Object> graph = new ArrayList<>();
    graph.add(List.of(Map.of("password", a)));
    graph.add(Map.of("logins", List.of(new Login(b, null, null))));
    graph.add(new Object[] {Map.of("token", Optional.of(a))});
    String json = write(graph);
    assertThat(json).doesNotContain(a).doesNotContain(b).contains("\"password\":\"" + MASK + "\"");
  }

  @Test
  void jsonNodeTreesAreMaskedWithoutChangingTheTree() throws Exception {
    String token = fakes.githubToken();
    String json = "{\"user\":\"x\",\"auth\":{\"apiKey\":\"" + token + "\",\"retries\":3},"
        + "\"list\":[{\"Password\":12345},{\"note\":\"uses " + token + "\"}],\"secret\":null}";
    assertThat(writeTree(json, false)).isEqualTo("{\"user\":\"x\",\"auth\":{\"apiKey\":\"" + MASK
        + "\",\"retries\":3},\"list\":[{\"Password\":\"" + MASK + "\"},{\"note\":\"uses " + token
        + "\"}],\"secret\":null}");
    // Scanning also hides the token inside free text.
    assertThat(writeTree(json, true)).doesNotContain(token).contains("\"note\":\"uses [REDACTED:");
    String clean = "{\"a\":[1,2.5,true,null,{\"b\":\"text\"}],\"tokenCount\":3}";
    assertThat(writeTree(clean, false)).isEqualTo(clean);
  }

  @Test
  void treeFieldsBeforeAndAfterAMaskedOneKeepTheirOrder() throws Exception {
    String json = "{\"a\":1,\"b\":[true],\"c\":{\"d\":\"e\"},\"clientSecret\":\"s3cr3t-value\",\"f\":null}";
    String masked = "{\"a\":1,\"b\":[true],\"c\":{\"d\":\"e\"},\"clientSecret\":\"" + MASK + "\",\"f\":null}";
    for (int i = 0; i < 3; i++) {
      assertThat(writeTree(json, false)).isEqualTo(masked);
    }
  }

  @Test
  void keyDecisionsAreNeverSharedBetweenDifferentlyConfiguredMappers() throws Exception {
    // The same key instances go through both mappers, again and again, so that whatever one of
    // them remembers about a key would show up in the other's output.
    String pin = "cardPin";
    String next = "nextPageToken";
    Map<String, Object> page = new LinkedHashMap<>();
    page.put(pin, 1234);
    page.put(next, "abc");
    for (int i = 0; i < 50; i++) {
      assertThat(write(page)).isEqualTo("{\"cardPin\":1234,\"nextPageToken\":\"" + MASK + "\"}");
      assertThat(writeCustom(page)).isEqualTo("{\"cardPin\":\"" + MASK + "\",\"nextPageToken\":\"abc\"}");
      assertThat(writePlain(page)).isEqualTo("{\"cardPin\":1234,\"nextPageToken\":\"abc\"}");
    }
  }

  @Test
  void manyDistinctKeysAreAllDecidedCorrectly() throws Exception {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < 2_000; i++) {
      map.put("key" + i, i);
      map.put("token" + i + "Password", i);
    }
    String json = write(map);
    for (int i = 0; i < 2_000; i++) {
      assertThat(json).contains("\"key" + i + "\":" + i + ",\"token" + i + "Password\":\"" + MASK + "\"");
    }
    assertThat(write(map)).isEqualTo(json);
  }

  @Test
  void anyGetterEntriesAreMaskedByKey() throws Exception {
    String secret = fakes.password();
    Extensible e = new Extensible().put("region", "eu").put("webhookSecret", secret).put("retries", 3);
    assertThat(write(e)).isEqualTo(
        "{\"kind\":\"webhook\",\"region\":\"eu\",\"webhookSecret\":\"" + MASK + "\",\"retries\":3}");
    assertThat(writeRevealing(e)).isEqualTo(writePlain(e)).contains(secret);
  }

  @Test
  void maskedAnyGetterEntriesKeepNestedMapsAndLists() throws Exception {
    // Found by NoSecretSurvivesTest: nested containers written next to a masked entry.
    Extensible e = new Extensible().put("apiToken", fakes.githubToken())
        .put("nested", new LinkedHashMap<>(Map.of("a", List.of(1, "b"))));
    assertThat(write(e)).isEqualTo(
        "{\"kind\":\"webhook\",\"apiToken\":\"" + MASK + "\",\"nested\":{\"a\":[1,\"b\"]}}");
    assertThat(write(new TreeMap<>(Map.of("counts", new TreeMap<>(Map.of("token", 5, "n", 1))))))
        .isEqualTo("{\"counts\":{\"n\":1,\"token\":\"" + MASK + "\"}}");
  }

  @Test
  void jsonValueAndPolymorphicTypesAreMasked() throws Exception {
    String secret = fakes.githubToken();
    assertThat(write(new Wrapped(SecretString.of(secret)))).isEqualTo("\"" + MASK + "\"");
    String pw = fakes.password();
    assertThat(write(new Connection("https://ci", new BasicAuth("bob", pw)))).isEqualTo("{\"url\":\"https://ci\","
        + "\"auth\":{\"type\":\"basic\",\"username\":\"bob\",\"password\":\"" + MASK + "\"}}");
    assertThat(write(Optional.of(SecretString.of(secret)))).isEqualTo("\"" + MASK + "\"");
  }

  @Test
  void objectsWithoutSecretsAreWrittenExactlyAsPlainJacksonWritesThem() throws Exception {
    Harmless h = new Harmless();
    assertThat(write(h)).isEqualTo(writePlain(h));
    assertThat(writeScanning(h)).isEqualTo(writePlain(h));
    Map<String, Object> map = new LinkedHashMap<>(Map.of("tokens", List.of("a"), "keyId", 7));
    assertThat(write(map)).isEqualTo(writePlain(map));
    assertThat(write(List.of(h, map, "text", 1))).isEqualTo(writePlain(List.of(h, map, "text", 1)));
  }

  @Test
  void scanningHidesSecretsInFreeTextOnlyWhenEnabled() throws Exception {
    String token = fakes.githubToken();
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("message", "deploy with " + token + " failed");
    event.put("tags", List.of("ci", "key " + token));
    assertThat(write(event)).contains(token);
    assertThat(writeScanning(event)).doesNotContain(token)
        .contains("\"message\":\"deploy with [REDACTED:github-pat-classic] failed\"");
    assertThat(writeScanning(new String[] {token})).doesNotContain(token);
  }

  @Test
  void scanningAlsoHidesSecretsInUrisUrlsAndStringBuilders() throws Exception {
    String pw = fakes.password();
    String url = "https://deploy:" + pw + "@repo.example.com/releases";
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("uri", java.net.URI.create(url));
    event.put("url", new java.net.URL(url));
    event.put("text", new StringBuilder("fetching ").append(url));
    assertThat(write(event)).contains(pw);
    assertThat(writeScanning(event)).doesNotContain(pw).contains("repo.example.com/releases");
    assertThat(writeScanning(new java.net.URI[] {java.net.URI.create(url)})).doesNotContain(pw);

    Map<String, Object> clean = new LinkedHashMap<>();
    clean.put("uri", java.net.URI.create("https://repo.example.com/releases?page=2"));
    clean.put("url", new java.net.URL("https://repo.example.com/"));
    clean.put("text", new StringBuilder("fetching"));
    assertThat(writeScanning(clean)).isEqualTo(writePlain(clean));
  }

  @Test
  void customNamesAddToAndExemptFromTheBuiltInOnes() throws Exception {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("cardPin", 1234);
    page.put("nextPageToken", "abc");
    page.put("sessionToken", "def");
    assertThat(writeCustom(page)).isEqualTo("{\"cardPin\":\"" + MASK + "\",\"nextPageToken\":\"abc\","
        + "\"sessionToken\":\"" + MASK + "\"}");
    assertThat(writeCustom(new Login(null, null, null))).contains("\"pin\":\"" + MASK + "\"");
  }

  @Test
  void secretsAreReadFromStringsAndBase64() throws Exception {
    String secret = fakes.githubToken();
    byte[] key = fakes.password().getBytes(StandardCharsets.UTF_8);
    Credentials c = read("{\"user\":\"u\",\"apiSecret\":\"" + secret + "\",\"signingKey\":\""
        + Base64.getEncoder().encodeToString(key) + "\"}", Credentials.class);
    assertThat(c.apiSecret.reveal()).isEqualTo(secret);
    assertThat(c.signingKey.reveal()).isEqualTo(key);
    assertThat(read("{\"apiSecret\":1234}", Credentials.class).apiSecret.reveal()).isEqualTo("1234");
    // A revealing writer and the reader round-trip.
    Credentials back = read(writeRevealing(c), Credentials.class);
    assertThat(back.apiSecret).isEqualTo(c.apiSecret);
    assertThat(back.signingKey).isEqualTo(c.signingKey);
  }

  @Test
  void readErrorsDoNotQuoteTheInput() {
    String bad = "not*base64" + fakes.password();
    assertThatThrownBy(() -> read("{\"signingKey\":\"" + bad + "\"}", Credentials.class))
        .hasMessageContaining("base64").message().doesNotContain(bad).doesNotContain("*");
    assertThatThrownBy(() -> read("{\"apiSecret\":{\"x\":1}}", Credentials.class))
        .hasMessageContaining("SecretString");
  }

  @Test
  void jacksonReadErrorsUnderSensitiveNamesWithholdTheValue() {
    String pw = fakes.password();
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("{\"dbPassword\":\"" + pw + "\"}", "`int` from String");
    inputs.put("{\"apiKey\":\"" + pw + "\"}", "`java.util.UUID` from String");
    inputs.put("{\"authToken\":\"" + pw + "\"}", "from String");
    inputs.put("{\"authToken\":48151623}", "from number");
    inputs.put("{\"passwords\":[1,\"" + pw + "\"]}", "`java.lang.Integer` from String");
    inputs.put("{\"clientCredentials\":{\"" + pw + "\":\"x\"}}", "Map key of type `java.util.UUID`");
    inputs.put("{\"credentials\":{\"port\":\"" + pw + "\"}}", "`java.lang.Integer` from String");
    inputs.put("{\"refreshToken\":\"" + pw + "\"}", "TokenId` from String");
    inputs.put("{\"clientSecret\":\"" + pw + "\"}", "Address` from String");
    inputs.forEach((json, says) -> assertThatThrownBy(() -> read(json, Fixtures.Settings.class))
        .as(json)
        .hasMessageContaining(says).hasMessageContaining("withheld")
        .satisfies(e -> assertThat(messagesOf(e)).doesNotContain(pw).doesNotContain("48151623")));
    // Jackson's own exception types, so callers that tell them apart still can.
    assertThatThrownBy(() -> read("{\"dbPassword\":\"" + pw + "\"}", Fixtures.Settings.class))
        .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("InvalidFormatException"))
        .hasMessageContaining("dbPassword");
    assertThatThrownBy(() -> read("{\"refreshToken\":\"" + pw + "\"}", Fixtures.Settings.class))
        .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("ValueInstantiationException"))
        .hasMessageContaining("IllegalArgumentException");
  }

  @Test
  void aCreatorExceptionWhoseCausesLoopEndsInAWithheldReadError() {
    String pw = fakes.password();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThatThrownBy(() -> read("{\"refreshToken\":\"loop-" + pw + "\"}", Fixtures.Settings.class))
            .hasMessageContaining("withheld")
            .satisfies(e -> assertThat(messagesOf(e)).doesNotContain(pw)));
  }

  @Test
  void aCreatorThatRejectsASensitivePropertyWithholdsItsMessageWhereverTheObjectSits() {
    String secret = fakes.password();
    String client = "{\"clientId\":\"billing\",\"clientSecret\":\"" + secret + "\"}";
    Map<String, Class<?>> inputs = new LinkedHashMap<>();
    inputs.put(client, Fixtures.ApiClient.class);
    inputs.put("{\"name\":\"ledger\",\"client\":" + client + "}", Fixtures.Integration.class);
    inputs.forEach((json, type) -> assertThatThrownBy(() -> read(json, type)).as(json)
        .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("ValueInstantiationException"))
        .hasMessageContaining("ApiClient").hasMessageContaining("IllegalArgumentException")
        .hasMessageContaining("withheld").hasMessageContaining("clientSecret")
        .satisfies(e -> assertThat(messagesOf(e)).doesNotContain(secret)));
    // Absent, the sensitive property cannot be what the creator quotes.
    assertThatThrownBy(() -> read("{\"clientId\":\"billing\"}", Fixtures.ApiClient.class))
        .message().doesNotContain("withheld");
    assertThatThrownBy(() -> read("{\"host\":\"db-7\",\"port\":0}", Fixtures.Endpoint.class))
        .hasMessageContaining("no port 0 on db-7").message().doesNotContain("withheld");
  }

  @Test
  void jacksonReadErrorsUnderOrdinaryNamesAreJacksonsOwn() {
    String value = fakes.password();
    for (String json : List.of("{\"port\":\"" + value + "\"}", "{\"mode\":\"" + value + "\"}",
        "{\"requestId\":\"" + value + "\"}")) {
      assertThatThrownBy(() -> read(json, Fixtures.Settings.class)).as(json)
          .hasMessageContaining("from String \"" + value + "\"").message().doesNotContain("withheld");
    }
  }

  /** The messages of {@code e} and its causes, as a log line with the stack trace would show them. */
  private static String messagesOf(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
      for (Throwable s : t.getSuppressed()) {
        all.append(messagesOf(s));
      }
    }
    return all.toString();
  }

  @Test
  void unwrappedAndArrayShapedBeansAreMasked() throws Exception {
    Login login = new Login(fakes.password(), null, null);
    String flat = write(new Fixtures.Flattened(login));
    assertThat(flat).contains("\"db_password\":\"" + MASK + "\"").contains("\"db_user\":\"alice\"")
        .doesNotContain(login.password);
    String pw = fakes.password();
    assertThat(write(new Fixtures.Row("bob", pw))).isEqualTo("[\"bob\",\"" + MASK + "\"]");
  }

  @Test
  void aJsonUnwrappedValueJacksonCannotUnwrapIsMaskedUnderItsSensitiveName() throws Exception {
    String pw = fakes.password();
    String user = fakes.password();
    String key = fakes.awsKeyId();
    String token = fakes.githubToken();
    Fixtures.NotUnwrappable value =
        new Fixtures.NotUnwrappable(pw, Map.of("user", user), List.of(key), Optional.of(token));
    String json = write(value);
    assertThat(json).startsWith("{\"password\":\"" + MASK + "\",\"credentials\":\"" + MASK
        + "\",\"passwords\":\"" + MASK + "\",\"refreshToken\":\"" + MASK + "\",")
        .doesNotContain(pw).doesNotContain(user).doesNotContain(key).doesNotContain(token);
    // The login is still flattened, as Jackson writes it, with its own sensitive fields masked.
    assertThat(json).doesNotContain("dbCredentials").contains("\"user\":\"alice\"")
        .contains("\"hasPassword\":\"" + MASK + "\"")
        .doesNotContain("homeSecret").contains("\"street\":\"Elm St 5\"").contains("\"city\":\"Shelbyville\"");
    assertThat(write(value)).isEqualTo(json);
    assertThat(writeRevealing(value)).isEqualTo(writePlain(value)).contains(pw).contains(token);
    // Absent values are left out (or written empty) as Jackson does; the login's fields follow.
    Fixtures.NotUnwrappable empty = new Fixtures.NotUnwrappable(null, null, null, Optional.empty());
    String plain = writePlain(empty);
    assertThat(write(empty)).startsWith(plain.substring(0, plain.indexOf("\"accessToken\"")));
  }

  @Test
  void mapsWithEnumKeysAreMaskedByConstantName() throws Exception {
    Map<Kind, String> byKind = new java.util.EnumMap<>(Kind.class);
    byKind.put(Kind.NAME, "n");
    byKind.put(Kind.API_KEY, fakes.awsKeyId());
    assertThat(write(byKind)).isEqualTo("{\"NAME\":\"n\",\"API_KEY\":\"" + MASK + "\"}");
  }

  @Test
  void enumKeysRenamedWithJsonPropertyAreMaskedUnderTheNameWritten() throws Exception {
    String key = fakes.awsKeyId();
    Request request = new Request();
    request.headers.put(Header.CLIENT, key);
    request.headers.put(Header.FORMAT, "application/json");
    assertThat(write(request))
        .isEqualTo("{\"headers\":{\"X-Api-Key\":\"" + MASK + "\",\"Accept\":\"application/json\"}}");
    assertThat(writeRevealing(request)).isEqualTo(writePlain(request)).contains(key);
    request.headers.remove(Header.CLIENT);
    assertThat(write(request)).isEqualTo(writePlain(request));
  }

  @Test
  void enumKeysAreMaskedUnderTheirNameAndUnderTheirToString() throws Exception {
    // Jackson 2 writes an enum key as name(), Jackson 3 as toString(): both are the key's name.
    String apiKey = fakes.awsKeyId();
    String signing = fakes.password();
    Map<Setting, String> settings = new LinkedHashMap<>();
    settings.put(Setting.HOST, "db.example.com");
    settings.put(Setting.API_KEY, apiKey);
    settings.put(Setting.SIGNING, signing);
    assertThat(write(settings)).doesNotContain(apiKey).doesNotContain(signing).contains("\"db.example.com\"");
    assertThat(write(new java.util.EnumMap<>(settings))).doesNotContain(apiKey).doesNotContain(signing);
    assertThat(write(Map.of(Setting.HOST, "db.example.com"))).isEqualTo(writePlain(Map.of(Setting.HOST, "db.example.com")));
  }

  @Test
  void mapEntriesWrittenAsObjectsAreMaskedByKey() throws Exception {
    String pw = fakes.password();
    String bearer = "Bearer " + fakes.githubToken();
    List<Map.Entry<String, String>> headers = List.of(Map.entry("Authorization", bearer), Map.entry("Accept", "json"));
    assertThat(write(headers)).isEqualTo("[{\"Authorization\":\"" + MASK + "\"},{\"Accept\":\"json\"}]");
    assertThat(write(Map.entry("password", pw))).isEqualTo("{\"password\":\"" + MASK + "\"}");
    assertThat(write(new LinkedHashMap<>(Map.of("pin", 4711, "secret", 42)).entrySet()))
        .isEqualTo(writePlain(new LinkedHashMap<>(Map.of("pin", 4711, "secret", MASK)).entrySet()));
    assertThat(write(Map.entry(Kind.API_KEY, fakes.awsKeyId()))).isEqualTo("{\"API_KEY\":\"" + MASK + "\"}");
    assertThat(writeRevealing(Map.entry("password", pw))).isEqualTo(writePlain(Map.entry("password", pw)));
    assertThat(write(Map.entry("count", 2))).isEqualTo(writePlain(Map.entry("count", 2)));
  }

  @Test
  void nameValueEntriesInMapsAreMaskedAsIfUnderTheirName() throws Exception {
    String pw = fakes.password();
    String bearer = "Bearer " + fakes.githubToken();
    Map<String, Object> pod = object("env", List.of(
        object("name", "DB_PASSWORD", "value", pw), object("name", "LOG_LEVEL", "value", "debug")));
    assertThat(write(pod)).isEqualTo("{\"env\":[{\"name\":\"DB_PASSWORD\",\"value\":\"" + MASK + "\"},"
        + "{\"name\":\"LOG_LEVEL\",\"value\":\"debug\"}]}");
    assertThat(writeScanning(pod)).isEqualTo(write(pod));
    assertThat(writeRevealing(pod)).isEqualTo(writePlain(pod)).contains(pw);

    // Value first, key instead of name, any ASCII case.
    assertThat(write(object("Value", pw, "Key", "api_key")))
        .isEqualTo("{\"Value\":\"" + MASK + "\",\"Key\":\"api_key\"}");
    assertThat(write(object("key", "password", "value", pw)))
        .isEqualTo("{\"key\":\"password\",\"value\":\"" + MASK + "\"}");
    assertThat(write(object("NAME", "X-Api-Key", "VALUE", pw)))
        .isEqualTo("{\"NAME\":\"X-Api-Key\",\"VALUE\":\"" + MASK + "\"}");
    // A HAR header list.
    Map<String, Object> request = object("headers", List.of(
        object("name", "Accept", "value", "*/*"), object("name", "Authorization", "value", bearer)));
    assertThat(write(request)).isEqualTo("{\"headers\":[{\"name\":\"Accept\",\"value\":\"*/*\"},"
        + "{\"name\":\"Authorization\",\"value\":\"" + MASK + "\"}]}");

    // Any value is masked whole, like any value under a sensitive name; null stays null.
    assertThat(write(object("name", "client_secret", "value", object("a", 1, "b", List.of(pw)), "type", "Opaque")))
        .isEqualTo("{\"name\":\"client_secret\",\"value\":\"" + MASK + "\",\"type\":\"Opaque\"}");
    assertThat(write(object("name", "password", "value", null))).isEqualTo("{\"name\":\"password\",\"value\":null}");
    // A map with a fixed String value serializer, and an any-getter.
    Map<String, String> tag = new TreeMap<>(Map.of("Key", "db.password", "Value", pw));
    assertThat(write(tag)).isEqualTo("{\"Key\":\"db.password\",\"Value\":\"" + MASK + "\"}");
    assertThat(write(new Extensible().put("name", "DB_PASSWORD").put("value", pw)))
        .isEqualTo("{\"kind\":\"webhook\",\"name\":\"DB_PASSWORD\",\"value\":\"" + MASK + "\"}");
  }

  @Test
  void nameValueEntryBeansAndRecordsAreMaskedAsIfUnderTheirName() throws Exception {
    String pw = fakes.password();
    assertThat(write(List.of(new EnvVar("DB_PASSWORD", pw), new EnvVar("LOG_LEVEL", "debug"))))
        .isEqualTo("[{\"name\":\"DB_PASSWORD\",\"value\":\"" + MASK + "\"},"
            + "{\"name\":\"LOG_LEVEL\",\"value\":\"debug\"}]");
    assertThat(write(new Tag("api_key", pw))).isEqualTo("{\"Value\":\"" + MASK + "\",\"Key\":\"api_key\"}");
    assertThat(write(new Tag("github_token", List.of(pw, 1))))
        .isEqualTo("{\"Value\":\"" + MASK + "\",\"Key\":\"github_token\"}");
    assertThat(write(new Metric("apiToken", 7))).isEqualTo("{\"name\":\"apiToken\",\"value\":\"" + MASK + "\"}");
    assertThat(write(new EnvRow("DB_PASSWORD", pw))).isEqualTo("[\"DB_PASSWORD\",\"" + MASK + "\"]");
    assertThat(write(new EnvVar("DB_PASSWORD", null))).isEqualTo(writePlain(new EnvVar("DB_PASSWORD", null)));
    assertThat(writeScanning(new EnvVar("DB_PASSWORD", pw))).doesNotContain(pw);
    assertThat(writeRevealing(new EnvVar("DB_PASSWORD", pw))).isEqualTo(writePlain(new EnvVar("DB_PASSWORD", pw)));
  }

  @Test
  void nameValueEntriesInTreesAreMaskedAsIfUnderTheirName() throws Exception {
    String pw = fakes.password();
    String bearer = "Bearer " + fakes.githubToken();
    String har = "{\"log\":{\"entries\":[{\"request\":{\"headers\":[{\"name\":\"Accept\",\"value\":\"*/*\"},"
        + "{\"value\":\"" + bearer + "\",\"name\":\"Authorization\"}]}}]}}";
    assertThat(writeTree(har, false)).isEqualTo(har.replace(bearer, MASK));
    String tags = "{\"Tags\":[{\"Key\":\"env\",\"Value\":\"prod\"},{\"Key\":\"API_KEY\",\"Value\":{\"v\":[1,\""
        + pw + "\"]},\"Note\":\"x\"},{\"KEY\":\"Password\",\"VALUE\":null}]}";
    assertThat(writeTree(tags, false)).isEqualTo("{\"Tags\":[{\"Key\":\"env\",\"Value\":\"prod\"},"
        + "{\"Key\":\"API_KEY\",\"Value\":\"" + MASK + "\",\"Note\":\"x\"},{\"KEY\":\"Password\",\"VALUE\":null}]}");
    assertThat(writeTree(tags, true)).doesNotContain(pw);

    String masked = "{\"env\":[{\"name\":\"DB_PASSWORD\",\"value\":\"" + MASK + "\"}]}";
    Map<String, Object> pod = object("env", List.of(new EnvVar("DB_PASSWORD", pw)));
    assertThat(write(plainTree(pod))).isEqualTo(masked);
    assertThat(writeRevealing(plainTree(pod))).isEqualTo(writePlain(pod)).contains(pw);
    // valueToTree runs the module's serializers, so the tree itself holds the mask.
    assertThat(writePlain(maskedTree(pod))).isEqualTo(masked);
  }

  @Test
  void aBeanPropertyAndItsAnyGetterEntryFormOneNameValueEntry() throws Exception {
    String bearer = "Bearer " + fakes.githubToken();
    String key = fakes.awsKeyId();
    assertThat(write(new Fixtures.NamedExtras("Authorization", bearer)))
        .isEqualTo("{\"name\":\"Authorization\",\"value\":\"" + MASK + "\",\"comment\":\"from HAR\"}");
    assertThat(write(new Fixtures.ValuedExtras("api_key", key)))
        .isEqualTo("{\"value\":\"" + MASK + "\",\"Key\":\"api_key\"}");
    assertThat(writeRevealing(new Fixtures.NamedExtras("Authorization", bearer))).contains(bearer);

    List<Object> lookAlikes = List.of(new Fixtures.NamedExtras("Accept", "text/html"),
        new Fixtures.NamedExtras("Authorization", null), new Fixtures.ValuedExtras("region", "eu"));
    assertThat(write(lookAlikes)).isEqualTo(writePlain(lookAlikes));
  }

  @Test
  void nameValueLookAlikesAreWrittenExactlyAsPlainJacksonWritesThem() throws Exception {
    List<Object> lookAlikes = List.of(
        object("name", "timeout", "value", "30"),
        object("name", "DB_PASSWORD_FILE", "value", "/run/secrets/db"),
        object("Key", "passwordPolicy", "Value", "min 12"),
        object("key", "tokenCount", "value", 3),
        object("name", "password"),
        object("label", "password", "value", "x"),
        object("key", "password", "data", "x"),
        object("name", "password", "values", "x"),
        object("names", "password", "value", "x"),
        object("name", 42, "value", "x"),
        object("name", List.of("password"), "value", "x"),
        new EnvVar("LOG_LEVEL", "debug"), new EnvVar("DB_PASSWORD_FILE", "/run/secrets/db"),
        new Metric(42, "x"), new Tag("region", "eu"), new EnvRow("timeout", "30"));
    String plain = writePlain(lookAlikes);
    assertThat(write(lookAlikes)).isEqualTo(plain);
    assertThat(writeScanning(lookAlikes)).isEqualTo(plain);
    assertThat(writeTree(plain, false)).isEqualTo(plain);
    assertThat(write(plainTree(lookAlikes))).isEqualTo(plain);
  }

  @Test
  void nameValueEntriesFollowAddedAndExemptNames() throws Exception {
    Map<String, Object> next = object("name", "nextPageToken", "value", "abc");
    Map<String, Object> pin = object("Key", "cardPin", "Value", 1234);
    assertThat(write(next)).isEqualTo("{\"name\":\"nextPageToken\",\"value\":\"" + MASK + "\"}");
    assertThat(writeCustom(next)).isEqualTo(writePlain(next));
    assertThat(write(pin)).isEqualTo(writePlain(pin));
    assertThat(writeCustom(pin)).isEqualTo("{\"Key\":\"cardPin\",\"Value\":\"" + MASK + "\"}");

    EnvVar nextVar = new EnvVar("NEXT_PAGE_TOKEN", "abc");
    assertThat(writeCustom(nextVar)).isEqualTo(writePlain(nextVar));
    assertThat(writeCustom(new EnvVar("CARD_PIN", "1234"))).isEqualTo("{\"name\":\"CARD_PIN\",\"value\":\"" + MASK + "\"}");
    assertThat(writeCustom(plainTree(List.of(next, pin))))
        .isEqualTo("[" + writePlain(next) + ",{\"Key\":\"cardPin\",\"Value\":\"" + MASK + "\"}]");
  }

  /** An insertion-ordered map of the given keys and values, which may be null. */
  private static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void aDestroyedSecretStillWritesTheMask() throws Exception {
    SecretString s = SecretString.of(fakes.password());
    s.destroy();
    assertThat(write(List.of(s))).isEqualTo("[\"" + MASK + "\"]");
  }

  /**
   * Constants whose {@code toString()} differs from {@code name()}: one sensitive only by name, one
   * only by its text.
   */
  public enum Setting {
    HOST,
    API_KEY {
      @Override
      public String toString() {
        return "api";
      }
    },
    SIGNING {
      @Override
      public String toString() {
        return "signing-secret";
      }
    }
  }

  /** Constants written under the wire names {@code @JsonProperty} gives them, one of them sensitive. */
  public enum Header {
    @JsonProperty("X-Api-Key")
    CLIENT,
    @JsonProperty("Accept")
    FORMAT
  }

  /** A map property whose declared key type is an enum with renamed constants. */
  public static final class Request {
    public final Map<Header, String> headers = new java.util.EnumMap<>(Header.class);

    public Request() {}
  }

  /** Enum constants are names too. */
  public enum Kind {
    NAME,
    API_KEY
  }
}
