package dev.redact4j.internal.engine;

/**
 * The base64 initial response of an SMTP, IMAP or POP3 SASL exchange, as mail debug traces print the
 * client's command (JavaMail with {@code mail.debug.auth}, Python's {@code smtplib}, {@code curl -v}):
 * {@code AUTH PLAIN <base64 of authzid NUL user NUL password>}, {@code AUTH XOAUTH2 <base64 of
 * user=... ^A auth=Bearer ... ^A ^A>} (also {@code OAUTHBEARER}), IMAP's
 * {@code A1 AUTHENTICATE PLAIN <base64>}. The command word is {@code AUTH} or {@code AUTHENTICATE} at a
 * word start, in any case (as typed into {@code openssl s_client}: {@code auth plain <base64>}), and the
 * response must decode to its mechanism's shape (PLAIN: exactly two NUL separators and a password after
 * them; the OAuth mechanisms: an {@code auth=} field),
 * so {@code AUTH LOGIN <base64 user name>} and base64 of anything else pass.
 *
 * <p>Reads at most {@value #MAX_RESPONSE} + 24 characters after the anchor; allocates nothing.
 */
public final class SaslResponseDetector implements Detector {
  static final int MAX_RESPONSE = 4096;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorEnd - anchorStart != 4 && anchorEnd - anchorStart != 12
        || anchorStart > 0 && KeyNames.isAlnum(text.charAt(anchorStart - 1))) {
      return NO_MATCH; // the anchor is AUTH or AUTHENTICATE, in any case
    }
    int i = anchorEnd;
    boolean plain;
    if (KeyNames.regionEqualsIgnoreCase(text, i, " plain ")) {
      plain = true;
      i += 7;
    } else if (KeyNames.regionEqualsIgnoreCase(text, i, " xoauth2 ")) {
      plain = false;
      i += 9;
    } else if (KeyNames.regionEqualsIgnoreCase(text, i, " oauthbearer ")) {
      plain = false;
      i += 13;
    } else {
      return NO_MATCH;
    }
    int start = i;
    int limit = Math.min(n, start + MAX_RESPONSE);
    while (i < limit && (KeyNames.isAlnum(text.charAt(i)) || text.charAt(i) == '+' || text.charAt(i) == '/')) {
      i++;
    }
    int padded = Math.min(limit, i + 2);
    while (i < padded && text.charAt(i) == '=') {
      i++;
    }
    if (i - start < 8 || i < n && KeyNames.isAlnum(text.charAt(i))) {
      return NO_MATCH; // too short, or a run longer than we read
    }
    return decodesToResponse(text, start, i, plain) ? Detector.pack(start, i) : NO_MATCH;
  }

  /**
   * Whether {@code text[start, end)} decodes to a PLAIN response ({@code plain}: two NUL bytes, the
   * last not at the end, every other byte printable or UTF-8) or an OAuth one (bytes printable or
   * {@code ^A}, holding {@code auth=}).
   */
  private static boolean decodesToResponse(CharSequence text, int start, int end, boolean plain) {
    int bits = 0;
    int buffer = 0;
    int nuls = 0;
    int last = -1;
    int matched = 0;
    boolean found = false;
    String needle = "auth=";
    for (int i = start; i < end; i++) {
      int v = Validators.base64Value(text.charAt(i));
      if (v < 0) {
        break;
      }
      buffer = (buffer << 6) | v;
      bits += 6;
      if (bits < 8) {
        continue;
      }
      bits -= 8;
      int b = (buffer >> bits) & 0xff;
      last = b;
      if (b == 0 && plain) {
        nuls++;
      } else if (b == 1 && !plain) {
        matched = 0;
      } else if (b < 0x20 || b == 0x7f) {
        return false;
      } else if (!plain && !found) {
        matched = b == needle.charAt(matched) ? matched + 1 : b == 'a' ? 1 : 0;
        found = matched == needle.length();
      }
    }
    return plain ? nuls == 2 && last != 0 : found;
  }

  /**
   * The command word ({@code AUTH}, or {@code AUTHENTICATE}, an anchor of its own) is followed by a blank:
   * {@code authentication} and {@code authenticated}, common in ordinary logs, cost no call.
   */
  @Override
  public boolean rejectsAnchorFollowedBy(String literal, char c) {
    return c != ' ';
  }

  @Override
  public int window() {
    return MAX_RESPONSE + 24;
  }
}
