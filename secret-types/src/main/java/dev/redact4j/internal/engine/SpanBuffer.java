package dev.redact4j.internal.engine;

import java.util.Arrays;

/**
 * Spans to hide in one text, with the rule of each. Thread-confined; created only when a text has
 * at least one finding, so clean text allocates nothing.
 */
public final class SpanBuffer {
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private int[] rules = new int[8];
  private int size;
  private boolean failed;
  private boolean normalized = true;

  public void add(int start, int end, int rule) {
    if (end <= start) {
      return;
    }
    if (size == starts.length) {
      int n = size * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      rules = Arrays.copyOf(rules, n);
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

  /**
   * Sorts by start and merges overlapping spans, so that no fragment of a secret is
   * shown between two masks. A merged span keeps the rule of its longest part.
   */
  private void normalize() {
    if (normalized) {
      return;
    }
    normalized = true;
    // Insertion sort: spans arrive almost sorted and are few.
    for (int i = 1; i < size; i++) {
      int s = starts[i];
      int e = ends[i];
      int r = rules[i];
      int j = i - 1;
      while (j >= 0 && starts[j] > s) {
        starts[j + 1] = starts[j];
        ends[j + 1] = ends[j];
        rules[j + 1] = rules[j];
        j--;
      }
      starts[j + 1] = s;
      ends[j + 1] = e;
      rules[j + 1] = r;
    }
    int w = 0;
    for (int i = 1; i < size; i++) {
      if (starts[i] < ends[w]) {
        if (ends[i] - starts[i] > ends[w] - starts[w]) {
          rules[w] = rules[i];
        }
        ends[w] = Math.max(ends[w], ends[i]);
      } else {
        w++;
        starts[w] = starts[i];
        ends[w] = ends[i];
        rules[w] = rules[i];
      }
    }
    size = size == 0 ? 0 : w + 1;
  }
}
