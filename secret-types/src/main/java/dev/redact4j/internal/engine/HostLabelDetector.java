package dev.redact4j.internal.engine;

/**
 * The first label of a host under a vendor domain (the anchor, such as {@code .cloudant.com}), where
 * that label is an account name: {@code https://<account>.cloudant.com}. Only the label is hidden; the
 * domain stays readable. The label must start the host: after {@code //}, {@code @}, a blank, a quote,
 * {@code =} or the start of the text; the domain must end the host.
 *
 * <p>Reads at most 64 characters before the anchor and one after it; allocates nothing.
 */
public final class HostLabelDetector implements Detector {
  private static final int MAX_LABEL = 63;
  private static final CharClass LABEL = CharClass.of("A-Za-z0-9_-");

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorEnd < n && (KeyNames.isAlnum(text.charAt(anchorEnd)) || text.charAt(anchorEnd) == '-')) {
      return NO_MATCH; // x.cloudant.company.org: another domain
    }
    int limit = Math.max(0, anchorStart - MAX_LABEL - 1);
    int s = anchorStart;
    while (s > limit && LABEL.contains(text.charAt(s - 1))) {
      s--;
    }
    int length = anchorStart - s;
    if (length == 0 || length > MAX_LABEL) {
      return NO_MATCH;
    }
    if (s > 0) {
      char before = text.charAt(s - 1);
      if (!(before == '/' || before == '@' || before <= ' ' || before == '"' || before == '\'' || before == '=')) {
        return NO_MATCH; // user:password.cloudant.com is not a host
      }
    }
    return Detector.pack(s, anchorStart);
  }

  @Override
  public int window() {
    return MAX_LABEL + 2;
  }
}
