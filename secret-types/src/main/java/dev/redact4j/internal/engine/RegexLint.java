package dev.redact4j.internal.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Refuses user regexes with the shape behind most catastrophic backtracking: a repeated group that
 * itself contains a repetition, such as {@code (a+)+}, {@code (\w*\s?)*} or {@code (x+y?){2,}}. A
 * syntactic check; the read budget of {@link RegexDetector} catches what it lets through.
 */
public final class RegexLint {
  private RegexLint() {}

  /** Returns a description of the problem and its fix, or null when the regex passes. */
  public static @Nullable String problem(String regex) {
    Deque<boolean[]> groups = new ArrayDeque<>(); // [0]: holds an unbounded quantifier
    boolean lastGroupRepeats = false;
    boolean inClass = false;
    int n = regex.length();
    for (int i = 0; i < n; i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 < n && regex.charAt(i + 1) == 'Q') {
          int end = regex.indexOf("\\E", i + 2);
          i = end < 0 ? n : end + 1;
        } else {
          i++;
        }
        lastGroupRepeats = false;
        continue;
      }
      if (inClass) {
        if (c == ']') {
          inClass = false;
        }
        continue;
      }
      switch (c) {
        case '[':
          inClass = true;
          if (i + 1 < n && regex.charAt(i + 1) == ']') {
            i++;
          }
          lastGroupRepeats = false;
          break;
        case '(':
          groups.push(new boolean[1]);
          lastGroupRepeats = false;
          break;
        case ')':
          boolean[] g = groups.isEmpty() ? new boolean[1] : groups.pop();
          lastGroupRepeats = g[0];
          if (g[0] && !groups.isEmpty()) {
            groups.peek()[0] = true;
          }
          int q = i + 1;
          if (q < n && isUnboundedQuantifier(regex, q) && lastGroupRepeats) {
            return "its regex repeats a group that already repeats (like (a+)+), which can take exponential"
                + " time; rewrite it without the nested repetition, e.g. (a+)+ as a+";
          }
          break;
        case '*':
        case '+':
          if (!groups.isEmpty()) {
            groups.peek()[0] = true;
          }
          lastGroupRepeats = false;
          break;
        case '{':
          if (isUnboundedQuantifier(regex, i) && !groups.isEmpty()) {
            groups.peek()[0] = true;
          }
          lastGroupRepeats = false;
          break;
        default:
          lastGroupRepeats = false;
          break;
      }
    }
    return null;
  }

  /** {@code *}, {@code +}, or a brace quantifier whose upper bound exceeds 1 at {@code i}. */
  private static boolean isUnboundedQuantifier(String regex, int i) {
    char c = regex.charAt(i);
    if (c == '*' || c == '+') {
      return true;
    }
    if (c != '{') {
      return false;
    }
    int close = regex.indexOf('}', i);
    if (close < 0) {
      return false;
    }
    String body = regex.substring(i + 1, close);
    int comma = body.indexOf(',');
    if (comma < 0) {
      return parse(body) > 1;
    }
    String upper = body.substring(comma + 1).strip();
    return upper.isEmpty() || parse(upper) > 1;
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
