package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.beans.XMLEncoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.lang3.builder.HashCodeBuilder;
import org.apache.commons.lang3.builder.MultilineRecursiveToStringStyle;
import org.apache.commons.lang3.builder.RecursiveToStringStyle;
import org.apache.commons.lang3.builder.ReflectionToStringBuilder;
import org.junit.jupiter.api.Test;

/**
 * Serializers and printers that read fields by reflection, which a user may point at an object
 * holding a secret by accident (no redact4j module installed): none of them may write the value.
 * Secrets hold their value in a transient field, which every one of them skips by default.
 */
class ReflectiveSerializersTest {
  private static final String PASSWORD = "Canary-Pw-7Qz3";
  private static final String KEY = "Canary-Key-9Xw2";

  /** A bean a user might hand to any of these libraries. */
  public static final class DbConfig {
    private String user = "bob";
    private SecretString password = SecretString.of("Default-Pw-1");
    private SecretBytes key = SecretBytes.of(new byte[] {1, 2, 3});

    public String getUser() {
      return user;
    }

    public void setUser(String user) {
      this.user = user;
    }

    public SecretString getPassword() {
      return password;
    }

    public void setPassword(SecretString password) {
      this.password = password;
    }

    public SecretBytes getKey() {
      return key;
    }

    public void setKey(SecretBytes key) {
      this.key = key;
    }
  }

  private static DbConfig config() {
    DbConfig config = new DbConfig();
    config.setPassword(SecretString.of(PASSWORD));
    config.setKey(SecretBytes.of(KEY.getBytes(StandardCharsets.UTF_8)));
    return config;
  }

  /** The value as Gson and commons-lang write a char[] or byte[] element by element, and whole. */
  private static List<String> traces() {
    List<String> traces = new ArrayList<>(List.of(PASSWORD, KEY));
    for (String value : List.of(PASSWORD, KEY)) {
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      StringBuilder chars = new StringBuilder();
      StringBuilder numbers = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        chars.append(i == 0 ? "" : ",").append(value.charAt(i));
        numbers.append(i == 0 ? "" : ",").append(bytes[i]);
      }
      traces.add(chars.toString());
      traces.add(numbers.toString());
      traces.add("\"" + String.join("\",\"", value.substring(0, 4).split("")) + "\"");
      traces.add(java.util.Base64.getEncoder().encodeToString(bytes).substring(0, 8));
    }
    return traces;
  }

  private static void assertNoValue(String output) {
    String compact = output.replaceAll("\\s", "");
    for (String trace : traces()) {
      assertThat(compact).as("output %s", output).doesNotContain(trace.replaceAll("\\s", ""));
    }
  }

  @Test
  void gsonWritesSecretsAsEmptyObjects() {
    Gson gson = new Gson();
    String json = gson.toJson(config());
    assertNoValue(json);
    assertThat(json).isEqualTo("{\"user\":\"bob\",\"password\":{},\"key\":{}}");
    assertThat(gson.toJson(SecretString.of(PASSWORD))).isEqualTo("{}");
    assertNoValue(new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(config()));
  }

  @Test
  void gsonReadsBackASecretWithoutAValue() {
    // As docs/secrets.md says: Gson builds it without a constructor, so it holds nothing to reveal.
    DbConfig back = new Gson().fromJson("{\"user\":\"bob\",\"password\":{}}", DbConfig.class);
    assertThat(back.getPassword()).hasToString(SecretString.MASK);
    org.assertj.core.api.Assertions.assertThatThrownBy(back.getPassword()::reveal)
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void reflectionToStringBuilderShowsNoValueInAnyStyle() {
    DbConfig config = config();
    assertNoValue(ReflectionToStringBuilder.toString(config));
    assertNoValue(ReflectionToStringBuilder.toString(config.getPassword()));
    assertNoValue(ReflectionToStringBuilder.toString(config.getKey()));
    assertNoValue(ReflectionToStringBuilder.toString(config, new RecursiveToStringStyle()));
    assertNoValue(ReflectionToStringBuilder.toString(config, new MultilineRecursiveToStringStyle()));
  }

  @Test
  void reflectionHashCodeCannotTestGuesses() {
    // An unkeyed hash of the characters would let anyone check a guess offline.
    assertThat(HashCodeBuilder.reflectionHashCode(SecretString.of(PASSWORD)))
        .isEqualTo(HashCodeBuilder.reflectionHashCode(SecretString.of("another value")));
    assertThat(HashCodeBuilder.reflectionHashCode(SecretBytes.of(KEY.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(HashCodeBuilder.reflectionHashCode(SecretBytes.of(new byte[] {7})));
  }

  @Test
  void jacksonWithoutTheModuleWritesNoValue() throws Exception {
    // What docs/secrets.md states: the only bean property Jackson finds is isDestroyed().
    assertThat(new ObjectMapper().writeValueAsString(config())).isEqualTo(
        "{\"user\":\"bob\",\"password\":{\"destroyed\":false},\"key\":{\"destroyed\":false}}");
    ObjectMapper fields = new ObjectMapper()
        .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
    assertNoValue(fields.writeValueAsString(config()));
  }

  @Test
  void xmlEncoderWritesNoValue() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Exception> problems = new ArrayList<>();
    try (XMLEncoder encoder = new XMLEncoder(out)) {
      encoder.setExceptionListener(problems::add);
      encoder.writeObject(config());
    }
    assertNoValue(out.toString(StandardCharsets.UTF_8));
    problems.forEach(p -> assertNoValue(String.valueOf(p)));
  }
}
