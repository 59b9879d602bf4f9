package dev.redact4j.internal.engine;

/**
 * A token passed as a subprotocol of a WebSocket's opening handshake ({@code Sec-WebSocket-Protocol: access_token,
 * <token>}), the way browser clients send credentials, since they cannot set {@code Authorization} on a WebSocket.
 * The header's value is a comma-separated list of items; an item is hidden when the one before it names a token
 * ({@code access_token}, {@code token}, {@code bearer}, {@code authorization}, {@code jwt}) and it is no plain word,
 * or when one of its dot-separated parts looks generated: then from that part to the item's end
 * ({@code Authorization.<jwt>}, Kubernetes' {@code base64url.bearer.authorization.k8s.io.<token>}). Subprotocol
 * names ({@code v12.stomp}, {@code graphql-transport-ws}, {@code wamp.2.json}) and placeholders stay.
 *
 * <p>Reads at most {@value #MAX_HEADER} characters after the anchor, never past a line break, and stops where the
 * anchor occurs again; allocates nothing.
 */
public final class WebSocketProtocolDetector implements Detector {
  private static final int MAX_HEADER = 4096;
  private static final KeyNames.Words TOKEN_WORDS = new KeyNames.Words(
      "access_token", "access-token", "token", "bearer", "authorization", "auth", "jwt");

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorStart > 0 && KeyNames.isAlnum(text.charAt(anchorStart - 1))) {
      return NO_MATCH;
    }
    int limit = Math.min(n, anchorEnd + MAX_HEADER);
    int i = anchorEnd;
    while (i < limit && i < anchorEnd + 3 && (KeyValueDetector.isQuote(text.charAt(i)) || text.charAt(i) == '\\')) {
      i++; // a quoted name: "Sec-WebSocket-Protocol": "...", headers.put(\"Sec-WebSocket-Protocol\", ...)
    }
    boolean quoted = i > anchorEnd;
    i = KeyValueDetector.skipBlanks(text, i);
    // a comma parts a quoted name from its value, header("Sec-WebSocket-Protocol", "v"); after a bare name it
    // parts a list of header names (Access-Control-Allow-Headers: Sec-WebSocket-Protocol, Authorization, ...)
    if (i >= limit || text.charAt(i) != ':' && text.charAt(i) != '=' && (text.charAt(i) != ',' || !quoted)) {
      return NO_MATCH;
    }
    i = KeyValueDetector.skipBlanks(text, i + 1);
    if (i < limit && text.charAt(i) == '\\') {
      i++;
    }
    if (i < limit && KeyValueDetector.isQuote(text.charAt(i))) {
      i++;
    }
    boolean afterTokenWord = false;
    while (i < limit && !Detector.anchorAgain(text, i, anchorStart, anchorEnd)) {
      int end = itemEnd(text, i, limit, anchorStart, anchorEnd);
      if (end == i) {
        return NO_MATCH; // a placeholder ([REDACTED], <token>, ${TOKEN}), a closing quote, the line's end
      }
      int start = afterTokenWord && end - i >= 8 && ValueShapes.looksSecret(text, i, end, 20)
          && !ValueShapes.isPlaceholder(text, i, end) ? i : generatedPart(text, i, end);
      if (start >= 0) {
        return Detector.pack(start, end);
      }
      afterTokenWord = TOKEN_WORDS.contains(text, i, end);
      i = KeyValueDetector.skipBlanks(text, end);
      if (i >= limit || text.charAt(i) != ',') {
        return NO_MATCH;
      }
      i = KeyValueDetector.skipBlanks(text, i + 1);
    }
    return NO_MATCH;
  }

  /** Where the first dot-separated part of the item {@code text[s, e)} that looks generated starts, or -1. */
  private static int generatedPart(CharSequence text, int s, int e) {
    int part = s;
    for (int k = s; k <= e; k++) {
      if (k == e || text.charAt(k) == '.') {
        if (ValueShapes.looksGenerated(text, part, k)) {
          return part;
        }
        part = k + 1;
      }
    }
    return -1;
  }

  /**
   * The end of the subprotocol item at {@code i}: RFC 6455 tokens, and a token's base64 and dots; it ends where
   * the anchor occurs again, whose own hit reads what follows.
   */
  private static int itemEnd(CharSequence text, int i, int limit, int anchorStart, int anchorEnd) {
    while (i < limit && !Detector.anchorAgain(text, i, anchorStart, anchorEnd)) {
      char c = text.charAt(i);
      if (KeyNames.isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '=') {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  @Override
  public int window() {
    return MAX_HEADER + 40; // blanks after the last item read past the limit: at most 32
  }
}
