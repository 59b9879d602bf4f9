package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Secrets inside encodings that reach logs from other formats than plain text or JSON: hex escapes
 * ({@code \x22}, as nginx writes a request body and JavaScript a string), percent-encoded JSON and
 * GraphQL, escaped separators of {@code .properties} and CEF, CEF's labelled custom fields, and HTML's
 * {@code <meta name content>} pairs. The value is generated, obviously fake, and must not survive.
 */
class EncodedFormatsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Fake" + "Pa55w0rdEXAMPLE";

  @ParameterizedTest
  @ValueSource(strings = {
    // nginx escapes a quote of $request_body as \x22
    "10.0.0.9 - - \"POST /api/login HTTP/1.1\" 401 23 \"{\\x22username\\x22:\\x22bob\\x22,\\x22password\\x22:\\x22%s\\x22}\"",
    "{\\x22password\\x22: \\x22%s\\x22}",
    "{\\x27password\\x27:\\x27%s\\x27}",
    // JavaScript escapes = and & in a string literal: \x3d, \x26
    "var cfg = \"password\\x3d%s\\x26user\\x3dadmin\";",
    "\"request_body\": \"token\\x3d%s\"",
  })
  void valuesBehindHexEscapedQuotesAndSeparatorsAreHidden(String shape) {
    String out = REDACTOR.redact(shape.formatted(PW));
    assertThat(out).doesNotContain(PW).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // JSON and GraphQL percent-encoded in a query string: an encoded blank after the encoded colon
    "GET /track?data=%%7B%%22password%%22%%3A%%20%%22%s%%22%%7D",
    "query=mutation%%20%%7B%%20login%%28password%%3A%%20%%22%s%%22%%29%%20%%7B%%20token%%20%%7D%%20%%7D",
  })
  void valuesAfterAnEncodedBlankAreHidden(String shape) {
    String out = REDACTOR.redact(shape.formatted(PW));
    assertThat(out).doesNotContain(PW).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // Properties.store() escapes = and : in keys and values alike
    "jdbc\\:url=jdbc\\:mysql\\://db01/app?user\\=app&password\\=%s",
    "db.password\\=%s",
    // CEF escapes = in an extension's value
    "cs2=q\\=x password\\=%s",
  })
  void valuesAfterABackslashEscapedSeparatorAreHidden(String shape) {
    String out = REDACTOR.redact(shape.formatted(PW));
    assertThat(out).doesNotContain(PW).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // CEF: a custom field's label names the field that holds the value, in either order
    "CEF:0|Acme|AuthGW|2.1|100|Login attempt|5|src=10.0.0.1 suser=bob cs1Label=password cs1=%s act=blocked",
    "CEF:0|Acme|AuthGW|2.1|100|Login attempt|5|suser=bob cs3Label=apiKey cs3=%s",
    "CEF:0|Acme|AuthGW|2.1|100|Login attempt|5|cs2=%s cs2Label=secret suser=bob",
    "CEF:0|Acme|AuthGW|2.1|101|Bad login|7|cs6Label=token cs6=q\\=%s outcome=failure",
    // HTML: a meta tag named for a secret holds it in its content
    "<meta name=\"csrf-token\" content=\"%s\">",
    "<meta name=\"api-key\" content=\"%s\" />",
  })
  void valuesOfFieldsNamedByALabelOrNameAreHidden(String shape) {
    String out = REDACTOR.redact(shape.formatted(PW));
    assertThat(out).doesNotContain(PW).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<add key=\"ClientId\" value=\"webapp-prod\" />",
    "<add key=\"ServiceBusQueueName\" value=\"orders-inbound\" />",
    "{\"config\":\"<add key=\\\"ClientId\\\" value=\\\"webapp-prod\\\" />\"}",
    "CEF:0|Acme|AuthGW|2.1|100|Login attempt|5|suser=bob cs1Label=userAgent cs1=Mozilla/5.0 act=allowed",
    "CEF:0|Acme|AuthGW|2.1|102|Password change|3|suser=bob cs1Label=reason cs1=expired outcome=success",
    "<meta name=\"csrf-param\" content=\"authenticity_token\">",
  })
  void namesOfOrdinaryEntriesStay(String text) {
    assertThat(REDACTOR.redact(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<add key=\"auth:clientSecret\" value=\"%s\" />",
    "<add key=\"Smtp:Password\" value=\"%s\" />",
  })
  void aKeyAttributeNamesTheValueAttributeNotASecret(String shape) {
    String out = REDACTOR.redact(shape.formatted(PW));
    assertThat(out).doesNotContain(PW).contains("value=\"[REDACTED:");
  }

  /** Fake base64 of a generated length, as a Kerberos ticket or an encrypted password carries it. */
  private static String fakeBase64(int length) {
    java.util.Random random = new java.util.Random(length);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuilder out = new StringBuilder("FAKE");
    while (out.length() < length) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  @org.junit.jupiter.api.Test
  void aTokenElementWithLongNamespacedAttributesIsHidden() {
    String ticket = fakeBase64(240);
    String text = "<wsse:BinarySecurityToken EncodingType=\"http://docs.oasis-open.org/wss/2004/01/"
        + "oasis-200401-wss-soap-message-security-1.0#Base64Binary\" ValueType=\"http://docs.oasis-open.org/wss/"
        + "oasis-wss-kerberos-token-profile-1.1#GSS_Kerberosv5_AP_REQ\" wsu:Id=\"BST-1\">" + ticket
        + "</wsse:BinarySecurityToken>";
    assertThat(REDACTOR.redact(text)).doesNotContain(ticket.substring(0, 40)).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // Maven's settings.xml holds an encrypted password in braces; the master password decrypts it
    "<server><id>nexus</id><username>deploy</username><password>{%s=}</password></server>",
    // Spring: a property element named for a secret, its value in a nested value element
    "<property name=\"apiKey\">\n    <value>%s</value>\n  </property>",
    "<property name=\"password\"><value>%s</value></property>",
    // TOML: a newline right after the opening triple quote is no part of the string
    "password = \"\"\"\n%s\"\"\"",
  })
  void valuesOfXmlAndTomlConfigShapesAreHidden(String shape) {
    String value = shape.contains("{%s=}") ? fakeBase64(32) : PW;
    String out = REDACTOR.redact(shape.formatted(value));
    assertThat(out).doesNotContain(value).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<password>{DB_PASSWORD}</password>",
    "<password>{{ .Values.db.password }}</password>",
    "<password>{0}</password>",
    "<property name=\"passwordEncoder\"><value>bcrypt</value></property>",
  })
  void placeholdersInTheseShapesStay(String text) {
    assertThat(REDACTOR.redact(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // an error page echoes a form post as a table or a definition list: the key's cell, then the value's
    "<tr><td>password</td><td>%s</td></tr>",
    "<tr><th>password</th><td><code>%s</code></td></tr>",
    "<dl><dt>client_secret</dt><dd>%s</dd></dl>",
  })
  void aValueInTheCellAfterAKeysCellIsHidden(String shape) {
    String out = REDACTOR.redact(shape.formatted(PW));
    assertThat(out).doesNotContain(PW).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<tr><td>password</td><td>The password to connect with</td></tr>",
    "<tr><th>password</th><td>string</td><td>required</td></tr>",
    "<tr><td>token</td><td>optional</td></tr>",
    "<dl><dt>api_key</dt><dd>Your API key, from the dashboard</dd></dl>",
  })
  void documentationTablesStay(String text) {
    assertThat(REDACTOR.redact(text)).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void aPropertiesValueContinuedOnTheNextLineIsHiddenWhole() {
    String head = "Fake-Pa55";
    String tail = "wordEXAMPLE9";
    String out = REDACTOR.redact("db.password=" + head + "\\\n    " + tail + "\ndb.user=app");
    assertThat(out).doesNotContain(head).doesNotContain(tail).endsWith("\ndb.user=app");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // a key in bold or code markup before its colon, as HTML error pages and Markdown reports print it
    "<li><b>password</b>: %s</li>",
    "<p><strong>client_secret</strong>: %s</p>",
    "**password**: %s",
    "- **api_key**: `%s`",
  })
  void aKeyInMarkupBeforeItsSeparatorStillNamesTheValue(String shape) {
    String out = REDACTOR.redact(shape.formatted(PW));
    assertThat(out).doesNotContain(PW).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<li><b>password</b>: required, 12 characters or more</li>",
    "**password**: the password of the database user",
    "<label><b>Password</b>:</label> <input type=\"password\" name=\"password\">",
  })
  void markupAroundAKeyWithProseStays(String text) {
    assertThat(REDACTOR.redact(text)).isEqualTo(text);
  }
}
