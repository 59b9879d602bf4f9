package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.Test;

/**
 * A pattern's literal text can label a value the event holds as a secret: {@code password=%X{p}} prints
 * a ThreadContext value under a name it does not have in the event ({@code p}), and
 * {@code Authorization: Bearer %m} a message that is no secret alone. The event's fields are then no
 * guide to what is printed, so such a layout's output is scanned; an ordinary pattern keeps the
 * cheap path. The same for a JSON template whose field name labels a value ({@code "password"} holding the
 * ThreadContext value of {@code p}, {@code "api_key"} a message parameter).
 */
class PatternLabelTest extends FixtureTest {
  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(67);

  @Test
  void aValueThePatternLabelsAsASecretIsHidden() {
    String password = secrets.password();
    String token = secrets.password();
    ThreadContext.put("p", password);
    fixture.context.getLogger("label").info("hello");
    ThreadContext.clearAll();
    fixture.context.getLogger("bearer").info(token);
    fixture.close();

    String nl = System.lineSeparator();
    assertThat(fixture.read("label.log")).isEqualTo("INFO password=[REDACTED:password-assignment] - hello" + nl);
    assertThat(fixture.read("bearer.log")).isEqualTo("INFO Authorization: Bearer [REDACTED:authorization-header]" + nl);
    assertThat(fixture.statusErrors()).isEmpty();
  }

  @Test
  void aValueATemplatesFieldNameLabelsAsASecretIsHidden() {
    String password = secrets.password();
    String key = secrets.password();
    ThreadContext.put("p", password);
    fixture.context.getLogger("json").info("hello {}", key);
    fixture.close();

    assertThat(fixture.read("label.json")).contains("\"password\":\"[REDACTED:").doesNotContain(password);
    assertThat(fixture.read("parameter.json")).contains("\"api_key\":\"[REDACTED:").doesNotContain(key);
    assertThat(fixture.statusErrors()).isEmpty();
  }

  @Test
  void anOrdinaryPatternIsStillJudgedByTheEventsFields() {
    RedactingLayout plain = (RedactingLayout) fixture.context.getConfiguration().getAppender("Plain").getLayout();
    RedactingLayout label = (RedactingLayout) fixture.context.getConfiguration().getAppender("Label").getLayout();
    RedactingLayout jsonPlain = (RedactingLayout) fixture.context.getConfiguration().getAppender("JsonPlain").getLayout();
    RedactingLayout jsonLabel = (RedactingLayout) fixture.context.getConfiguration().getAppender("JsonLabel").getLayout();

    assertThat(plain.judgesFields()).isTrue();
    assertThat(label.judgesFields()).isFalse();
    assertThat(jsonPlain.judgesFields()).isTrue();
    assertThat(jsonLabel.judgesFields()).isFalse();
  }
}
