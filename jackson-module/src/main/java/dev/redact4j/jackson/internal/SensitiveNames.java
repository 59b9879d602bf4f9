package dev.redact4j.jackson.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a property, map key or JSON field name announces a secret.
 *
 * <p>A name is normalized (lower case, without {@code _}, {@code -}, {@code .} and spaces) and is
 * sensitive when it <em>ends with</em> one of the words, unless it is one of the exempt names.
 * Ending-with catches {@code dbPassword}, {@code X-Api-Key} and {@code client_secret} while leaving
 * {@code passwordPolicy} and {@code tokenCount} alone, whose meaning is about the secret, not the
 * secret itself. Immutable and thread-safe.
 */
public final class SensitiveNames {
  /** The built-in words, normalized. */
  public static final List<String> BUILT_IN = List.of(
      "password", "passwd", "pwd", "passphrase", "secret", "secretkey", "token", "apikey",
      "accesskey", "authorization", "credential", "credentials", "privatekey", "cookie");

  private final String[] words;
  private final Set<String> exempt;

  SensitiveNames(Collection<String> words, Collection<String> exempt) {
    this.words = words.toArray(String[]::new);
    this.exempt = Set.copyOf(exempt);
  }

  static SensitiveNames of(Collection<String> added, Collection<String> exempt) {
    Set<String> all = new LinkedHashSet<>(BUILT_IN);
    all.addAll(added);
    return new SensitiveNames(all, exempt);
  }

  /**
   * True if {@code name} announces a secret. Allocation-free unless a word matches: map keys and
   * tree fields are checked on every write.
   */
  public boolean isSensitive(String name) {
    // Every word is at least three characters long.
    if (name.length() < 3) {
      return false;
    }
    for (String w : words) {
      if (endsWith(name, w)) {
        return exempt.isEmpty() || !exempt.contains(normalize(name));
      }
    }
    return false;
  }

  /** Whether the normalized form of {@code name} ends with the (normalized) {@code word}. */
  private static boolean endsWith(String name, String word) {
    int j = word.length() - 1;
    for (int i = name.length() - 1; i >= 0 && j >= 0; i--) {
      char c = name.charAt(i);
      if (isSeparator(c)) {
        continue;
      }
      if (Character.toLowerCase(c) != word.charAt(j)) {
        return false;
      }
      j--;
    }
    return j < 0;
  }

  private static boolean isSeparator(char c) {
    return c == '_' || c == '-' || c == '.' || c == ' ';
  }

  /** Lower case without {@code _ - .} and spaces; the same instance when already normal. */
  public static String normalize(String name) {
    boolean clean = true;
    for (int i = 0; i < name.length() && clean; i++) {
      char c = name.charAt(i);
      clean = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
    if (clean) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (isSeparator(c)) {
        continue;
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }
}
