package dev.redact4j.jackson3;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.redact4j.SecretBytes;
import dev.redact4j.SecretString;
import dev.redact4j.jackson.internal.RedactionSettings;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;

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
  public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
      BeanDescription.Supplier beanDescRef, JsonFormat.@Nullable Value formatOverrides) {
    Class<?> raw = type.getRawClass();
    if (raw == SecretString.class) {
      return SecretSerializers.StringSerializer.INSTANCE;
    }
    if (raw == SecretBytes.class) {
      return SecretSerializers.BytesSerializer.INSTANCE;
    }
    if (raw == String.class) {
      return strings;
    }
    return null;
  }

  @Override
  public @Nullable ValueSerializer<?> findTreeNodeSerializer(SerializationConfig config, JavaType type,
      BeanDescription.Supplier beanDescRef, JsonFormat.@Nullable Value formatOverrides) {
    if (JsonNode.class.isAssignableFrom(type.getRawClass()) && (settings.masksNames() || settings.scansStrings())) {
      return trees;
    }
    return null;
  }
}
