package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lines of JVM application logs at DEBUG level of the kinds developers paste into bug reports (Spring
 * Boot's condition evaluation report, Nacos' service registry), each beside a look-alike that carries a
 * secret and must stay hidden.
 */
class IssueLogLinesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final Random RANDOM = new Random(1730);

  private static String token() {
    return FakeSecrets.mixed(RANDOM, 32);
  }

  private static void assertUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @Test
  void aConditionReportListingClassesNamedForTokensStays() {
    // Spring Boot's ConditionEvaluationReport: a list of class names, the first named for a token.
    assertUnchanged("      - @ConditionalOnMissingBean (types: org.springframework.security.authentication."
        + "AuthenticationManager,org.springframework.security.authentication.AuthenticationProvider,"
        + "org.springframework.security.authentication.AuthenticationManagerResolver,org.springframework."
        + "security.oauth2.jwt.JwtDecoder; SearchStrategy: all) found beans of unwanted classes "
        + "'org.springframework.security.oauth2.client.registration.ClientRegistrationRepository', "
        + "'org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector', "
        + "'org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistrationRepository'");
    assertUnchanged("'BearerTokenResolver', 'org.example.web.HeaderBearerTokenResolver'");
    assertUnchanged("'AccessTokenExtractor', 'org.example.web.CookieTokenExtractor'");
    assertUnchanged("'TokenRelayCustomizer', 'org.example.gateway.TokenRelayInterceptor'");
  }

  @Test
  void aQuotedPairWhoseKeyNamesATokenStillHidesItsValue() {
    String value = token();
    assertThat(REDACTOR.redact("'token', '" + value + "'")).isEqualTo("'token', '[REDACTED:token-assignment]'");
    assertThat(REDACTOR.redact("('access_token', '" + value + "')")).doesNotContain(value);
  }

  @Test
  void anAddressAndPortAfterAServiceNamedForAuthStays() {
    // Nacos' client heartbeat names the instance group@@service:ip:port.
    assertUnchanged("2020-06-19 10:56:58.077  INFO 7548 --- [SpringContextShutdownHook] "
        + "com.alibaba.nacos.client.naming          : [BEAT] removing beat: "
        + "DEFAULT_GROUP@@auth-web:192.0.2.27:10001 from beat map.");
    assertUnchanged("[BEAT] adding beat: BeatInfo{port=8080, ip='192.0.2.5', serviceName='DEFAULT_GROUP@@auth-service'}"
        + " to beat map. auth-service:192.0.2.5:8080");
    assertUnchanged("token: 198.51.100.7:443:");
  }

  @Test
  void aTokenAfterAnAuthServiceNameStillHidden() {
    String value = token();
    assertThat(REDACTOR.redact("auth-web:" + value)).doesNotContain(value);
    assertThat(REDACTOR.redact("token: 192.0.2.1:" + value)).doesNotContain(value);
    assertThat(REDACTOR.redact("token: 192.0.2.1:8080" + value)).doesNotContain(value);
  }

  @Test
  void springSecuritysPrintedAnonymousTokenStays() {
    // AnonymousAuthenticationFilter at DEBUG (Spring Security 4 and 5): the token's toString in quotes.
    assertUnchanged("2017-08-04 22:41:41 [http-nio-8080-exec-1] DEBUG org.springframework.security.web.authentication."
        + "AnonymousAuthenticationFilter- Populated SecurityContextHolder with anonymous token: 'org.springframework."
        + "security.authentication.AnonymousAuthenticationToken@9055c2bc: Principal: anonymousUser; Credentials: "
        + "[PROTECTED]; Authenticated: true; Details: org.springframework.security.web.authentication."
        + "WebAuthenticationDetails@b364: RemoteIpAddress: 0:0:0:0:0:0:0:1; SessionId: null; Granted Authorities: "
        + "ROLE_ANONYMOUS'");
  }

  @Test
  void aPrintedTokenStillHidesItsCredentialsAndSessionAndAnyBareValue() {
    String value = token();
    String session = FakeSecrets.chars(RANDOM, "0123456789ABCDEF", 32);
    String line = "anonymous token: 'org.example.AnonymousAuthenticationToken@9055c2bc: Principal: bob; Credentials: "
        + value + "; Authenticated: true; SessionId: " + session + "; Granted Authorities: ROLE_USER'";
    assertThat(REDACTOR.redact(line)).doesNotContain(value).doesNotContain(session)
        .contains("Principal: bob").contains("Authenticated: true");
    // no field name after the identity hash: the rest may be the token itself
    assertThat(REDACTOR.redact("token: 'org.example.Token@9055c2bc: " + value + "'")).doesNotContain(value);
  }
}
