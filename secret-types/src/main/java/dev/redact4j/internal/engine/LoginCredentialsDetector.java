package dev.redact4j.internal.engine;

/**
 * The password of a {@code user:password} or {@code user/password} pair (or {@code user / password})
 * that follows the word {@code login} in prose, as people hand over an account in chat, tickets and
 * runbooks: {@code login with bob:<v>}, {@code Login as deploy:<v>}, {@code login: admin / <v>},
 * {@code staging login = ops:<v>}. Only a password with a secret's make-up counts ({@link
 * ProseValues#proseWord}: letters and digits, both cases or a symbol, or 16 characters), so a host and
 * its port, a path ({@code login: admin/dashboard}) and a placeholder stay; the user is shown.
 *
 * <p>Reads at most 8 characters after the anchor, then the pair's user (64) and password (129); allocates
 * nothing.
 */
public final class LoginCredentialsDetector implements Detector {
  private static final int MAX_USER = 64;
  private static final int MAX_PASSWORD = 129;
  /** What links {@code login} to its pair. */
  private static final String[] LINKS = {" with ", " as ", ": ", " = ", "="};

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorStart > 0 && KeyNames.isAlnum(text.charAt(anchorStart - 1))) {
      return NO_MATCH;
    }
    int user = -1;
    for (String link : LINKS) {
      if (KeyNames.regionEqualsIgnoreCase(text, anchorEnd, link)) {
        user = anchorEnd + link.length();
        break;
      }
    }
    if (user < 0 || user >= n) {
      return NO_MATCH;
    }
    int limit = Math.min(n, user + MAX_USER);
    int j = user;
    while (j < limit && userChar(text.charAt(j))) {
      j++;
    }
    if (j == user || j >= n) {
      return NO_MATCH;
    }
    int secretAt;
    if (text.charAt(j) == ':' || text.charAt(j) == '/') {
      secretAt = j + 1; // bob:<v>, admin/<v>
    } else if (KeyNames.regionEquals(text, j, " / ")) {
      secretAt = j + 3; // admin / <v>
    } else {
      return NO_MATCH;
    }
    if (secretAt >= n || ProseValues.proseWord(text, secretAt, 8) != secretAt) {
      return NO_MATCH; // no generated value: host:8080, admin/dashboard, user:<password>
    }
    int end = ValueEnds.blankAfter(text, secretAt, MAX_PASSWORD);
    return Detector.pack(secretAt, ValueEnds.trailingPunctuationStart(text, secretAt, end));
  }

  /** A user name's characters: letters, digits and {@code . _ - @ +}. */
  private static boolean userChar(char c) {
    return KeyNames.isAlnum(c) || c == '.' || c == '_' || c == '-' || c == '@' || c == '+';
  }

  @Override
  public boolean rejectsAnchorAfter(char c) {
    return KeyNames.isAlnum(c);
  }

  @Override
  public int window() {
    return 8 + MAX_USER + 3 + MAX_PASSWORD;
  }
}
