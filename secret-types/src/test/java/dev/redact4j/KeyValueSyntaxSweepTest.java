package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes the key/value sweep (every key spelling, separator, quoting and container crossed) found leaking:
 * a text block ({@code password = """}, a line break, the value indented on its own line) and Python 2's
 * unicode literal ({@code password: u'v'}). An arrow glued to a key ({@code auth->authorizer}) stays C's
 * member access: only {@code key -> v} with blanks is an assignment.
 */
class KeyValueSyntaxSweepTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {
    "using password = \"\"\"\n    %s\n    \"\"\" for user bob",
    "val dbPassword = \"\"\"\n    %s\n    \"\"\".trimIndent()",
    "String clientSecret = \"\"\"\n\t%s\n\t\"\"\";",
    "API_KEY: '''\n  %s\n  '''",
    "using password: u'%s' for user bob",
    "{u'client_secret': u'%s', u'user': u'bob'}",
    "using TOKEN => u'%s' for user bob",
  })
  void theValueIsHidden(String place) {
    String secret = FakeSecrets.mixed(new Random(place.hashCode()), 24);
    String redacted = REDACTOR.redact(String.format(place, secret));
    assertThat(redacted).as(place).doesNotContain(secret.substring(4, 20)).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "password->length() > 8",
    "token->next = NULL;",
    "secret-->next",
    "libceph: refresh auth->authorizer after authorizer update",
    "password = \"\"\"\n    \"\"\"",
    "password: u'' for user bob",
    "the token: u is a variable",
  })
  void ordinaryTextStays(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
