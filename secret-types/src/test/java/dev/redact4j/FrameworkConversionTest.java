package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 */
class FrameworkConversionTest {
  private static final String VALUE = "Bound-Pw-" + 7 + "qZ4#x";

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

  /** Text has no single byte encoding (UTF-8? Base64? hex?): a binding must fail, not guess one. */
  @Test
  void secretBytesOffersNoStringFactory() {
    for (String name : new String[] {"of", "valueOf", "from", "parse", "fromString"}) {
      assertThatThrownBy(() -> SecretBytes.class.getMethod(name, String.class))
          .isInstanceOf(NoSuchMethodException.class);
    }
  }
}
