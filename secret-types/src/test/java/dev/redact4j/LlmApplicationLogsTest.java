package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where services that call LLM APIs print credentials: proxy configurations (LiteLLM's
 * {@code config.yaml}), SDK debug logs, and chat transcripts where a user pasted a key. Values are
 * generated from a seeded {@link Random} at run time; each must be hidden whole, and the same tools'
 * lines that name no secret value pass through unchanged.
 */
class LlmApplicationLogsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /** Asserts that no 8-character fragment of {@code secret} survives in the redacted {@code line}. */
  private static void assertHidden(String line, String secret) {
    String out = REDACTOR.redact(line);
    assertThat(out).contains("[REDACTED:");
    for (int i = 0; i + 8 <= secret.length(); i++) {
      assertThat(out).as("fragment %d of the secret in %s", i, out).doesNotContain(secret.substring(i, i + 8));
    }
  }

  /**
   * An AWS secret access key's shape: 40 characters of base64, here without {@code /}, which in prose
   * ("key is a/b") reads as a path; after a colon a {@code /} is part of the value (see the colon cases).
   */
  private static String awsSecret(Random r) {
    return FakeSecrets.mixed(r, 20) + FakeSecrets.chars(r, FakeSecrets.ALNUM + "+", 20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Secret access key: %s/%s", "AWS Secret Access Key = %s/%s"})
  void aSpelledOutSecretAccessKeyWithASlashIsHidden(String template) {
    Random r = new Random(template.length());
    String secret = template.substring(template.indexOf('%')).formatted(FakeSecrets.mixed(r, 20),
        FakeSecrets.mixed(r, 19));
    assertHidden(template.substring(0, template.indexOf('%')) + secret, secret);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // LiteLLM's config.yaml reads a value from the environment with os.environ/NAME
    "      api_key: os.environ/OPENAI_API_KEY",
    "  master_key: os.environ/LITELLM_MASTER_KEY",
    "litellm_params={'model': 'azure/gpt-4o', 'api_key': 'os.environ/AZURE_API_KEY', 'rpm': 60}",
    "      aws_secret_access_key: os.environ/AWS_SECRET_ACCESS_KEY",
    "  database_url: os.environ/DATABASE_URL",
  })
  void environmentReferencesInProxyConfigsStay(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "api_key: os.environ/%s",
    "api_key: 'os.environ/%s'",
  })
  void aValueThatOnlyStartsLikeAReferenceIsHidden(String template) {
    Random r = new Random(11);
    String value = FakeSecrets.mixed(r, 24);
    assertHidden(template.formatted(value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Secret access key: %s",
    "user: my AWS secret access key is %s region us-east-1",
    "AWS Secret Access Key: %s",
    "bedrock creds - secret access key = %s",
  })
  void aSpelledOutSecretAccessKeyIsHidden(String template) {
    Random r = new Random(template.length());
    String secret = awsSecret(r);
    assertHidden(template.formatted(secret), secret);
  }

  /** {@code aws configure} echoes what is typed after a prompt that shows the current value in brackets. */
  @ParameterizedTest
  @ValueSource(strings = {
    "AWS Secret Access Key [None]: %s",
    "AWS Secret Access Key [****************%.4s]: %1$s",
    "Secret access key [none]: %s",
  })
  void aPromptWithItsDefaultInBracketsIsFollowedByTheValue(String template) {
    Random r = new Random(template.length());
    String secret = FakeSecrets.mixed(r, 20) + "/" + FakeSecrets.mixed(r, 19);
    assertHidden(template.formatted(secret), secret);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Default region name [None]: us-east-1",
    "Default output format [json]: yaml",
    "AWS Access Key ID [None]: ",
    "password [worker-3]: changed",
    "token [main]: refreshed",
    "INFO:httpx:HTTP Request: POST https://api.openai.com/v1/chat/completions \"HTTP/1.1 200 OK\"",
    "usage: {'prompt_tokens': 1834, 'completion_tokens': 211, 'total_tokens': 2045}",
    "Usage(input_tokens=2095, output_tokens=503, cache_creation_input_tokens=0, cache_read_input_tokens=1800)",
    "'max_tokens': 4096, 'temperature': 0.7, 'top_p': 1.0, 'stream': True",
    "OPENAI_API_KEY is set (sk-...a1b2)",
    "x-api-key: <redacted>",
    "ChatOpenAI(model_name='gpt-4o', openai_api_key=SecretStr('**********'), temperature=0.0)",
    "-H 'Authorization: Be****ey' -H 'Content-Type: application/json'",
    "      api_key: \"${AZURE_API_KEY}\"",
    "spring.ai.openai.api-key=${OPENAI_API_KEY}",
    "\"env\": {\"GITHUB_PERSONAL_ACCESS_TOKEN\": \"${GITHUB_PAT}\"}",
    "\"env\": {\"BRAVE_API_KEY\": \"YOUR_API_KEY_HERE\"}",
    "OPENAI_API_KEY=<your-openai-key>",
    "embedding=[0.0123, -0.0456, 0.0789, 0.0011, -0.0334, 0.0912, -0.0077, 0.0145]",
    "LANGFUSE_PUBLIC_KEY=pk-lf-...",
    "[user] what is an API key and how do I rotate my key?",
    "[assistant] Your key starts with sk-proj- and should be kept secret.",
    "Qdrant collection 'docs' points_count=18234 vectors={'size': 768, 'distance': 'Cosine'}",
  })
  void lookAlikesFromTheSameToolsStay(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
