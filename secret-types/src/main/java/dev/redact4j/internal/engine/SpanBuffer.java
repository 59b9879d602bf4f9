package dev.redact4j.internal.engine;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Spans to hide in one text, with the rule of each. Thread-confined; created only when a text has
 * at least one finding, so clean text allocates nothing.
 */
public final class SpanBuffer {
  /** A span masked by the rule's mask. */
  public static final byte TYPED = 0;
  /** A span hidden character for character by {@code *}, so that a table keeps its shape (a hex dump's text). */
  public static final byte STARS = 1;
  /** As {@link #STARS}, but blanks stay: the spaces between a hex dump's byte cells, not part of any byte. */
  public static final byte STARS_KEEP_BLANKS = 2;
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private int[] rules = new int[8];
  private int size;
  /** Per span, its kind; null while every span is {@link #TYPED}. */
  private byte @Nullable [] kinds;
  private boolean failed;
  private boolean normalized = true;
  /**
   * Per rule: 0 for specific formats, 1 for generic context rules. Rules past the end (the known secrets
   * a {@code Redactor} adds) rank last: where a rule found the same span, its name says more.
   */
  private final int[] rank;

  /** A buffer whose merges prefer no rule over another. */
  public SpanBuffer() {
    this(new int[0]);
  }

  /**
   * @param rank per rule index, lower wins when two merged parts are equal in length; not copied
   */
  public SpanBuffer(int[] rank) {
    this.rank = rank;
  }

  public void add(int start, int end, int rule) {
    add(start, end, rule, TYPED);
  }

  /** Adds a span of {@code kind} ({@link #TYPED}, {@link #STARS} or {@link #STARS_KEEP_BLANKS}). */
  public void add(int start, int end, int rule, byte kind) {
    if (end <= start) {
      return;
    }
    if (size == starts.length) {
      int n = size * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      rules = Arrays.copyOf(rules, n);
      if (kinds != null) {
        kinds = Arrays.copyOf(kinds, n);
      }
    }
    if (kind != TYPED && kinds == null) {
      kinds = new byte[starts.length];
    }
    if (kinds != null) {
      kinds[size] = kind;
    }
    if (size > 0 && start < ends[size - 1]) {
      normalized = false;
    }
    starts[size] = start;
    ends[size] = end;
    rules[size] = rule;
    size++;
  }

  /** Marks the whole text as unsafe: a detector failed, so nothing of it may be shown. */
  public void fail() {
    failed = true;
  }

  public boolean failed() {
    return failed;
  }

  public int size() {
    normalize();
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public int rule(int i) {
    return rules[i];
  }

  /** The kind of span {@code i}: {@link #TYPED} unless it was added as one of the star kinds. */
  public byte kind(int i) {
    return kinds == null ? TYPED : kinds[i];
  }

  /** Appends {@code *} for each character of {@code text[start, end)}; {@link #STARS_KEEP_BLANKS} keeps blanks. */
  public static void appendStars(CharSequence text, int start, int end, byte kind, StringBuilder out) {
    for (int i = start; i < end; i++) {
      out.append(kind == STARS_KEEP_BLANKS && text.charAt(i) == ' ' ? ' ' : '*');
    }
  }

  /**
   * Sorts by start and merges overlapping spans, so that no fragment of a secret is shown between
   * two masks. A merged span keeps the rule of its longest part; between parts of equal length, the
   * more specific rule ({@code github-pat-classic} rather than {@code token-assignment}).
   */
  private void normalize() {
    if (normalized) {
      return;
    }
    normalized = true;
    // O(n log n) whatever the arrival order: known-secret spans arrive after all rule spans.
    long[] order = new long[size];
    for (int i = 0; i < size; i++) {
      order[i] = ((long) starts[i] << 32) | i;
    }
    Arrays.sort(order);
    int[] s = new int[size];
    int[] e = new int[size];
    int[] r = new int[size];
    byte[] oldKinds = kinds;
    byte[] k = oldKinds == null ? null : new byte[size];
    int w = -1;
    for (long packed : order) {
      int i = (int) packed;
      if (w >= 0 && starts[i] < e[w]) {
        int len = ends[i] - starts[i];
        int kept = e[w] - s[w];
        if (len > kept || (len == kept && rankOf(rules[i]) < rankOf(r[w]))) {
          r[w] = rules[i];
        }
        e[w] = Math.max(e[w], ends[i]);
        if (k != null && k[w] != oldKinds[i]) {
          k[w] = TYPED; // a star span overlapping another kind: the rule's mask hides the whole of both
        }
      } else {
        w++;
        s[w] = starts[i];
        e[w] = ends[i];
        r[w] = rules[i];
        if (k != null) {
          k[w] = oldKinds[i];
        }
      }
    }
    starts = s;
    ends = e;
    rules = r;
    kinds = k;
    size = w + 1;
  }

  private int rankOf(int rule) {
    return rule < rank.length ? rank[rule] : Integer.MAX_VALUE;
  }
}
