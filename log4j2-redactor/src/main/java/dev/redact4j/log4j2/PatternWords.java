package dev.redact4j.log4j2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.plugins.util.PluginManager;
import org.apache.logging.log4j.core.config.plugins.util.PluginType;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.PatternConverter;
import org.jspecify.annotations.Nullable;

/**
 * The conversion words of a pattern's text, including those nested in another converter's options
 * ({@code %enc{%m}{CRLF}}, {@code %highlight{%custom}}), which the top-level parse of the pattern
 * does not show. For configuration time only: it collects the converter plugins on each call.
 */
final class PatternWords {
  /**
   * {@code %word}, after optional padding and truncation (group 2, {@code .N} or {@code .-N});
   * {@code %%} is a literal percent sign.
   */
  private static final Pattern CONVERSION_WORD = Pattern.compile("%(%|-?\\d*(\\.-?\\d+)?([A-Za-z]+))");

  private PatternWords() {}

  /**
   * The converter class of every conversion word in {@code conversionPattern}, in order, resolved as
   * Log4j does (the longest key that starts the word); null for a word no converter claims.
   */
  static List<@Nullable Class<?>> converters(@Nullable Configuration config, String conversionPattern) {
    PluginManager manager = new PluginManager(PatternConverter.CATEGORY);
    manager.collectPlugins(config == null ? null : config.getPluginPackages());
    Map<String, Class<?>> byKey = new HashMap<>();
    for (PluginType<?> type : manager.getPlugins().values()) {
      ConverterKeys keys = type.getPluginClass().getAnnotation(ConverterKeys.class);
      if (keys != null) {
        for (String key : keys.value()) {
          byKey.putIfAbsent(key, type.getPluginClass());
        }
      }
    }
    List<@Nullable Class<?>> converters = new ArrayList<>();
    Matcher m = CONVERSION_WORD.matcher(conversionPattern);
    while (m.find()) {
      String word = m.group(3);
      if (word == null) {
        continue; // %%
      }
      Class<?> converter = null;
      for (int length = word.length(); length > 0 && converter == null; length--) {
        converter = byKey.get(word.substring(0, length));
      }
      converters.add(converter);
    }
    return converters;
  }

  /**
   * The converter class of every conversion word in {@code conversionPattern} (nested ones included)
   * that is followed by an option, as in {@code %X{password}}; null for a word no converter claims.
   */
  static List<@Nullable Class<?>> withOption(@Nullable Configuration config, String conversionPattern) {
    List<@Nullable Class<?>> all = converters(config, conversionPattern);
    List<@Nullable Class<?>> withOption = new ArrayList<>();
    Matcher m = CONVERSION_WORD.matcher(conversionPattern);
    int i = 0;
    while (m.find()) {
      if (m.group(3) == null) {
        continue; // %%, not in converters()
      }
      if (m.end() < conversionPattern.length() && conversionPattern.charAt(m.end()) == '{') {
        withOption.add(all.get(i));
      }
      i++;
    }
    return withOption;
  }

  /**
   * Whether a conversion word in {@code conversionPattern}, nested ones included, has a precision
   * ({@code %.30m}, {@code %-10.-20X{key}}), which cuts what it prints to that many characters.
   */
  static boolean truncates(String conversionPattern) {
    Matcher m = CONVERSION_WORD.matcher(conversionPattern);
    while (m.find()) {
      if (m.group(2) != null) {
        return true;
      }
    }
    return false;
  }
}
