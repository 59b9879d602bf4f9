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
import java.net.URI;
import java.net.URL;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
    if (strings != null && SCANNED_AS_TEXT.contains(raw)) {
      return new ScanningToStringSerializer(raw, settings.redactor());
    }
    if (JsonNode.class.isAssignableFrom(raw) && (settings.masksNames() || settings.scansStrings())) {
      return trees;
    }
    return null;
  }
}
