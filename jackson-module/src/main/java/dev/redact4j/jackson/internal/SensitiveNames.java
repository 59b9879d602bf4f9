package dev.redact4j.jackson.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a property, map key or JSON field name announces a secret.
 *
 * <p>A name is normalized (lower case, without {@code _}, {@code -}, {@code .}, {@code :}, {@code /} and
 * spaces) and is
 * sensitive when it <em>ends with</em> one of the words, or with a short form that is a word of its own
 * ({@code DB_PASS}, {@code smtpPass}, {@code pw}), unless it is one of the exempt names;
 * trailing digits ({@code password2}) and trailing {@code [...]} indexes ({@code passwords[0]}) aside.
 * Ending-with catches {@code dbPassword}, {@code X-Api-Key} and {@code client_secret} while leaving
 * {@code passwordPolicy} and {@code tokenCount} alone, whose meaning is about the secret, not the
 * secret itself. Thread-safe; its decisions never change (the only mutable part is a bounded cache
 * of names already found not sensitive, which can only skip work, never change an answer).
 */
public final class SensitiveNames {
  /** The built-in words, normalized. */
  public static final List<String> BUILT_IN = List.of(
      "password", "passwd", "pwd", "passphrase", "secret", "secretkey", "token", "apikey",
      "accesskey", "authorization", "credential", "credentials", "privatekey", "cookie",
      // a sign-up form's second copy, a list of them, a card's security code
      "passwords", "passwordconfirmation", "passwordconfirm", "passwordrepeat", "passwordagain", "cvv", "cvc",
      "securitycode", "passcode",
      // several secrets kept together (a list or map of them), named as the core engine reads them as
      // keys; bare "tokens" stays out, since an LLM's "prompt_tokens" is a count
      "secrets", "apikeys", "accesskeys", "secretkeys", "privatekeys", "passphrases", "passcodes",
      "accesstokens", "refreshtokens", "authtokens", "apitokens", "cookies",
      // key material named by its use, as the core engine reads these keys; a bare "key" stays out
      // ("partitionKey", "publicKey"), and so does a name ending with what locates a key ("signingKeyId")
      "signingkey", "encryptionkey", "decryptionkey", "masterkey", "hmackey", "sharedkey", "accountkey",
      "subscriptionkey", "aeskey", "privkey", "privatekeypem", "jwt", "otpseed", "mfaseed");

  /**
   * Short forms that count only as a word of their own ({@code DB_PASS}, {@code smtpPass}, {@code pw}),
   * as the core engine counts them: as mere endings they would catch {@code bypass} and {@code compass}.
   */
  static final List<String> WORDS_OF_THEIR_OWN = List.of("pass", "pw");

  /**
   * The words by their last character, non-ASCII ones under index 0: a name is compared only with
   * the words that end like it.
   */
  private final String[][] wordsByLastChar = new String[128][];
  private final Set<String> exempt;

  /**
   * Names recently found not sensitive, by {@code hashCode}, compared by identity: map keys and tree
   * fields are usually the same {@code String} instances call after call (literals, Jackson's
   * canonicalized field names), so most checks become one array read. Fixed size, so any number of
   * distinct keys costs no more memory; slots are overwritten freely. Racy on purpose: a reference
   * write is atomic and a slot only ever holds a name this instance decided is not sensitive, so a
   * reader sees either a correct entry or a miss. Per instance, so never shared between
   * differently configured modules.
   */
  private final String[] notSensitive = new String[CACHE_SLOTS];
  static final int CACHE_SLOTS = 256;
  /** Longer names are not cached, so the cache keeps at most {@code 256 * 64} chars alive. */
  static final int CACHE_MAX_LENGTH = 64;

  SensitiveNames(Collection<String> words, Collection<String> exempt) {
    for (String w : words) {
      int last = w.charAt(w.length() - 1);
      last = last < 128 ? last : 0;
      String[] bucket = wordsByLastChar[last];
      String[] grown = bucket == null ? new String[1] : java.util.Arrays.copyOf(bucket, bucket.length + 1);
      grown[grown.length - 1] = w;
      wordsByLastChar[last] = grown;
    }
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
    int length = name.length();
    // Every word is at least two characters long.
    if (length < 2) {
      return false;
    }
    if (length > CACHE_MAX_LENGTH) {
      return decide(name);
    }
    int slot = name.hashCode() & (CACHE_SLOTS - 1);
    if (notSensitive[slot] == name) {
      return false;
    }
    boolean sensitive = decide(name);
    if (!sensitive) {
      notSensitive[slot] = name;
    }
    return sensitive;
  }

  /**
   * {@link #isSensitive} for a name that is data, such as the {@code "DB_PASSWORD"} in
   * {@code {"name":"DB_PASSWORD","value":"..."}}: never cached, because such text is rarely the
   * same instance twice (so caching would only evict the field names that are) and the cache must
   * not keep values from the caller's data alive.
   */
  public boolean isSensitiveUncached(String name) {
    return name.length() >= 2 && decide(name);
  }

  /** {@link #isSensitive} without the cache; {@code name} has at least three chars. */
  private boolean decide(String name) {
    int end = name.length();
    if (decide(name, end, false) || decide(name, end, true)) {
      return true;
    }
    int indexed = withoutTrailingIndexes(name);
    return indexed < end && (decide(name, indexed, false) || decide(name, indexed, true));
  }

  /**
   * Where {@code name} ends without its trailing {@code [...]} groups: Spring flattens a list or map
   * in configuration to {@code app.passwords[0]} or {@code app.credentials[github]}, which an
   * {@code Environment} dump writes as names. A group at the very start is no index.
   */
  private static int withoutTrailingIndexes(String name) {
    int end = name.length();
    while (end > 0 && name.charAt(end - 1) == ']') {
      int open = name.lastIndexOf('[', end - 2);
      if (open <= 0 || name.indexOf(']', open) != end - 1) {
        break;
      }
      end = open;
    }
    return end;
  }

  /**
   * Decides on {@code name[0, end)}; with {@code skipDigits}, trailing digits aside
   * ({@code password2}), and false when there are none.
   */
  private boolean decide(String name, int end, boolean skipDigits) {
    int i = end - 1;
    boolean skipped = false;
    while (i >= 0 && (isSeparator(name.charAt(i)) || skipDigits && Character.isDigit(name.charAt(i)))) {
      skipped |= Character.isDigit(name.charAt(i));
      i--;
    }
    if (skipDigits && !skipped) {
      return false;
    }
    char last = i < 0 ? 0 : Character.toLowerCase(name.charAt(i));
    String[] candidates = wordsByLastChar[last < 128 ? last : 0];
    boolean matched = false;
    for (int k = 0; candidates != null && k < candidates.length && !matched; k++) {
      matched = endsWith(name, i + 1, candidates[k]);
    }
    if (!matched && !endsWithWordOfItsOwn(name, i + 1)) {
      return false;
    }
    return exempt.isEmpty() || !exempt.contains(normalize(end == name.length() ? name : name.substring(0, end)));
  }

  /**
   * Whether {@code name[0, end)} ends with one of {@link #WORDS_OF_THEIR_OWN} (any case) that starts
   * the name, follows a separator or starts a word in camel case ({@code dbPass}, {@code DBPass}).
   */
  private static boolean endsWithWordOfItsOwn(String name, int end) {
    for (String w : WORDS_OF_THEIR_OWN) {
      int start = end - w.length();
      if (start < 0 || !name.regionMatches(true, start, w, 0, w.length())) {
        continue;
      }
      if (start == 0 || isSeparator(name.charAt(start - 1))) {
        return true;
      }
      char first = name.charAt(start);
      char before = name.charAt(start - 1);
      boolean nextLower = start + 1 < end && Character.isLowerCase(name.charAt(start + 1));
      if (Character.isUpperCase(first)
          && (Character.isLowerCase(before) || Character.isDigit(before) || nextLower)) {
        return true;
      }
    }
    return false;
  }

  /** How many names the cache holds now; for tests. */
  int cachedNames() {
    int n = 0;
    for (String s : notSensitive) {
      if (s != null) {
        n++;
      }
    }
    return n;
  }

  /** Whether the normalized form of {@code name[0, end)} ends with the (normalized) {@code word}. */
  private static boolean endsWith(String name, int end, String word) {
    int j = word.length() - 1;
    for (int i = end - 1; i >= 0 && j >= 0; i--) {
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

  /** {@code :} and {@code /} part configuration keys and secret-store paths ({@code Smtp:Pass}, {@code app/db/pw}). */
  private static boolean isSeparator(char c) {
    return c == '_' || c == '-' || c == '.' || c == ' ' || c == ':' || c == '/';
  }

  /** Lower case without {@code _ - . : /} and spaces; the same instance when already normal. */
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
