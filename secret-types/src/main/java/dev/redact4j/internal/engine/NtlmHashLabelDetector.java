package dev.redact4j.internal.engine;

/**
 * A Windows password hash under its label, as credential dumpers and capture tools print it at the
 * anchor {@code NT}: mimikatz' {@code * NTLM     : <32 hex>} and {@code Hash NTLM: <32 hex>},
 * pypykatz' {@code NT: <32 hex>}, an {@code NT hash: <32 hex>}, John's {@code $NT$<32 hex>} (with the
 * cracked password after a colon), and Responder's {@code NTLMv2-SSP Hash     : user::DOMAIN:…}. An NT
 * hash logs in as its user (pass-the-hash) and a captured NTLMv1/v2 response is cracked offline, so both
 * are secrets.
 *
 * <p>The label is {@code NT} or {@code NTLM}, optionally {@code v1}/{@code v2}, {@code -SSP} and a
 * {@code hash} word, then aligned blanks and {@code :} or {@code =}. After {@code NT}/{@code NTLM} the
 * value is exactly 32 hex digits, so {@code NTLM : (null)} and {@code NTLM: enabled} stay; after a
 * versioned label it is a {@code user::DOMAIN:…} response. Reads at most {@link #window()} characters
 * after the anchor; allocates nothing.
 */
public final class NtlmHashLabelDetector implements Detector {
  private static final int MAX_BLANKS = 24;
  private static final int NT_HASH = 32;
  /** A cracked password after John's {@code $NT$<hash>:} runs to the end of its line, up to this. */
  private static final int MAX_PLAIN = 256;
  /** Responder's NTLMv2 response holds its client blob; a few hundred hex digits, seldom more than 1,000. */
  private static final int MAX_RESPONSE = 2048;
  /** Shortest NTLMv1/v2 response: user, {@code ::}, domain and at least a 16-hex challenge and 32-hex proof. */
  private static final int MIN_RESPONSE = 50;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorStart > 0 && KeyNames.isAlnum(text.charAt(anchorStart - 1))) {
      return NO_MATCH;
    }
    if (anchorStart > 0 && text.charAt(anchorStart - 1) == '$' && anchorEnd < n && text.charAt(anchorEnd) == '$') {
      return johnHash(text, anchorEnd + 1, n);
    }
    int i = anchorEnd;
    boolean versioned = false;
    if (startsWith(text, i, "LM")) {
      i += 2;
      if (startsWith(text, i, "v1") || startsWith(text, i, "v2")) {
        i += 2;
        versioned = true;
      }
      if (startsWith(text, i, "-SSP")) {
        i += 4;
        versioned = true;
      }
    }
    if (i < n && KeyNames.isAlnum(text.charAt(i))) {
      return NO_MATCH; // NTFS, NTLMSSP: another word
    }
    i = blanks(text, i, n);
    if (startsWithHash(text, i)) {
      i = blanks(text, i + 4, n);
    }
    if (i >= n || text.charAt(i) != ':' && text.charAt(i) != '=') {
      return NO_MATCH;
    }
    int start = blanks(text, i + 1, n);
    return versioned ? response(text, start, n) : ntHash(text, start, n);
  }

  /** Exactly 32 hex digits, not part of a longer word. */
  private static long ntHash(CharSequence text, int start, int n) {
    int end = CharClass.HEX.skip(text, start, Math.min(n, start + NT_HASH + 1));
    if (end - start != NT_HASH || end < n && KeyNames.isAlnum(text.charAt(end))) {
      return NO_MATCH;
    }
    return Detector.pack(start, end);
  }

  /** {@code $NT$<32 hex>}, and John's or hashcat's {@code :<cracked password>} to the end of the line. */
  private static long johnHash(CharSequence text, int start, int n) {
    long hash = ntHash(text, start, n);
    if (hash == NO_MATCH) {
      return NO_MATCH;
    }
    int end = start + NT_HASH;
    if (end < n && text.charAt(end) == ':') {
      int limit = Math.min(n, end + 1 + MAX_PLAIN);
      int j = end + 1;
      while (j < limit && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
        j++;
      }
      end = j;
    }
    return Detector.pack(start, end);
  }

  /** A {@code user::DOMAIN:…} response: a run of non-blank characters holding {@code ::}. */
  private static long response(CharSequence text, int start, int n) {
    int limit = Math.min(n, start + MAX_RESPONSE + 1);
    int end = start;
    boolean pair = false;
    while (end < limit && text.charAt(end) > ' ') {
      pair |= end > start && text.charAt(end) == ':' && text.charAt(end - 1) == ':';
      end++;
    }
    if (!pair || end - start < MIN_RESPONSE || end - start > MAX_RESPONSE) {
      return NO_MATCH;
    }
    return Detector.pack(start, end);
  }

  private static int blanks(CharSequence text, int i, int n) {
    int limit = Math.min(n, i + MAX_BLANKS);
    while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** {@code hash}, {@code Hash} or {@code HASH} as a word at {@code i}. */
  private static boolean startsWithHash(CharSequence text, int i) {
    int n = text.length();
    if (i + 4 > n || i + 4 < n && KeyNames.isAlnum(text.charAt(i + 4))) {
      return false;
    }
    return startsWith(text, i, "hash") || startsWith(text, i, "Hash") || startsWith(text, i, "HASH");
  }

  private static boolean startsWith(CharSequence text, int i, String word) {
    if (i + word.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (text.charAt(i + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean rejectsAnchorAfter(char c) {
    return KeyNames.isAlnum(c);
  }

  /** Between the label and the hash lie only the label's words, blanks and its colon. */
  @Override
  public boolean keyBeforeSpan() {
    return true;
  }

  @Override
  public int window() {
    return 2 * MAX_BLANKS + 16 + MAX_RESPONSE + MAX_PLAIN + 1;
  }
}
