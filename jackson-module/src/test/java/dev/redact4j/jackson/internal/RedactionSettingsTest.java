package dev.redact4j.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.jackson.RedactionFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionSettingsTest {
  private static final RedactionSettings DEFAULTS = RedactionSettings.defaults();

  @ParameterizedTest
  @ValueSource(strings = {"name", "Name", "NAME", "nAmE", "key", "Key", "KEY"})
  void entryNameFields(String field) {
    assertThat(RedactionSettings.isEntryNameField(field)).isTrue();
    assertThat(RedactionSettings.isEntryValueField(field)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"value", "Value", "VALUE"})
  void entryValueFields(String field) {
    assertThat(RedactionSettings.isEntryValueField(field)).isTrue();
    assertThat(RedactionSettings.isEntryNameField(field)).isFalse();
  }

  @ParameterizedTest
  // The Kelvin sign lower-cases to k; only ASCII case is ignored.
  @ValueSource(strings = {"", "nam", "names", "keys", "values", "val", "n@me", "\u212Aey", "name ", "value_"})
  void otherFieldsAreNeither(String field) {
    assertThat(RedactionSettings.isEntryNameField(field)).isFalse();
    assertThat(RedactionSettings.isEntryValueField(field)).isFalse();
  }

  @Test
  void onlyStringsNameAnEntry() {
    assertThat(DEFAULTS.isSensitiveEntryName("DB_PASSWORD")).isTrue();
    assertThat(DEFAULTS.isSensitiveEntryName("DB_PASSWORD_FILE")).isFalse();
    assertThat(DEFAULTS.isSensitiveEntryName(new StringBuilder("password"))).isFalse();
    assertThat(DEFAULTS.isSensitiveEntryName(List.of("password"))).isFalse();
    assertThat(DEFAULTS.isSensitiveEntryName(null)).isFalse();
    RedactionSettings.Builder off = new RedactionSettings.Builder();
    off.disable(RedactionFeature.MASK_SENSITIVE_NAMES);
    assertThat(off.build().isSensitiveEntryName("password")).isFalse();
  }

  @Test
  void mapsWithNothingToMaskAreReturnedThemselves() {
    Map<String, Object> nullValue = new LinkedHashMap<>();
    nullValue.put("name", "password");
    nullValue.put("value", null);
    for (Map<?, ?> clean : List.of(Map.of(), Map.of("name", "timeout", "value", "30"), Map.of("name", "password"),
        Map.of("value", "x"), Map.of("name", 7, "value", "x"), nullValue)) {
      assertThat(DEFAULTS.maskEntries(clean)).isSameAs(clean);
    }
  }

  @Test
  void anEntryNamingASecretHasEveryValueFieldMaskedAndNothingElse() {
    Map<Object, Object> entry = new LinkedHashMap<>();
    entry.put("value", "a");
    entry.put("note", "b");
    entry.put("VALUE", "c");
    entry.put("Key", "region");
    entry.put("name", "apiToken");
    entry.put("Value", null);
    Map<?, ?> masked = DEFAULTS.maskEntries(entry);
    String m = RedactionSettings.MASK;
    assertThat(masked).hasToString("{value=" + m + ", note=b, VALUE=" + m + ", Key=region, name=apiToken, Value=null}");
    assertThat(entry.get("value")).isEqualTo("a");
  }

  /** Enum constants are names, as map keys anywhere. */
  enum Field { NAME, VALUE }

  @Test
  void enumKeysNameEntriesToo() {
    Map<Field, String> entry = new java.util.EnumMap<>(Field.class);
    entry.put(Field.NAME, "password");
    entry.put(Field.VALUE, "x");
    assertThat(DEFAULTS.maskEntries(entry)).isEqualTo(Map.of(Field.NAME, "password", Field.VALUE, RedactionSettings.MASK));
  }
}
