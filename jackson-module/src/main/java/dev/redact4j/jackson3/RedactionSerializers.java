package dev.redact4j.jackson3;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.redact4j.SecretBytes;
import dev.redact4j.SecretString;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.net.URI;
import java.net.URL;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;

/**
 * Serializers for the secret types, for {@code JsonNode} trees and, when scanning, for strings and
 * the string-like types in {@link #SCANNED_AS_TEXT}.
 */
final class RedactionSerializers extends Serializers.Base {
  /**
   * Types Jackson writes as their {@code toString()} text that often carry credentials: a URL's user
   * info, a message built in a buffer. Scanned like strings.
   */
  private static final Set<Class<?>> SCANNED_AS_TEXT =
      Set.of(URI.class, URL.class, StringBuilder.class, StringBuffer.class);

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
    if (strings != null && SCANNED_AS_TEXT.contains(raw)) {
      return new ScanningToStringSerializer(raw, settings.redactor());
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
