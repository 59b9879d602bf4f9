package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code curl -u user:password}: the catalog's own shape, with -u first or after other options. */
class CurlUserPasswordTest {
  private final Redactor redactor = Redactor.defaults();
  private final String password = "Pg" + "D53X83RZJ" + "zzzzgEOzd";

  @Test
  void passwordAfterUserIsHiddenWhereverTheOptionStands() {
    for (String command : new String[] {
        "curl -u bob:%s https://api.example.com",
        "curl -u 'bob:%s' https://api.example.com",
        "curl --user bob:%s https://api.example.com",
        "curl -X POST -u bob:%s https://api.example.com",
        "$ curl -s -u \"bob:%s\""}) {
      String line = command.formatted(password);
      assertThat(redactor.redact(line)).as(line)
          .isEqualTo(command.formatted("[REDACTED:cli-user-password]"));
    }
  }

  @Test
  void userAndPasswordQuotedApartAreReadAsTheShellJoinsThem() {
    // curl -u "$USER":"$PASS" with the values written in: the shell joins the two quoted words
    for (String command : new String[] {
        "curl -X POST --user \"bob\":\"%s\" https://api.example.com",
        "curl -u 'bob':'%s' https://api.example.com",
        "curl -u \"bob\":%s https://api.example.com"}) {
      String line = command.formatted(password);
      assertThat(redactor.redact(line)).as(line)
          .isEqualTo(command.formatted("[REDACTED:cli-user-password]"));
    }
  }

  @Test
  void passwordInAPrintedArgumentListIsHidden() {
    // a logged ProcessBuilder.command(): Java prints the list with ", " between the arguments
    for (String command : new String[] {
        "starting [curl, -u, bob:%s, https://api.example.com]",
        "starting [/usr/bin/curl, -s, --user, bob:%s, https://api.example.com]"}) {
      String line = command.formatted(password);
      assertThat(redactor.redact(line)).as(line)
          .isEqualTo(command.formatted("[REDACTED:cli-user-password]"));
    }
    String clean = "starting [curl, -u, bob, https://api.example.com]";
    assertThat(redactor.redact(clean)).isSameAs(clean);
  }

  @Test
  void anApiKeyAsTheUserWithAnEmptyPasswordIsHidden() {
    // Stripe, Mailgun and Chargebee take the API key as the user name, with nothing after the colon
    String key = "Uv1l" + "Hy0vRKAQXssp30P5" + "vI2ENERiG6XB";
    for (String command : new String[] {
        "curl -u %s: https://api.example.com/v1/charges",
        "curl -s -u '%s:' https://api.example.com/v1/charges"}) {
      assertThat(redactor.redact(command.formatted(key))).isEqualTo(command.formatted("[REDACTED:cli-user-password]"));
    }
  }

  @Test
  void otherOptionsPassThrough() {
    for (String clean : new String[] {
        "curl -o out.json https://api.example.com/items",
        "curl -u bob https://api.example.com",
        "curl -u \"$API_USER\":\"$API_PASSWORD\" https://api.example.com",
        "curl -u admin: https://api.example.com",
        "curl -u deploy-bot-for-production-builds: https://api.example.com",
        "curl -H 'Accept: application/json' https://api.example.com"}) {
      assertThat(redactor.redact(clean)).isSameAs(clean);
    }
  }
}
