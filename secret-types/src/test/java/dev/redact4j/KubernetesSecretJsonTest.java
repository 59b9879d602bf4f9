package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A Kubernetes Secret's data values in JSON on one line, or escaped inside a JSON string: every value is
 * hidden whatever its key is called, its key stays; a ConfigMap's data stays as it is. Values are
 * generated: base64 of obviously fake text.
 */
class KubernetesSecretJsonTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String MASK = "[REDACTED:kubernetes-secret-data]";
  /**
   * Keys no other rule reads as secret, so that a ConfigMap comes out unchanged; random letters would
   * spell {@code pw} or {@code pat} now and then.
   */
  private static final List<String> NEUTRAL_KEYS = List.of("extra", "blob", "item", "entry", "field", "conf",
      "settings", "app.properties", "ca.crt", "EXTRA_VALUE");

  /** Base64 of a fake value, as a Secret's data holds it. */
  private static String fakeBase64(Random r) {
    String plain = "fake-" + FakeSecrets.chars(r, FakeSecrets.ALNUM, 12 + r.nextInt(20));
    return Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anAuditLogLineHidesTheRequestObjectsValues() {
    Random r = new Random(1);
    String extra = fakeBase64(r);
    String other = fakeBase64(r);
    String line = "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"RequestResponse\","
        + "\"verb\":\"create\",\"objectRef\":{\"resource\":\"secrets\",\"namespace\":\"shop\",\"name\":\"app\"},"
        + "\"requestObject\":{\"kind\":\"Secret\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"app\","
        + "\"namespace\":\"shop\"},\"data\":{\"extra\":\"" + extra + "\",\"other\":\"" + other + "\"},"
        + "\"type\":\"Opaque\"},\"stage\":\"ResponseComplete\"}";
    assertThat(REDACTOR.redact(line)).isEqualTo(line.replace(extra, MASK).replace(other, MASK))
        .contains("\"extra\":\"" + MASK + "\"", "\"other\":\"" + MASK + "\"");
  }

  @Test
  void aJqCompactLineWithTheKindAfterTheData() {
    Random r = new Random(2);
    String value = fakeBase64(r);
    String line = "{\"apiVersion\":\"v1\",\"data\":{\"extra\":\"" + value + "\"},\"kind\":\"Secret\","
        + "\"metadata\":{\"name\":\"app\",\"namespace\":\"shop\"},\"type\":\"Opaque\"}";
    assertThat(REDACTOR.redact(line)).isEqualTo(line.replace(value, MASK));
  }

  @Test
  void stringDataInTheLastAppliedAnnotationIsHiddenInsideItsEscapedString() {
    String plain = "Fake" + FakeSecrets.chars(new Random(3), FakeSecrets.ALNUM, 10) + "\\\\\\\"q"; // holds \"
    String line = "{\"metadata\":{\"annotations\":{\"kubectl.kubernetes.io/last-applied-configuration\":"
        + "\"{\\\"apiVersion\\\":\\\"v1\\\",\\\"kind\\\":\\\"Secret\\\",\\\"metadata\\\":{\\\"name\\\":\\\"app\\\"},"
        + "\\\"stringData\\\":{\\\"extra\\\":\\\"" + plain + "\\\"}}\\n\"}}}";
    String redacted = REDACTOR.redact(line);
    assertThat(redacted).isEqualTo(line.replace(plain, MASK)).contains("\\\"extra\\\":\\\"" + MASK + "\\\"");
  }

  @Test
  void aListHidesItsSecretsAndLeavesItsConfigMapsAlone() {
    Random r = new Random(4);
    String secretValue = fakeBase64(r);
    String configValue = fakeBase64(r);
    String line = "{\"apiVersion\":\"v1\",\"items\":[{\"apiVersion\":\"v1\",\"data\":{\"settings\":\"" + configValue
        + "\"},\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cfg\"}},{\"apiVersion\":\"v1\",\"data\":{\"extra\":\""
        + secretValue + "\"},\"kind\":\"Secret\",\"metadata\":{\"name\":\"app\"}}],\"kind\":\"List\"}";
    assertThat(REDACTOR.redact(line)).isEqualTo(line.replace(secretValue, MASK));
  }

  @Test
  void aSecretListsItemsAreSecretsWithoutTheirOwnKind() {
    String value = fakeBase64(new Random(5));
    String line = "{\"kind\":\"SecretList\",\"apiVersion\":\"v1\",\"items\":[{\"metadata\":{\"name\":\"app\"},"
        + "\"data\":{\"extra\":\"" + value + "\"}}]}";
    assertThat(REDACTOR.redact(line)).isEqualTo(line.replace(value, MASK));
  }

  @Test
  void aConfigMapIsLeftAloneEvenBesideAnObjectOfKindSecret() {
    String value = fakeBase64(new Random(6));
    String line = "{\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cfg\",\"namespace\":\"shop\","
        + "\"ownerReferences\":[{\"kind\":\"Secret\",\"name\":\"app\"}]},\"data\":{\"settings\":\"" + value + "\"}}";
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aTruncatedLineHidesWhatItShowsOfASecretsValues() {
    Random r = new Random(7);
    String whole = fakeBase64(r);
    String cut = fakeBase64(r).substring(0, 10);
    String line = "audit: {\"requestObject\":{\"kind\":\"Secret\",\"data\":{\"extra\":\"" + whole
        + "\",\"more\":\"" + cut;
    assertThat(REDACTOR.redact(line)).isEqualTo(line.replace(whole, MASK).replace(cut, MASK));
  }

  @Test
  void withoutAKindBase64ValuesUnderANamespaceAreASecrets() {
    Random r = new Random(8);
    String value = fakeBase64(r);
    String line = "reconciled {\"metadata\":{\"name\":\"app\",\"namespace\":\"shop\"},\"data\":{\"extra\":\"" + value
        + "\"}} for \"Secret\"";
    assertThat(REDACTOR.redact(line)).isEqualTo(line.replace(value, MASK));
    String notBase64 = "{\"metadata\":{\"namespace\":\"shop\"},\"data\":{\"mode\":\"fast\",\"extra\":\"" + value
        + "\"}} \"Secret\"";
    assertThat(REDACTOR.redact(notBase64)).isSameAs(notBase64);
  }

  /** Go's json.Marshal of a typed Secret (client-go leaves TypeMeta empty): no kind, but its type. */
  @Test
  void aSecretWithoutItsKindIsToldByItsType() {
    Random r = new Random(12);
    String value = fakeBase64(r);
    String shortValue = "Fake-" + FakeSecrets.mixed(r, 8);
    String line = "{\"level\":\"info\",\"msg\":\"reconciled\",\"object\":{\"metadata\":{\"name\":\"app\"},"
        + "\"data\":{\"extra\":\"" + value + "\",\"mode\":\"" + shortValue + "\"},\"type\":\"Opaque\"}}";
    assertThat(REDACTOR.redact(line)).isEqualTo(line.replace(value, MASK).replace(shortValue, MASK));
  }

  @Test
  void aDocumentEscapedInAStringFieldOfALogLine() {
    String value = fakeBase64(new Random(9));
    String line = "level=info msg=\"{\\\"kind\\\": \\\"Secret\\\", \\\"data\\\": {\\\"extra\\\": \\\"" + value
        + "\\\"}}\" controller=secret";
    assertThat(REDACTOR.redact(line)).isEqualTo(line.replace(value, MASK));
  }

  @Test
  void placeholdersAndMasksAlreadyWrittenStaySoASecondPassChangesNothing() {
    String template = "{\"kind\":\"Secret\",\"stringData\":{\"password\":\"${DB_PASSWORD}\","
        + "\"extra\":\"<base64>\"}}";
    assertThat(REDACTOR.redact(template)).isSameAs(template);
    String value = fakeBase64(new Random(10));
    String once = REDACTOR.redact("{\"kind\":\"Secret\",\"data\":{\"extra\":\"" + value + "\"}}");
    assertThat(once).doesNotContain(value);
    assertThat(REDACTOR.redact(once)).isSameAs(once);
  }

  /** The bytes of a fake value as Go's %v prints a []byte: {@code [102 97 107 101]}. */
  private static String goBytes(String plain) {
    StringBuilder sb = new StringBuilder("[");
    for (byte b : plain.getBytes(StandardCharsets.UTF_8)) {
      sb.append(sb.length() > 1 ? " " : "").append(b & 0xff);
    }
    return sb.append(']').toString();
  }

  @Test
  void clientGosStringOfASecretHidesItsDataBytesAndStringData() {
    Random r = new Random(11);
    String bytes = goBytes("fake-" + FakeSecrets.chars(r, FakeSecrets.ALNUM, 16));
    String other = goBytes("fake-" + FakeSecrets.chars(r, FakeSecrets.ALNUM, 16));
    String plain = "Fake-" + FakeSecrets.mixed(r, 16);
    String line = "I1130 reconcile.go:42] applying &Secret{ObjectMeta:{app  shop    0 0001-01-01 00:00:00 +0000 UTC"
        + " <nil> <nil> map[] map[] [] [] []},Data:map[string][]byte{extra: " + bytes + ",tls.key: " + other
        + ",},Type:Opaque,StringData:map[string]string{extra: " + plain + ",},Immutable:nil,}";
    String redacted = REDACTOR.redact(line);
    assertThat(redacted).doesNotContain(bytes.substring(1, bytes.length() - 1))
        .doesNotContain(other.substring(1, other.length() - 1)).doesNotContain(plain)
        .contains("Data:map[string][]byte{extra: [" + MASK + "],tls.key: [" + MASK + "],}", "Type:Opaque");
    assertThat(REDACTOR.redact(redacted)).as("a second pass").isSameAs(redacted);
    String configMap = "&ConfigMap{ObjectMeta:{cfg  shop},Data:map[string]string{mode: fast,},"
        + "BinaryData:map[string][]byte{blob: " + bytes + ",},Immutable:nil,} &Secret{ObjectMeta:{app  shop}}";
    assertThat(REDACTOR.redact(configMap)).isSameAs(configMap);
  }

  @Test
  void theWordSecretAloneChangesNothing() {
    String line = "{\"kind\":\"Secret\",\"metadata\":{\"name\":\"app\"},\"type\":\"Opaque\"} ClientSecret rotated";
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /**
   * Generated Secret objects (random keys, base64 values, field order, optionally escaped into a string)
   * never show a value; ConfigMap objects of the same shape come out unchanged.
   */
  @Property(tries = 300)
  void secretsNeverShowAValueAndConfigMapsStayAsTheyAre(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 5) int entries, @ForAll boolean escaped, @ForAll boolean stringData) {
    Random r = new Random(seed);
    List<String> values = new ArrayList<>();
    StringBuilder data = new StringBuilder("{");
    for (int i = 0; i < entries; i++) {
      // No blank or dash before the random part: a vendor prefix there (AP..., a JFrog token) would be
      // hidden in a ConfigMap too, rightly.
      String value = stringData ? "Fake" + FakeSecrets.mixed(r, 12 + r.nextInt(20)) : fakeBase64(r);
      values.add(value);
      data.append(i == 0 ? "" : ",").append('"').append(NEUTRAL_KEYS.get(r.nextInt(NEUTRAL_KEYS.size())))
          .append(i).append("\":\"").append(value).append('"');
    }
    data.append('}');
    String dataKey = stringData ? "stringData" : "data";
    for (String kind : List.of("Secret", "ConfigMap")) {
      List<String> fields = new ArrayList<>(List.of("\"apiVersion\":\"v1\"", "\"kind\":\"" + kind + "\"",
          "\"metadata\":{\"name\":\"app\",\"namespace\":\"shop\"}", "\"" + dataKey + "\":" + data));
      Collections.shuffle(fields, r);
      String object = "{" + String.join(",", fields) + "}";
      String line = escaped
          ? "{\"msg\":\"" + object.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"level\":\"info\"}"
          : "reconcile object=" + object;
      String redacted = REDACTOR.redact(line);
      if (kind.equals("Secret")) {
        assertThat(values).allSatisfy(v -> assertThat(redacted).doesNotContain(v));
        assertThat(redacted).contains(dataKey);
      } else {
        assertThat(redacted).isEqualTo(line);
      }
    }
  }
}
