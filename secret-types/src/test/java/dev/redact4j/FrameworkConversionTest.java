package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * The factory that frameworks binding configuration find by reflection, without glue: Spring's
 * {@code ObjectToObjectConverter} ({@code @ConfigurationProperties}, {@code @Value}) and MicroProfile
 * Config's implicit converters (SmallRye Config, Quarkus) look up a public static {@code of} taking
 * exactly a {@code String} ({@code Class.getMethod("of", String.class)}), which {@code of(CharSequence)}
 * does not answer. Without it a binding fails, and Spring Boot's failure report prints the value.
 * JAX-RS parameters and Jackson's implicit creators look for {@code valueOf(String)} instead; without
 * it a plain {@code ObjectMapper} (no redact4j module) fails to read a secret, quoting it.
 */
class FrameworkConversionTest {
  private static final String VALUE = "Bound-Pw-" + 7 + "qZ4#x";

  /** A request body as an application might declare it. */
  record Login(String user, SecretString password) {}

  @Test
  void ofStringIsFoundExactlyAsFrameworksLookItUp() throws Exception {
    Method of = SecretString.class.getMethod("of", String.class);
    assertThat(Modifier.isStatic(of.getModifiers())).isTrue();
    assertThat(Modifier.isPublic(of.getModifiers())).isTrue();
    assertThat(of.getReturnType()).isEqualTo(SecretString.class);

    SecretString bound = (SecretString) of.invoke(null, VALUE);
    assertThat(bound).hasToString(SecretString.MASK);
    assertThat(bound.reveal()).isEqualTo(VALUE);
    assertThat(bound).isEqualTo(SecretString.of((CharSequence) VALUE));
  }

  @Test
  void ofStringAcceptsTheEmptyValueAndRejectsNull() throws Exception {
    assertThat(SecretString.of("").reveal()).isEmpty();
    Method of = SecretString.class.getMethod("of", String.class);
    assertThatThrownBy(() -> of.invoke(null, (Object) null))
        .isInstanceOf(InvocationTargetException.class)
        .hasCauseInstanceOf(NullPointerException.class);
  }

  @Test
  void valueOfStringIsFoundAsJaxRsAndJacksonLookItUp() throws Exception {
    Method valueOf = SecretString.class.getMethod("valueOf", String.class);
    assertThat(Modifier.isStatic(valueOf.getModifiers())).isTrue();
    assertThat(valueOf.getReturnType()).isEqualTo(SecretString.class);
    SecretString bound = (SecretString) valueOf.invoke(null, VALUE);
    assertThat(bound).hasToString(SecretString.MASK).isEqualTo(SecretString.of(VALUE));
  }

  @Test
  void aPlainObjectMapperReadsASecretWithoutQuotingItInAnError() throws Exception {
    Login login = new ObjectMapper().readValue("{\"user\":\"bob\",\"password\":\"" + VALUE + "\"}", Login.class);
    assertThat(login).hasToString("Login[user=bob, password=**********]");
    assertThat(login.password().reveal()).isEqualTo(VALUE);
  }

  /** Text has no single byte encoding (UTF-8? Base64? hex?): a binding must fail, not guess one. */
  @Test
  void secretBytesOffersNoStringFactory() {
    for (String name : new String[] {"of", "valueOf", "from", "parse", "fromString"}) {
      assertThatThrownBy(() -> SecretBytes.class.getMethod(name, String.class))
          .isInstanceOf(NoSuchMethodException.class);
    }
  }
}
