package dev.redact4j.internal.engine;

/**
 * The hashes of a pwdump row at its closing {@code :::} (anchored at its first two colons), as Impacket's
 * secretsdump, Meterpreter's hashdump and CrackMapExec's {@code --sam}/{@code --ntds} print every account:
 * {@code user:rid:<LM hash>:<NT hash>:::}, and the {@code name:::<NT hash>} of a gMSA dump. An NT hash
 * logs in as its user (pass-the-hash), so it is a secret; so is an LM hash other than the one of the
 * empty password ({@code aad3b435…}), which every modern row holds and which stays. The NT hash of the
 * empty password ({@code 31d6cfe0…}, Guest, disabled accounts) is no secret either: such a row stays.
 *
 * <p>Reads at most {@link #window()} characters around the anchor; allocates nothing.
 */
public final class PwdumpRowDetector implements Detector {
  private static final int HASH = 32;
  private static final String EMPTY_LM = "aad3b435b51404eeaad3b435b51404ee";
  private static final String EMPTY_NT = "31d6cfe0d16ae931b73c59d7e0c089c0";

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    if (anchorEnd >= text.length() || text.charAt(anchorEnd) != ':') {
      return NO_MATCH; // "::" alone: a C++ or Rust path, an IPv6 address
    }
    int ntStart = anchorStart - HASH;
    if (ntStart >= 1 && isHash(text, ntStart) && text.charAt(ntStart - 1) == ':') {
      // user:rid:lm:nt::: — the LM hash too, unless it is the empty password's
      int lmStart = ntStart - 1 - HASH;
      boolean lm = lmStart >= 1 && isHash(text, lmStart) && text.charAt(lmStart - 1) == ':'
          && !KeyNames.regionEqualsIgnoreCase(text, lmStart, EMPTY_LM);
      if (KeyNames.regionEqualsIgnoreCase(text, ntStart, EMPTY_NT) && !lm) {
        return NO_MATCH;
      }
      return Detector.pack(lm ? lmStart : ntStart, anchorStart);
    }
    // name$:::nt, a gMSA's hash as gMSADumper prints it
    int start = anchorEnd + 1;
    int end = start + HASH;
    if (end <= text.length() && isHash(text, start) && (end == text.length() || !KeyNames.isAlnum(text.charAt(end)))
        && anchorStart > 0 && text.charAt(anchorStart - 1) == '$'
        && !KeyNames.regionEqualsIgnoreCase(text, start, EMPTY_NT)) {
      return Detector.pack(start, end);
    }
    return NO_MATCH;
  }

  /** 32 hex digits at {@code start} that no hex digit or letter extends on the left. */
  private static boolean isHash(CharSequence text, int start) {
    if (start < 0 || start + HASH > text.length() || start > 0 && KeyNames.isAlnum(text.charAt(start - 1))) {
      return false;
    }
    return CharClass.HEX.skip(text, start, start + HASH) == start + HASH;
  }

  /** A row's NT hash ends in a hex digit before the anchor, a gMSA's name in {@code $}. */
  @Override
  public boolean rejectsAnchorAfter(char c) {
    return !CharClass.HEX.contains(c) && c != '$';
  }

  /** The anchor is a row's first two closing colons: a third follows (C++ and Rust paths, IPv6 have none). */
  @Override
  public boolean rejectsAnchorFollowedBy(String literal, char c) {
    return c != ':';
  }

  @Override
  public int window() {
    return 2 * HASH + 3;
  }
}
