package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Fail-fast builder errors name the fix, and never repeat what may be a secret pasted by mistake. */
class RedactorBuilderErrorsTest {
  /** A value pasted where a rule name belongs: it cannot be a rule id (upper case, too long). */
  private static final String PASTED = FakeSecrets.github(new java.util.Random(11), "ghp_");

  @Test
  void aNameThatCannotBeARuleIdIsNotRepeated() {
    assertThatThrownBy(() -> Redactor.newBuilder().enable(PASTED))
        .isInstanceOf(RedactionConfigException.class)
        .hasMessageNotContaining(PASTED).hasMessageNotContaining(PASTED.substring(4, 12))
        .hasMessageContaining("not a rule id or group name")
        .hasMessageContaining("Redactor.rules()");
    assertThatThrownBy(() -> Redactor.newBuilder().mask(PASTED, Mask.typed()).build())
        .isInstanceOf(RedactionConfigException.class).hasMessageNotContaining(PASTED.substring(4, 12));
    assertThatThrownBy(() -> Redactor.newBuilder()
        .rules(new StringReader("disable = github\nenable = " + PASTED + "\n"), "r.properties").build())
        .isInstanceOf(RedactionConfigException.class)
        .hasMessageStartingWith("r.properties:2: ").hasMessageNotContaining(PASTED.substring(4, 12));
    assertThatThrownBy(() -> Redactor.newBuilder()
        .rules(new StringReader("mask." + PASTED + " = typed\n"), "r.properties").build())
        .isInstanceOf(RedactionConfigException.class).hasMessageNotContaining(PASTED.substring(4, 12));
  }

  @Test
  void aMistypedRuleIdIsRepeatedWithASuggestion() {
    assertThatThrownBy(() -> Redactor.newBuilder().disable("githb"))
        .hasMessage("Unknown rule or group 'githb'; did you mean 'github'? list them with"
            + " `redact --list-rules` or Redactor.rules()");
    assertThatThrownBy(() -> Redactor.newBuilder().disable("GitHub"))
        .hasMessageContaining("did you mean 'github'?");
  }

  @Test
  void aGroupGivenWhereAMaskNeedsOneRuleIsNamedAsAGroupNotSuggestedBack() {
    // mask.<rule-id> takes one rule's id; "did you mean 'github'?" for 'github' suggested the name just refused
    assertThatThrownBy(() -> Redactor.newBuilder().rules(new StringReader("mask.github = prefix\n"), "r.properties"))
        .isInstanceOf(RedactionConfigException.class)
        .hasMessageStartingWith("r.properties:1: 'github' is a group, not a rule id")
        .hasMessageContaining("github-pat-classic")
        .hasMessageNotContaining("did you mean");
    assertThatThrownBy(() -> Redactor.newBuilder().mask("pci", Mask.typed()).build())
        .isInstanceOf(RedactionConfigException.class)
        .hasMessageStartingWith("'pci' is a group, not a rule id").hasMessageContaining("payment-card-number");
  }

  @Test
  void theKnownSecretRuleIsTurnedOffThroughTheBuilder() {
    assertThatThrownBy(() -> Redactor.newBuilder().disable(Redactor.KNOWN_SECRET_RULE))
        .isInstanceOf(RedactionConfigException.class)
        .hasMessage("'known-secret' hides the values registered in KnownSecrets and is not toggled by"
            + " enable or disable: to ignore registered values, build with knownSecrets(null);"
            + " to stop hiding one value, unregister it");
  }
}
