package dev.redact4j.internal.engine;

/**
 * An SNMP community string, which is v1/v2c's password, in the lines that set one: Net-SNMP's
 * {@code rocommunity <community> [source]} and {@code rwcommunity}, Cisco IOS's
 * {@code snmp-server community <community> RO} and Junos' {@code set snmp community <community>},
 * anchored on {@code community }. The community is the next word; the defaults {@code public} and
 * {@code private}, placeholders and words shorter than four stay. Prose ({@code the community edition})
 * has none of these heads.
 *
 * <p>On the anchor {@code snmp}, a Net-SNMP client's command line ({@code snmpwalk -v2c -c <community> host},
 * {@code snmpget -v3 -A <auth-pass> -X <priv-pass> host}): the value of the first of {@code -c}, {@code -A},
 * {@code -X}, as {@link CommandLineDetector} reads options. Not on the agents {@code snmpd} and
 * {@code snmptrapd}, whose {@code -c} names a configuration file.
 *
 * <p>Reads at most {@value #MAX_HEAD} characters before the anchor and {@value #MAX_VALUE} after it (a
 * command line as far as {@link CommandLineDetector} reads one); allocates nothing.
 */
public final class SnmpCommunityDetector implements Detector {
  private static final int MAX_HEAD = 24;
  private static final int MAX_VALUE = 128;
  /** The length of the command-line anchor {@code snmp}; the directives' anchor is {@code community }. */
  private static final int COMMAND_ANCHOR = 4;
  private static final CommandLineDetector CLIENT_OPTIONS = new CommandLineDetector("-c", "-A", "-X");

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    if (anchorEnd - anchorStart == COMMAND_ANCHOR) {
      return clientCommand(text, anchorStart, anchorEnd);
    }
    if (!directive(text, anchorStart)) {
      return NO_MATCH;
    }
    int n = text.length();
    int start = anchorEnd;
    while (start < n && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    char quote = start < n && (text.charAt(start) == '"' || text.charAt(start) == '\'') ? text.charAt(start) : 0;
    if (quote != 0) {
      start++;
    }
    int limit = Math.min(n, start + MAX_VALUE);
    int end = start;
    while (end < limit && text.charAt(end) > ' ' && text.charAt(end) != quote && text.charAt(end) != '"') {
      end++;
    }
    // a community is one word of four or more that starts with a letter or digit: not "community or", "(public"
    if (end - start < 4 || !KeyNames.isAlnum(text.charAt(start)) || end == limit && limit < n
        || KeyNames.equalsIgnoreCase(text, start, end, "public")
        || KeyNames.equalsIgnoreCase(text, start, end, "private") || ValueShapes.isPlaceholder(text, start, end)) {
      return NO_MATCH;
    }
    return Detector.pack(start, end);
  }

  /**
   * The community or pass phrase on a Net-SNMP client's command line that the anchor {@code snmp} starts at a word
   * start; the defaults ({@code -c public}) and the agents ({@code snmpd -c file}) stay.
   */
  private static long clientCommand(CharSequence text, int anchorStart, int anchorEnd) {
    if (anchorStart > 0 && KeyNames.isAlnum(text.charAt(anchorStart - 1)) || agent(text, anchorEnd, "d")
        || agent(text, anchorEnd, "trapd")) {
      return NO_MATCH;
    }
    long span = CLIENT_OPTIONS.match(text, anchorStart, anchorEnd);
    if (span != NO_MATCH && (KeyNames.equalsIgnoreCase(text, Detector.start(span), Detector.end(span), "public")
        || KeyNames.equalsIgnoreCase(text, Detector.start(span), Detector.end(span), "private"))) {
      return NO_MATCH;
    }
    return span;
  }

  /** Whether the word after {@code snmp} at {@code at} ends with {@code rest}: {@code snmpd}, {@code snmptrapd}. */
  private static boolean agent(CharSequence text, int at, String rest) {
    int end = at + rest.length();
    return KeyNames.regionEqualsIgnoreCase(text, at, rest)
        && (end == text.length() || !KeyNames.isAlnum(text.charAt(end)));
  }

  /** Whether a directive that sets a community ends at {@code at}: {@code rocommunity}, {@code snmp-server }. */
  private static boolean directive(CharSequence text, int at) {
    if (at >= 2 && (KeyNames.regionEquals(text, at - 2, "ro") || KeyNames.regionEquals(text, at - 2, "rw"))) {
      int j = at - 2;
      while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
        j--;
      }
      return j == 0 || text.charAt(j - 1) == '\n' || text.charAt(j - 1) == '\r'; // a directive starts its line
    }
    int floor = Math.max(0, at - MAX_HEAD);
    return at - 12 >= floor && KeyNames.regionEquals(text, at - 12, "snmp-server ")
        || at - 9 >= floor && KeyNames.regionEquals(text, at - 9, "set snmp ");
  }

  @Override
  public int window() {
    return Math.max(MAX_HEAD + MAX_VALUE + 16, CLIENT_OPTIONS.window());
  }
}
