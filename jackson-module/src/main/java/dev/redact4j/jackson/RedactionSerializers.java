package dev.redact4j.jackson;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.Serializers;
import dev.redact4j.SecretBytes;
import dev.redact4j.SecretString;
import dev.redact4j.jackson.internal.RedactionSettings;
import org.jspecify.annotations.Nullable;

/** Serializers for the secret types, for {@code JsonNode} trees and, when scanning, for strings. */
final class RedactionSerializers extends Serializers.Base {
  private final RedactionSettings settings;
  private final @Nullable ScanningStringSerializer strings;
  private final TreeSerializer trees;

  RedactionSerializers(RedactionSettings settings) {
    this.settings = settings;
    this.strings = settings.scansStrings() ? new ScanningStringSerializer(settings.redactor()) : null;
    this.trees = new TreeSerializer(settings);
  }

  @Override
  public @Nullable JsonSerializer<?> findSerializer(
      SerializationConfig config, JavaType type, BeanDescription beanDesc) {
    Class<?> raw = type.getRawClass();
    if (raw == SecretString.class) {
      return SecretStringSerializer.INSTANCE;
    }
    if (raw == SecretBytes.class) {
      return SecretBytesSerializer.INSTANCE;
    }
    if (raw == String.class) {
      return strings;
    }
    if (JsonNode.class.isAssignableFrom(raw) && (settings.masksNames() || settings.scansStrings())) {
      return trees;
    }
    return null;
  }
}
