package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code <key>value</key>} is judged like every other key/value shape: by its key and its value; so are
 * keys and values whose quotes were escaped for HTML or XML ({@code &quot;password&quot;:&quot;v&quot;}).
 */
class XmlElementValuesTest {
  private final Redactor redactor = Redactor.defaults();

  @Test
  void secretElementsAreHidden() {
    String value = "hunter2" + "horse" + 42;
    assertThat(redactor.redact("<password>" + value + "</password>"))
        .isEqualTo("<password>[REDACTED:password-assignment]</password>");
    assertThat(redactor.redact("<apiToken>aB3dE5fG7hJ9kL1mN3</apiToken>")).doesNotContain("aB3dE5fG7hJ9kL1mN3");
  }

  @Test
  void elementsWhoseNameMerelyContainsAKeyWordPassThrough() {
    for (String clean : new String[] {
        "<relativePath>../pom.xml</relativePath>",
        "<fileNamePattern>logs/app.%d{yyyy-MM-dd}.json.gz</fileNamePattern>",
        "<tokenizer>standard</tokenizer>",
        "<passwordPolicy>strict</passwordPolicy>"}) {
      assertThat(redactor.redact(clean)).isSameAs(clean);
    }
  }

  @Test
  void valuesInEscapedQuotesAreHiddenUpToTheClosingEntity() {
    String value = "PwyC1hZY" + "oajY4XqB";
    assertThat(redactor.redact("{&quot;password&quot;:&quot;" + value + "&quot;}"))
        .isEqualTo("{&quot;password&quot;:&quot;[REDACTED:password-assignment]&quot;}");
    assertThat(redactor.redact("Audit [audit@32473 password=&quot;" + value + "&quot;] login"))
        .isEqualTo("Audit [audit@32473 password=&quot;[REDACTED:password-assignment]&quot;] login");
    assertThat(redactor.redact("token=&#34;Zq8Wm3Kd" + "7Lp2Xr5Tn9&#34;")).isEqualTo("token=&#34;[REDACTED:token-assignment]&#34;");
    for (String clean : new String[] {"a &quot;password&quot; field", "password=&quot;&quot;",
        "password=&quot;${DB_PASSWORD}&quot;"}) {
      assertThat(redactor.redact(clean)).isSameAs(clean);
    }
  }

  /**
   * Hadoop's {@code *-site.xml}, a {@code web.xml} context parameter or environment entry and an Apple
   * property list name the key in one element and hold the value in the next.
   */
  @Test
  void aValueElementAfterANameElementThatNamesASecretIsHidden() {
    String value = "Xk9vQ2mZ" + "7pLxAb3dEf7h";
    assertThat(redactor.redact("<property>\n  <name>fs.s3a.secret.key</name>\n  <value>" + value
        + "</value>\n</property>"))
        .isEqualTo("<property>\n  <name>fs.s3a.secret.key</name>\n  <value>[REDACTED:api-key-assignment]</value>\n"
            + "</property>");
    assertThat(redactor.redact("<property><name>javax.jdo.option.ConnectionPassword</name><value>" + value
        + "</value></property>")).isEqualTo("<property><name>javax.jdo.option.ConnectionPassword</name>"
            + "<value>[REDACTED:password-assignment]</value></property>");
    assertThat(redactor.redact("<context-param><param-name>db.password</param-name><param-value>" + value
        + "</param-value></context-param>")).doesNotContain(value).startsWith("<context-param><param-name>db.password<");
    assertThat(redactor.redact("<env-entry-name>ldapPassword</env-entry-name>\n<env-entry-value>" + value
        + "</env-entry-value>")).doesNotContain(value);
    assertThat(redactor.redact("<key>Password</key>\n\t<string>" + value + "</string>"))
        .isEqualTo("<key>Password</key>\n\t<string>[REDACTED:password-assignment]</string>");
    for (String clean : new String[] {
        "<property><name>fs.s3a.secret.key</name><value>${S3_SECRET_KEY}</value></property>",
        "<name>hadoop.security.credential.provider.path</name><value>jceks://file/etc/s3.jceks</value>",
        "<name>password</name><description>the password of the service user</description>",
        "<name>dfs.replication</name><value>Xk9vQ2mZ7pLxAb3dEf7h</value>",
        "<title>password</title><value>Xk9vQ2mZ7pLxAb3dEf7h</value>"}) {
      assertThat(redactor.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  /** A value in a CDATA section, or in an element with attributes, is read as the element's value. */
  @Test
  void cdataSectionsAndElementsWithAttributesAreRead() {
    String value = "Rk4&lt" + "Zq9<Wm3]x";
    assertThat(redactor.redact("<password><![CDATA[" + value + "]]></password>"))
        .isEqualTo("<password><![CDATA[[REDACTED:password-assignment]]]></password>");
    String plain = "Rk4tZq9" + "Wm3xYa";
    assertThat(redactor.redact("<password encrypted=\"false\">" + plain + "</password>"))
        .isEqualTo("<password encrypted=\"false\">[REDACTED:password-assignment]</password>");
    assertThat(redactor.redact("<clientSecret xml:space='preserve'>\n  " + plain + plain + "\n</clientSecret>"))
        .doesNotContain(plain);
    for (String clean : new String[] {"<password><![CDATA[${DB_PASSWORD}]]></password>",
        "<password required=\"true\"/>", "<password minLength=\"12\"><rule/></password>",
        "<password><![CDATA[]]></password>"}) {
      assertThat(redactor.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  /** Jetty's XML configuration sets a bean property by name: {@code <Set name="KeyStorePassword">v</Set>}. */
  @Test
  void aJettySetterNamedForASecretIsHidden() {
    String value = "Rk4tZq9" + "Wm3xYa!";
    assertThat(redactor.redact("<Set name=\"KeyStorePassword\">" + value + "</Set>"))
        .isEqualTo("<Set name=\"KeyStorePassword\">[REDACTED:password-assignment]</Set>");
    for (String clean : new String[] {
        "<Set name=\"KeyStorePassword\"><Property name=\"jetty.sslContext.keyStorePassword\"/></Set>",
        "<Set name=\"KeyStorePath\">etc/keystore.p12</Set>", "<input name=\"password\">"}) {
      assertThat(redactor.redact(clean)).as(clean).isSameAs(clean);
    }
  }
}
