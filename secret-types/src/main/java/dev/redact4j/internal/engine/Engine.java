package dev.redact4j.internal.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The compiled rule set: one Aho–Corasick automaton over every anchor of every rule,
 * case-folded, with a flat {@code int[]} transition table. The automaton matches the first
 * characters of a literal anchor, as many as keep the table within {@value #MAX_ENTRY} entries (at most
 * {@value #MAX_DEPTH}); the rest of a longer anchor is compared where those match. A shape anchor
 * (a class per character, such as the start of a card number) runs beside the literals in the same
 * table, and only after a character its rules accept, so a digit in a date costs the scan nothing.
 *
 * <p>{@link #find} makes a single pass over the text. Only where an anchor ends does it call the
 * anchor's detectors, which read a bounded window, so the work is linear in the text length for any
 * input. A key-word anchor (case-insensitive) that starts inside a span already found is not tried
 * again: the text there is hidden anyway, and skipping it keeps floods of key words cheap. An
 * exact-case anchor (a token prefix) is still tried inside another rule's span, so that a token can
 * extend past a value another rule found (an AWS key id followed by its secret), but not inside its
 * own rule's span.
 *
 * <p>Immutable and thread-safe; {@link #find} keeps all its state on the stack.
 */
public final class Engine {
  /**
   * Anchors longer than this enter the automaton with their first characters only; the rest is
   * compared at a hit. Deep states are rarely visited but make the table big, and a small table
   * stays in the first-level cache beside the host's own data.
   */
  private static final int MAX_DEPTH = 8;
  /** Deepest an exact-case literal is matched by the automaton; see {@link Pattern#depthAt}. */
  private static final int EXACT_DEPTH = 4;
  /**
   * At most this many states times classes (a 1 MiB table): the default catalog at full depth takes a
   * fourth of it, and a rule set too big for it is matched less deep rather than held in a table the
   * caches cannot keep. Entries are ints: as fast as 16-bit ones where the measure could tell (the rows
   * clean text visits stay cached either way), with no cap of 65,536 on states times classes.
   */
  private static final int MAX_ENTRY = 1 << 18;
  /**
   * Characters that share one alphabet class. Each is in few anchors, and where an anchor holds one,
   * text seldom holds another of them, so telling them apart in the automaton (a column per class in
   * every state) costs more table than comparing the few hits whose anchor holds one
   * ({@link Pattern#matchesShared}). A shape's characters never share. Chosen by measure: sharing these
   * left the clean-text reads of the test corpus unchanged, sharing {@code /} did not (URLs). The
   * backslash is in one anchor only ({@code :\/\/}, a URL in a JSON string with escaped slashes).
   */
  static final String SHARED = "jqxz*~(+{=$\\";
  /**
   * Digits that share a class with every other of them that each shape treats alike (the card shape
   * tells {@code [2-6]} from the rest, nothing else does): ten digit columns in every state cost more
   * table than comparing the few hits on the literals that hold one. Not 0, 2 and 5, which the escapes
   * that {@link Escapes#mayEndIn} reads in a state's text name ({@code %25}, backslash-u00).
   */
  static final String GROUPED_DIGITS = "1346789";
  /** Text is copied into this many characters at a time, so the hot loop reads a plain array. */
  private static final int CHUNK = 2048;
  /** Below this many characters a chunk is scanned as one lane, below the next as two: splits cost a catch-up each. */
  private static final int MIN_SPLIT = 32;
  private static final int MIN_THREE_LANES = 256;
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private final Rule[] rules;
  /** Merge preference per rule: user regex rules (0), then specific formats (1), then generic context rules (2). */
  private final int[] rank;
  /** Per rule: whether its values are looked for again elsewhere in their line ({@link Repeats}). */
  private final boolean[] echoed;
  /** Per rule: its detector, null for whole-text rules; read at every hit without loading the rule. */
  private final @Nullable Detector[] detectors;
  /**
   * Character to alphabet class, for every char: 0 for characters that occur in no anchor. The letters
   * beyond ASCII of anchors ({@code пароль}, {@code 密码}), in both cases, share two classes, Han and
   * Hangul syllables, and the letters of alphabets (so that the short Chinese and Korean words are not
   * reported at every run of Cyrillic or kana letters), and a hit on a literal that holds one compares
   * its characters. A table of every char, 64 KiB, is one load without a branch per character; only the
   * lines text uses are read.
   */
  private final byte[] classOf;
  private final int alphabet;
  /**
   * {@code table[state + class]}: the next state, premultiplied by the alphabet size. States from
   * {@link #reporting} on report patterns. One load and one comparison per character on the hot path.
   */
  private final int[] table;
  /** How many characters of a case-insensitive literal the automaton matches (fewer of an exact-case one). */
  private final int depth;
  /** Whether the shape anchors run whole in the automaton, not from their first class only. */
  private final boolean shaped;
  /** The first premultiplied state that reports: every state from here on has patterns in {@link #outputs}. */
  private final int reporting;
  /**
   * Patterns ending in each state (own and via suffix links), by state number; null for most states.
   * A premultiplied state becomes its number without a division: see {@link #stateNumber}.
   */
  private final Pattern[][] outputs;
  private final Pattern[] patterns;
  /** The pattern of {@link HexDumps#MARKER}, which no rule reads: a hit means a dump to read after the scan. */
  private final Pattern dumpMarker;
  /** {@code alphabet == odd << alphabetTwos}; {@code oddInverse * odd == 1} modulo 2^32. */
  private final int alphabetTwos;
  private final int oddInverse;
  /** Whole-text rules and which of them must always run (no anchors). */
  private final int[] wholeTextRules;
  private final boolean hasUnconditionalWholeText;

  private Engine(List<Rule> ruleList) {
    this.rules = ruleList.toArray(new Rule[0]);
    this.rank = new int[rules.length];
    this.echoed = new boolean[rules.length];
    this.detectors = new Detector[rules.length];
    for (int r = 0; r < rules.length; r++) {
      Rule rule = rules[r];
      rank[r] = rule.wholeText() != null ? 0 : "generic".equals(rule.group()) ? 2 : 1;
      echoed[r] = rule.detector() == null || !rule.detector().findsEveryOccurrence();
      detectors[r] = rule.detector();
    }

    // Distinct anchors become patterns; each pattern knows its rules.
    Map<Anchor, List<Integer>> patternToRules = new LinkedHashMap<>();
    List<Integer> whole = new ArrayList<>();
    boolean unconditional = false;
    for (int r = 0; r < rules.length; r++) {
      Rule rule = rules[r];
      if (rule.wholeText() != null) {
        whole.add(r);
        unconditional |= rule.anchors().isEmpty();
      }
      for (Anchor a : rule.anchors()) {
        List<Integer> rs = patternToRules.computeIfAbsent(a, k -> new ArrayList<>());
        if (!rs.contains(r)) {
          rs.add(r);
        }
      }
    }
    this.patterns = new Pattern[patternToRules.size() + 1];
    int p = 0;
    for (Map.Entry<Anchor, List<Integer>> e : patternToRules.entrySet()) {
      patterns[p++] = new Pattern(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray(), rules);
    }
    // A hex dump's first row, seen by the automaton as any anchor is: clean text pays nothing for it.
    this.dumpMarker = new Pattern(Anchor.exact(HexDumps.MARKER), new int[0], rules);
    patterns[p] = dumpMarker;
    this.wholeTextRules = whole.stream().mapToInt(Integer::intValue).toArray();
    this.hasUnconditionalWholeText = unconditional;

    // Alphabet: one class per folded character used by some anchor, class 0 for all others.
    byte[] classes = new byte[Character.MAX_VALUE + 1];
    int next = 1;
    int sharedClass = 0;
    Map<String, Integer> digitGroups = new HashMap<>();
    for (Pattern pattern : patterns) {
      for (char c = 0; c < 128; c++) {
        if (pattern.uses(c) && classes[fold(c)] == 0) {
          if (next > 127) {
            throw new IllegalStateException("Too many distinct anchor characters");
          }
          if (SHARED.indexOf(fold(c)) >= 0 && !inShape(patterns, c)) {
            if (sharedClass == 0) {
              sharedClass = next++;
            }
            classes[fold(c)] = (byte) sharedClass;
          } else if (GROUPED_DIGITS.indexOf(c) >= 0) {
            String shapes = shapeSignature(patterns, c);
            Integer group = digitGroups.get(shapes);
            if (group == null) {
              group = next++;
              digitGroups.put(shapes, group);
            }
            classes[c] = (byte) (int) group;
          } else {
            classes[fold(c)] = (byte) next++;
          }
        }
      }
    }
    for (int c = 'A'; c <= 'Z'; c++) {
      classes[c] = classes[c + 32];
    }
    int[] wide = new int[2]; // Han and Hangul, then every other script
    for (Pattern pattern : patterns) {
      for (char c : pattern.literal.toCharArray()) {
        if (c >= 128 && classes[c] == 0) {
          Character.UnicodeScript script = Character.UnicodeScript.of(c);
          int group = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL ? 0 : 1;
          if (wide[group] == 0) {
            wide[group] = next++;
          }
          for (char form : new char[] {c, Character.toLowerCase(c), Character.toUpperCase(c)}) {
            if (form >= 128) {
              classes[form] = (byte) wide[group];
            }
          }
        }
      }
    }
    this.classOf = classes;
    this.alphabet = next;

    // The deepest automaton whose table fits MAX_ENTRY entries, with shapes if one fits; a depth of 1
    // without shapes always does (at most 128 states of 127 classes, twice). The default catalog fits
    // the deepest, so that is tried first: a cold start builds one automaton.
    Automaton built = null;
    for (int d = MAX_DEPTH; built == null && d > 0; d--) {
      built = Automaton.build(patterns, classes, sharedClass, wide, alphabet, d, true);
    }
    for (int d = MAX_DEPTH; built == null; d--) {
      built = Automaton.build(patterns, classes, sharedClass, wide, alphabet, d, false);
    }
    this.depth = built.depth;
    this.shaped = built.shaped;
    this.table = built.table;
    this.outputs = built.outputs;
    this.reporting = built.reporting;
    for (Pattern pattern : patterns) {
      pattern.truncate(built.depth, built.shaped, classes, sharedClass);
    }
    this.alphabetTwos = Integer.numberOfTrailingZeros(alphabet);
    this.oddInverse = inverse(alphabet >>> alphabetTwos);
  }

  /** The transition table and its outputs, built for one depth. */
  private static final class Automaton {
    final int[] table;
    final Pattern[][] outputs;
    final int reporting;
    final int depth;
    /** Whether patterns with a shape were built with it (else as plain literals). */
    final boolean shaped;

    private Automaton(int[] table, Pattern[][] outputs, int reporting, int depth, boolean shaped) {
      this.table = table;
      this.outputs = outputs;
      this.reporting = reporting;
      this.depth = depth;
      this.shaped = shaped;
    }

    /**
     * Builds the automaton over the first {@code depth} characters of each pattern, and over each
     * shaped pattern whole if {@code shaped}; returns null if its table would need more than
     * {@link #MAX_ENTRY} entries.
     */
    static @Nullable Automaton build(Pattern[] patterns, byte[] classOf, int sharedClass, int[] wideClasses,
        int alphabet, int depth, boolean shaped) {
      // Trie over folded, truncated patterns; shaped ones run beside it (ShapeAutomaton).
      List<int[]> gotoRows = new ArrayList<>();
      List<List<Integer>> out = new ArrayList<>();
      List<String> labels = new ArrayList<>(); // the folded text that leads to each state
      gotoRows.add(newRow(alphabet));
      out.add(new ArrayList<>());
      labels.add("");
      List<Pattern> withShape = new ArrayList<>();
      for (int i = 0; i < patterns.length; i++) {
        Pattern pattern = patterns[i];
        if (pattern.shape.length > 0) {
          if (shaped) {
            withShape.add(pattern);
          } else {
            for (char c = 0; c < 128; c++) { // the first class only, as one-character literals
              if (pattern.shape[0].contains(c)) {
                insert(String.valueOf((char) fold(c)), 1, i, gotoRows, out, labels, classOf, alphabet);
              }
            }
          }
          continue;
        }
        insert(pattern.literal, pattern.depthAt(depth), i, gotoRows, out, labels, classOf, alphabet);
      }
      int states = gotoRows.size();
      if ((long) states * alphabet > MAX_ENTRY) {
        return null;
      }

      // Breadth-first: failure links, then a complete DFA.
      int[] fail = new int[states];
      int[] delta = new int[states * alphabet];
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      int[] root = gotoRows.get(0);
      for (int c = 0; c < alphabet; c++) {
        if (root[c] >= 0) {
          delta[c] = root[c];
          queue.add(root[c]);
        }
      }
      while (!queue.isEmpty()) {
        int s = queue.poll();
        out.get(s).addAll(out.get(fail[s]));
        int[] row = gotoRows.get(s);
        for (int c = 0; c < alphabet; c++) {
          int t = row[c];
          if (t < 0) {
            delta[s * alphabet + c] = delta[fail[s] * alphabet + c];
          } else {
            delta[s * alphabet + c] = t;
            fail[t] = delta[fail[s] * alphabet + c];
            queue.add(t);
          }
        }
      }
      Pattern[][] ending = new Pattern[states][];
      for (int s = 0; s < states; s++) {
        List<Integer> o = out.get(s);
        if (!o.isEmpty()) {
          ending[s] = o.stream().distinct().map(i -> patterns[i]).toArray(Pattern[]::new);
        }
      }
      // Whether a transition reports is known per transition: mayOutput looks at the state it comes from.
      boolean[] report = new boolean[delta.length];
      for (int i = 0; i < delta.length; i++) {
        report[i] = ending[delta[i]] != null
            && mayOutput(labels.get(i / alphabet), ending[delta[i]], depth, classOf, sharedClass);
      }
      if (!withShape.isEmpty()) {
        ShapeAutomaton shapes = new ShapeAutomaton(withShape.toArray(new Pattern[0]), classOf, alphabet, wideClasses);
        Product product = Product.of(delta, ending, report, shapes, alphabet);
        if (product == null) {
          return null;
        }
        states = product.ending.length;
        delta = product.delta;
        ending = product.ending;
        report = product.report;
      }

      // So that the hot loop tests the state alone, states are renumbered: first every state
      // entered by a silent transition (and the root), then every state entered by a reporting one;
      // a state entered both ways is in both ranges, with the same row.
      boolean[] enteredSilently = new boolean[states];
      boolean[] enteredReporting = new boolean[states];
      enteredSilently[0] = true;
      for (int i = 0; i < delta.length; i++) {
        if (report[i]) {
          enteredReporting[delta[i]] = true;
        } else {
          enteredSilently[delta[i]] = true;
        }
      }
      int[] silentId = new int[states];
      int[] reportingId = new int[states];
      int total = 0;
      for (int s = 0; s < states; s++) {
        silentId[s] = enteredSilently[s] ? total++ : -1;
      }
      int silent = total;
      for (int s = 0; s < states; s++) {
        reportingId[s] = enteredReporting[s] ? total++ : -1;
      }
      if ((long) total * alphabet > MAX_ENTRY) {
        return null;
      }
      int[] table = new int[total * alphabet];
      Pattern[][] outputs = new Pattern[total][];
      int[] row = new int[alphabet];
      for (int s = 0; s < states; s++) {
        for (int c = 0; c < alphabet; c++) {
          int i = s * alphabet + c;
          row[c] = (report[i] ? reportingId[delta[i]] : silentId[delta[i]]) * alphabet;
        }
        if (silentId[s] >= 0) {
          System.arraycopy(row, 0, table, silentId[s] * alphabet, alphabet);
        }
        if (reportingId[s] >= 0) {
          System.arraycopy(row, 0, table, reportingId[s] * alphabet, alphabet);
          outputs[reportingId[s]] = ending[s];
        }
      }
      return new Automaton(table, outputs, silent * alphabet, depth, !withShape.isEmpty());
    }
  }

  /** Adds the first {@code length} characters of {@code s} to the trie, ending in pattern {@code i}. */
  private static void insert(String s, int length, int i, List<int[]> gotoRows, List<List<Integer>> out,
      List<String> labels, byte[] classOf, int alphabet) {
    int state = 0;
    for (int k = 0; k < length; k++) {
      int cls = classOf[fold(s.charAt(k))];
      int[] row = gotoRows.get(state);
      if (row[cls] < 0) {
        row[cls] = gotoRows.size();
        gotoRows.add(newRow(alphabet));
        out.add(new ArrayList<>());
        labels.add(s.substring(0, k + 1).toLowerCase(Locale.ROOT));
      }
      state = row[cls];
    }
    out.get(state).add(i);
  }

  /**
   * The shaped patterns as one automaton of their own: each is a sequence of character sets (a
   * character its rules accept before it, then the shape's classes), and a state is the set of
   * (pattern, matched so far) items that the text's last characters allow, built by subset
   * construction. A state is fixed by the last few characters (at most the longest sequence), so it
   * stays small, and a state entered when one sequence is complete reports it.
   */
  private static final class ShapeAutomaton {
    final int[] delta;
    final List<Pattern[]> complete = new ArrayList<>();

    ShapeAutomaton(Pattern[] shaped, byte[] classOf, int alphabet, int[] wideClasses) {
      // accepts[item][cls]: whether the item's next set holds a character of that class.
      List<boolean[]> accepts = new ArrayList<>();
      int[] first = new int[shaped.length + 1];
      for (int j = 0; j < shaped.length; j++) {
        first[j] = accepts.size();
        Pattern p = shaped[j];
        boolean[] before = new boolean[alphabet];
        before[0] = true; // class 0 holds every non-ASCII character, which no rule rejects
        for (int wide : wideClasses) {
          before[wide] = true; // and so do the classes of the anchors' non-ASCII letters
        }
        for (char c = 0; c < 128; c++) {
          before[classOf[c]] |= !p.rejectsAfter(c);
        }
        accepts.add(before);
        for (CharClass set : p.shape) {
          boolean[] any = new boolean[alphabet];
          for (char c = 0; c < 128; c++) {
            any[classOf[c]] |= set.contains(c);
          }
          accepts.add(any);
        }
      }
      first[shaped.length] = accepts.size();
      int items = accepts.size() + shaped.length; // each sequence's complete item follows its last set

      // The start state has just read an accepted character: the start of the text counts as one.
      BitSet start = new BitSet(items);
      for (int j = 0; j < shaped.length; j++) {
        start.set(first[j] + j + 1);
      }
      Map<BitSet, Integer> ids = new HashMap<>();
      List<BitSet> sets = new ArrayList<>();
      ids.put(start, 0);
      sets.add(start);
      List<int[]> rows = new ArrayList<>();
      for (int s = 0; s < sets.size(); s++) {
        BitSet from = sets.get(s);
        int[] row = new int[alphabet];
        for (int c = 0; c < alphabet; c++) {
          BitSet to = new BitSet(items);
          for (int j = 0; j < shaped.length; j++) {
            int base = first[j] + j; // item index of "nothing matched" for sequence j
            int length = first[j + 1] - first[j];
            for (int k = 0; k < length; k++) {
              if ((k == 0 || from.get(base + k)) && accepts.get(first[j] + k)[c]) {
                to.set(base + k + 1);
              }
            }
          }
          Integer id = ids.get(to);
          if (id == null) {
            id = sets.size();
            ids.put(to, id);
            sets.add(to);
          }
          row[c] = id;
        }
        rows.add(row);
      }
      this.delta = new int[rows.size() * alphabet];
      for (int s = 0; s < rows.size(); s++) {
        System.arraycopy(rows.get(s), 0, delta, s * alphabet, alphabet);
        List<Pattern> done = new ArrayList<>();
        for (int j = 0; j < shaped.length; j++) {
          if (sets.get(s).get(first[j + 1] + j)) {
            done.add(shaped[j]);
          }
        }
        complete.add(done.isEmpty() ? null : done.toArray(new Pattern[0]));
      }
    }
  }

  /** The trie's automaton and the shapes' run side by side: the reachable pairs of their states. */
  private static final class Product {
    final int[] delta;
    final Pattern[][] ending;
    final boolean[] report;

    private Product(int[] delta, Pattern[][] ending, boolean[] report) {
      this.delta = delta;
      this.ending = ending;
      this.report = report;
    }

    /** Null if the pairs would need a table of more than {@link #MAX_ENTRY} entries. */
    static @Nullable Product of(int[] delta, Pattern[][] ending, boolean[] report, ShapeAutomaton shapes,
        int alphabet) {
      int shapeStates = shapes.complete.size();
      // The pair (a, s) is numbered ids[a * shapeStates + s] - 1: arrays, not a map of boxed keys,
      // because a cold start builds this while the JVM still interprets it.
      int[] ids = new int[delta.length / alphabet * shapeStates];
      int[] trieOf = new int[64];
      int[] shapeOf = new int[64];
      int pairs = 1;
      ids[0] = 1;
      List<int[]> rows = new ArrayList<>();
      List<boolean[]> reports = new ArrayList<>();
      for (int p = 0; p < pairs; p++) {
        if ((long) pairs * alphabet > MAX_ENTRY) {
          return null;
        }
        int a = trieOf[p];
        int s = shapeOf[p];
        int[] row = new int[alphabet];
        boolean[] reporting = new boolean[alphabet];
        for (int c = 0; c < alphabet; c++) {
          int a2 = delta[a * alphabet + c];
          int s2 = shapes.delta[s * alphabet + c];
          int key = a2 * shapeStates + s2;
          if (ids[key] == 0) {
            if (pairs == trieOf.length) {
              trieOf = Arrays.copyOf(trieOf, 2 * pairs);
              shapeOf = Arrays.copyOf(shapeOf, 2 * pairs);
            }
            trieOf[pairs] = a2;
            shapeOf[pairs] = s2;
            ids[key] = ++pairs;
          }
          row[c] = ids[key] - 1;
          reporting[c] = report[a * alphabet + c] || shapes.complete.get(s2) != null;
        }
        rows.add(row);
        reports.add(reporting);
      }
      int states = pairs;
      int[] productDelta = new int[states * alphabet];
      boolean[] productReport = new boolean[states * alphabet];
      Pattern[][] productEnding = new Pattern[states][];
      for (int p = 0; p < states; p++) {
        System.arraycopy(rows.get(p), 0, productDelta, p * alphabet, alphabet);
        System.arraycopy(reports.get(p), 0, productReport, p * alphabet, alphabet);
        Pattern[] fromTrie = ending[trieOf[p]];
        Pattern[] fromShapes = shapes.complete.get(shapeOf[p]);
        productEnding[p] = fromShapes == null ? fromTrie : fromTrie == null ? fromShapes : concat(fromTrie, fromShapes);
      }
      return new Product(productDelta, productEnding, productReport);
    }

    private static Pattern[] concat(Pattern[] a, Pattern[] b) {
      Pattern[] both = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, both, a.length, b.length);
      return both;
    }
  }

  /**
   * Whether a transition out of the state reached by {@code from} can yield a hit that its rules do
   * not reject for the character before it. The transition knows the characters before the ones it
   * matched, so digits and short prefixes inside words and numbers (most of the automaton's hits on
   * ordinary text) are dropped here, once, instead of at run time on every occurrence. The states
   * know letters only folded, so a letter counts as rejected only if both of its cases are.
   */
  private static boolean mayOutput(String from, Pattern[] ending, int depth, byte[] classOf, int sharedClass) {
    for (Pattern p : ending) {
      int length = p.shape.length > 0 ? 1 : p.depthAt(depth); // shapes report here only as literals
      // The text ends with from + c, and so does the pattern; the character before the pattern is
      // from[from.length() - length] when the pattern is no longer than from.
      if (length > from.length()) {
        return true;
      }
      char before = from.charAt(from.length() - length);
      if (sharedClass != 0 && before < 128 && classOf[before] == sharedClass) {
        return true; // the text may hold another character of the class there
      }
      char upper = before >= 'a' && before <= 'z' ? (char) (before - 32) : before;
      if (!p.rejectsAfter(before) || !p.rejectsAfter(upper) || !p.rejectsAfterGroupOf(before, classOf)) {
        return true;
      }
      if (Escapes.mayEndIn(from, from.length() - length)) {
        return true; // \neyJ..., %3DeyJ...: the hit path reads the escape (Escapes.before)
      }
    }
    return false;
  }

  /**
   * How each shape treats {@code c}: whether its rules reject it before the shape, and whether each of
   * its classes holds it. Digits with the same signature can share an alphabet class and leave every
   * shape's automaton as it was.
   */
  private static String shapeSignature(Pattern[] patterns, char c) {
    StringBuilder signature = new StringBuilder();
    for (Pattern p : patterns) {
      if (p.shape.length > 0) {
        signature.append(p.rejectsAfter(c) ? '1' : '0');
        for (CharClass set : p.shape) {
          signature.append(set.contains(c) ? '1' : '0');
        }
      }
    }
    return signature.toString();
  }

  /** Whether another character has {@code c}'s class: a digit of a group ({@link #GROUPED_DIGITS}). */
  static boolean grouped(byte[] classOf, int c) {
    for (int k = 0; k < GROUPED_DIGITS.length() && GROUPED_DIGITS.indexOf(c) >= 0; k++) {
      char d = GROUPED_DIGITS.charAt(k);
      if (d != c && classOf[d] == classOf[c]) {
        return true;
      }
    }
    return false;
  }

  private static boolean inShape(Pattern[] patterns, char c) {
    for (Pattern p : patterns) {
      for (CharClass set : p.shape) {
        if (set.contains(c) || set.contains(Character.toUpperCase(c)) || set.contains(Character.toLowerCase(c))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The multiplicative inverse of an odd number modulo 2^32 (Newton's iteration, 5 steps). */
  private static int inverse(int odd) {
    int x = odd; // correct to 3 bits, each step doubles them
    for (int i = 0; i < 5; i++) {
      x *= 2 - odd * x;
    }
    return x;
  }

  /** A premultiplied state's number: an exact division by the alphabet size, without a divide. */
  private int stateNumber(int premultiplied) {
    return (premultiplied >>> alphabetTwos) * oddInverse;
  }

  /**
   * Compiles rules into an engine.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public static Engine compile(List<Rule> rules) {
    Map<String, Rule> seen = new HashMap<>();
    for (Rule r : rules) {
      if (seen.put(r.id(), r) != null) {
        throw new IllegalArgumentException("Two rules have the id '" + r.id() + "'");
      }
    }
    return new Engine(rules);
  }

  private static int[] newRow(int n) {
    int[] row = new int[n];
    Arrays.fill(row, -1);
    return row;
  }

  private static int fold(char c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c < 128 ? c : Character.toLowerCase(c);
  }

  /** How many characters of a case-insensitive literal the automaton matches; the rest is compared at a hit. */
  int depth() {
    return depth;
  }

  /** Whether the shape anchors run whole in the automaton; a table too big for them runs their first class. */
  boolean shaped() {
    return shaped;
  }

  public int ruleCount() {
    return rules.length;
  }

  public Rule rule(int index) {
    return rules[index];
  }

  /**
   * Finds every span to hide.
   *
   * @return null when the text holds nothing to hide (no allocation), otherwise the spans, sorted and
   *     merged; {@link SpanBuffer#failed()} when a detector threw or ran over its budget
   */
  public @Nullable SpanBuffer find(CharSequence text) {
    return find(text, true);
  }

  /**
   * {@link #find(CharSequence)}, with Netty's hex dumps in {@code text} read ({@link HexDumps}) only when
   * {@code readDumps}: a dump's decoded bytes are checked without, so a dump inside a dump is read once.
   */
  @Nullable SpanBuffer find(CharSequence text, boolean readDumps) {
    SpanBuffer found = null;
    boolean dump = false; // a dump's first row seen: read after the scan, which needs the scratch space
    boolean[] wholeTextTriggered = null;
    // Where each rule's last span ends, valid only where its stamp is this call's: no array to clear per text.
    int[] ruleCovered = null;
    int[] coveredStamp = null;
    // The hidden stretch that ends last, [coveredFrom, coveredUntil), from where key words in it are
    // skipped: its start, or the anchor of a key whose value it is (the rest of a compound key).
    int coveredFrom = 0;
    int coveredUntil = 0;
    int state = 0;
    final int n = text.length();
    final Scratch scratch = SCRATCH.get();
    final int stamp = scratch.nextStamp();
    char[] chunk = scratch.chunk;
    int[] hitAt = scratch.hitAt;
    int[] hitState = scratch.hitState;
    CharSequence in = text;
    try {
      for (int base = 0; base < n; base += CHUNK) {
        int length = Math.min(CHUNK, n - base);
        if (length > chunk.length) {
          scratch.ensure(length);
          chunk = scratch.chunk;
          hitAt = scratch.hitAt;
          hitState = scratch.hitState;
        }
        copy(text, base, length, chunk);
        if (base == 0) { // the detectors read one CharSequence class at every call site, a short text's copy
          in = n <= CHUNK ? scratch.text.reset(chunk, n) : scratch.text.reset(text);
        }
        int hits = scan(length, state, scratch);
        state = scratch.endState;
        for (int h = 0; h < hits; h++) {
          int hitEnd = base + hitAt[h] + 1;
          for (Pattern pattern : outputs[stateNumber(hitState[h])]) {
            int anchorStart = hitEnd - pattern.matched;
            int anchorEnd = anchorStart + pattern.length;
            boolean escaped = false;
            if (pattern.matched < pattern.length && !pattern.matchesRest(in, anchorStart, n)) {
              // A long anchor matched only in its first characters, unless its symbols are escaped
              // (hooks.slack.com%2Fservices%2F, a webhook URL passed in a parameter).
              anchorEnd = pattern.escapable && pattern.escapeAt(in, anchorStart, n)
                  ? pattern.escapedEnd(in, anchorStart, n) : -1;
              if (anchorEnd < 0) {
                continue;
              }
              escaped = true;
            }
            if (pattern == dumpMarker) {
              dump = readDumps; // read once the scan is done and its scratch space is free
              continue;
            }
            if (pattern.shared && !pattern.matchesShared(in, anchorStart)) {
              continue; // a character of the shared class stood for another one
            }
            if (anchorStart > 0) {
              int at = anchorStart - 1;
              char previous = at >= base ? chunk[at - base] : in.charAt(at);
              if (pattern.rejectsAfter(previous)
                  && !((pattern.escapable || Escapes.mayEndAt(in, anchorStart, previous))
                      && !pattern.rejectsAfter(Escapes.before(in, anchorStart)))) {
                continue; // ids, hashes and timestamps: no rule of this anchor starts after this character
              }
            }
            char next = anchorEnd >= n ? 0
                : anchorEnd - base < length ? chunk[anchorEnd - base] : in.charAt(anchorEnd);
            if (anchorEnd < n && pattern.rejectsBefore(next)) {
              continue; // a key word that goes on as a longer word: Authenticate, path
            }
            if (pattern.exactCase && !escaped && !pattern.matchesCase(in, anchorStart, chunk, base, length)) {
              continue;
            }
            // A key word inside a hidden stretch or its key is looked at once, which keeps dense text
            // cheap; one that a command line's scan stepped over has a value of its own.
            boolean hiddenKeyWord = pattern.ignoreCase && anchorStart >= coveredFrom && anchorStart < coveredUntil;
            for (int k = 0; k < pattern.rules.length; k++) {
              int r = pattern.rules[k];
              Detector detector = detectors[r];
              if (anchorEnd < n && pattern.ruleRejectsBefore(k, next)) {
                continue; // this rule's own: the anchor's other rules take authentication, this one not
              }
              if (detector == null) {
                if (wholeTextTriggered == null) {
                  wholeTextTriggered = new boolean[rules.length];
                }
                wholeTextTriggered[r] = true;
                continue;
              }
              if (hiddenKeyWord || (ruleCovered != null && coveredStamp[r] == stamp && anchorStart < ruleCovered[r])) {
                continue; // or a token's own prefix inside its own span
              }
              long span = detector.match(in, anchorStart, anchorEnd);
              if (span != Detector.NO_MATCH) {
                if (found == null) {
                  found = new SpanBuffer(rank);
                  scratch.ensureRules(rules.length);
                  ruleCovered = scratch.ruleCovered;
                  coveredStamp = scratch.coveredStamp;
                }
                int start = Detector.start(span);
                int end = Detector.end(span);
                found.add(start, end, r);
                if (end > coveredUntil) {
                  int from = detector.keyBeforeSpan() ? Math.min(anchorStart, start) : start;
                  coveredFrom = from < coveredUntil ? Math.min(coveredFrom, from) : from;
                  coveredUntil = end;
                }
                ruleCovered[r] = coveredStamp[r] == stamp ? Math.max(ruleCovered[r], end) : end;
                coveredStamp[r] = stamp;
              }
            }
          }
        }
      }
      if (wholeTextRules.length > 0 && (hasUnconditionalWholeText || wholeTextTriggered != null)) {
        for (int r : wholeTextRules) {
          Rule rule = rules[r];
          if (rule.anchors().isEmpty() || (wholeTextTriggered != null && wholeTextTriggered[r])) {
            if (found == null) {
              found = new SpanBuffer(rank);
            }
            rule.wholeText().findAll(in, r, found);
          }
        }
        if (found != null && found.size() == 0 && !found.failed()) {
          found = null;
        }
      }
      if (found != null && !found.failed()) {
        Repeats.hide(in, n <= CHUNK ? chunk : null, found, echoed, scratch.border()); // a one-chunk text is all in the chunk
      }
    } catch (RuntimeException | StackOverflowError e) {
      // Fail closed: a broken or runaway detector hides the whole text rather than show any of it.
      SpanBuffer failed = new SpanBuffer();
      failed.fail();
      return failed;
    } finally {
      scratch.text.release();
    }
    return dump && (found == null || !found.failed()) ? HexDumps.read(this, text, found) : found;
  }

  /** An empty span buffer that merges as {@link #find} does. */
  SpanBuffer newSpans() {
    return new SpanBuffer(rank);
  }

  /**
   * Runs the automaton over {@code scratch.chunk[0, length)} from {@code state} and records where
   * it reports patterns, in text order, in {@code scratch.hitAt} / {@code hitState}; leaves the
   * final state in {@code scratch.endState} and returns the number of hits.
   *
   * <p>Why lanes: each step waits for the table load of the step before, so one pass is bound by
   * memory latency, not by work. A chunk is cut in two or three parts, scanned at the same time; all
   * but the first start from the root state, speculatively. Afterwards the true state at the end of
   * each part goes on into the next ({@link #catchUp}) until it meets the speculative one, which in an
   * Aho–Corasick automaton happens as soon as the partial match in progress has ended (a few
   * characters; at most the longest anchor). The speculative hits before that point are replaced, so
   * the hits are exactly those of one pass. The three loops are written out because the JIT compiles
   * each one's independent loads best that way.
   */
  private int scan(int length, int state, Scratch scratch) {
    if (length < MIN_SPLIT) {
      return scanOneLane(length, state, scratch);
    }
    return length < MIN_THREE_LANES ? scanTwoLanes(length, state, scratch) : scanThreeLanes(length, state, scratch);
  }

  private int scanOneLane(int length, int state, Scratch scratch) {
    final char[] c = scratch.chunk;
    final byte[] classes = classOf;
    final int[] t = table;
    final int r = reporting;
    final int[] hitAt = scratch.hitAt;
    final int[] hitState = scratch.hitState;
    int hits = 0;
    int a = state;
    for (int i = 0; i < length; i++) {
      char ca = c[i];
      a = t[a + classes[ca]];
      if (a >= r) {
        hitAt[hits] = i;
        hitState[hits++] = a;
      }
    }
    scratch.endState = a;
    return hits;
  }

  private int scanTwoLanes(int length, int state, Scratch scratch) {
    final char[] c = scratch.chunk;
    final byte[] classes = classOf;
    final int[] t = table;
    final int r = reporting;
    final int[] hitAt = scratch.hitAt;
    final int[] hitState = scratch.hitState;
    final int[] at1 = scratch.at1;
    final int[] state1 = scratch.state1;
    int hits = 0;
    int hits1 = 0;
    int a = state;
    int b = 0;
    int half = length >>> 1;
    int i = 0;
    int j = half;
    for (; i < half; i++, j++) {
      char ca = c[i];
      char cb = c[j];
      a = t[a + classes[ca]];
      b = t[b + classes[cb]];
      if (Math.max(a, b) >= r) {
        if (a >= r) {
          hitAt[hits] = i;
          hitState[hits++] = a;
        }
        if (b >= r) {
          at1[hits1] = j;
          state1[hits1++] = b;
        }
      }
    }
    if (j < length) { // an odd length leaves the second half one longer
      char cb = c[j];
      b = t[b + classes[cb]];
      if (b >= r) {
        at1[hits1] = j;
        state1[hits1++] = b;
      }
    }
    scratch.hits = hits;
    scratch.endState = catchUp(a, half, length, at1, state1, hits1, b, scratch);
    return scratch.hits;
  }

  private int scanThreeLanes(int length, int state, Scratch scratch) {
    final char[] c = scratch.chunk;
    final byte[] classes = classOf;
    final int[] t = table;
    final int r = reporting;
    final int[] hitAt = scratch.hitAt;
    final int[] hitState = scratch.hitState;
    final int[] at1 = scratch.at1;
    final int[] state1 = scratch.state1;
    final int[] at2 = scratch.at2;
    final int[] state2 = scratch.state2;
    int hits = 0;
    int hits1 = 0;
    int hits2 = 0;
    int a = state;
    int b = 0;
    int d = 0;
    int part = length / 3;
    int i = 0;
    int j = part;
    int l = 2 * part;
    for (; i < part; i++, j++, l++) {
      char ca = c[i];
      char cb = c[j];
      char cd = c[l];
      a = t[a + classes[ca]];
      b = t[b + classes[cb]];
      d = t[d + classes[cd]];
      if (Math.max(a, Math.max(b, d)) >= r) {
        if (a >= r) {
          hitAt[hits] = i;
          hitState[hits++] = a;
        }
        if (b >= r) {
          at1[hits1] = j;
          state1[hits1++] = b;
        }
        if (d >= r) {
          at2[hits2] = l;
          state2[hits2++] = d;
        }
      }
    }
    for (; l < length; l++) { // the last part is up to two longer
      char cd = c[l];
      d = t[d + classes[cd]];
      if (d >= r) {
        at2[hits2] = l;
        state2[hits2++] = d;
      }
    }
    scratch.hits = hits;
    int trueState = catchUp(a, part, 2 * part, at1, state1, hits1, b, scratch);
    scratch.endState = catchUp(trueState, 2 * part, length, at2, state2, hits2, d, scratch);
    return scratch.hits;
  }

  /**
   * Runs the automaton from {@code state}, the true state at {@code from}, over a part that was
   * scanned speculatively from the root, until it agrees with a replay of that scan; appends its own
   * hits up to there and the speculative hits after it to the scratch hits.
   *
   * @return the true state at {@code to}
   */
  private int catchUp(int state, int from, int to, int[] laneAt, int[] laneState, int laneHits, int laneEnd,
      Scratch scratch) {
    final char[] c = scratch.chunk;
    final int[] hitAt = scratch.hitAt;
    final int[] hitState = scratch.hitState;
    int hits = scratch.hits;
    int k = from;
    int s = state;
    int replay = 0;
    while (k < to && s != replay) {
      char ck = c[k];
      int cls = classOf[ck];
      s = table[s + cls];
      replay = table[replay + cls];
      if (s >= reporting) {
        hitAt[hits] = k;
        hitState[hits++] = s;
      }
      k++;
    }
    for (int h = 0; h < laneHits; h++) {
      if (laneAt[h] >= k) {
        hitAt[hits] = laneAt[h];
        hitState[hits++] = laneState[h];
      }
    }
    scratch.hits = hits;
    return s == replay ? laneEnd : s; // in step, the speculative lane's end is the true one
  }

  /** One distinct anchor (a literal with its case rule, or a shape) and what a hit on it means. */
  private static final class Pattern {
    /** Empty for a shape. */
    final String literal;
    final boolean ignoreCase;
    /** The rules anchored on this literal, by index. */
    final int[] rules;
    /**
     * The ASCII characters after which every rule of the literal rejects it, one bit each (0-63, 64-127):
     * applied when the automaton is built, and at run time where the build cannot know. Bits, not a
     * boolean[], so that a hit reads no other object.
     */
    private final long rejectedLow;
    private final long rejectedHigh;
    /** The ASCII characters before which every rule of the literal rejects it, as {@link #rejectedLow}. */
    private final long rejectedBeforeLow;
    private final long rejectedBeforeHigh;
    /**
     * The same per rule, in {@link #rules} order, for an anchor of several rules: where one rule takes a
     * character (the SASL rule {@code auth} then a blank), the others need not be called for it.
     */
    private final long[] ruleRejectedBeforeLow;
    private final long[] ruleRejectedBeforeHigh;
    final int length;
    /** Whether the exact case must be checked: a case-sensitive literal with letters (the automaton folds them). */
    final boolean exactCase;
    /** A shape's classes, one per character; empty for a literal. */
    final CharClass[] shape;

    /** The literal's characters, for the exact-case check after the case-folding automaton. */
    private final char[] chars;
    /** The literal in lower and in upper case, char by char, for the comparisons at a hit. */
    private final char[] lower;
    private final char[] upper;
    /** How many of them the automaton matches (set once, when it is built); the rest is compared at a hit. */
    int matched;
    /**
     * Whether the automaton's part holds a character of the shared class, so a hit must compare it
     * (set with {@link #matched}); an exact-case literal is compared whole anyway.
     */
    boolean shared;
    /**
     * Whether the part after the automaton's holds a symbol an encoder escapes, so a hit whose rest
     * does not match is compared again reading escapes (set with {@link #matched}).
     */
    boolean escapable;
    /** The index of the literal's first symbol that may be escaped, or -1. */
    private int firstSymbol;

    Pattern(Anchor anchor, int[] ruleIndexes, Rule[] rules) {
      this.literal = anchor.literal();
      this.chars = literal.toCharArray();
      this.lower = new char[chars.length];
      this.upper = new char[chars.length];
      for (int j = 0; j < chars.length; j++) {
        lower[j] = Character.toLowerCase(chars[j]);
        upper[j] = Character.toUpperCase(chars[j]);
      }
      this.shape = anchor.shape().toArray(new CharClass[0]);
      this.ignoreCase = anchor.ignoreCase();
      this.rules = ruleIndexes;
      this.length = anchor.length();
      this.exactCase = !ignoreCase && !literal.toLowerCase(Locale.ROOT).equals(literal.toUpperCase(Locale.ROOT));
      long low = 0;
      long high = 0;
      for (char c = 0; c < 128; c++) {
        boolean all = ruleIndexes.length > 0; // the hex dump marker, read by no rule, rejects nothing
        for (int r : ruleIndexes) {
          Detector detector = rules[r].detector();
          all &= detector != null && detector.rejectsAnchorAfter(c);
        }
        if (all) {
          if (c < 64) {
            low |= 1L << c;
          } else {
            high |= 1L << (c - 64);
          }
        }
      }
      this.rejectedLow = low;
      this.rejectedHigh = high;
      long beforeLow = -1;
      long beforeHigh = -1;
      this.ruleRejectedBeforeLow = new long[ruleIndexes.length];
      this.ruleRejectedBeforeHigh = new long[ruleIndexes.length];
      for (int k = 0; k < ruleIndexes.length; k++) {
        Detector detector = rules[ruleIndexes[k]].detector();
        for (char c = 0; c < 128 && !literal.isEmpty() && detector != null; c++) {
          if (detector.rejectsAnchorFollowedBy(literal, c)) {
            if (c < 64) {
              ruleRejectedBeforeLow[k] |= 1L << c;
            } else {
              ruleRejectedBeforeHigh[k] |= 1L << (c - 64);
            }
          }
        }
        beforeLow &= ruleRejectedBeforeLow[k];
        beforeHigh &= ruleRejectedBeforeHigh[k];
      }
      this.rejectedBeforeLow = ruleIndexes.length == 0 ? 0 : beforeLow;
      this.rejectedBeforeHigh = ruleIndexes.length == 0 ? 0 : beforeHigh;
    }

    /** Whether the anchor holds {@code c}, in its literal or in a class of its shape. */
    boolean uses(char c) {
      if (literal.indexOf(c) >= 0) {
        return true;
      }
      for (CharClass set : shape) {
        if (set.contains(c)) {
          return true;
        }
      }
      return false;
    }

    /** Whether every rule of the literal rejects it right after {@code c}. */
    boolean rejectsAfter(char c) {
      return c < 64 ? (rejectedLow >>> c & 1) != 0 : c < 128 && (rejectedHigh >>> (c - 64) & 1) != 0;
    }

    /**
     * Whether every rule of the literal rejects it right after each digit of {@code c}'s group (true
     * if {@code c} is in none): the automaton knows only the group.
     */
    boolean rejectsAfterGroupOf(char c, byte[] classOf) {
      for (int k = 0; k < GROUPED_DIGITS.length() && grouped(classOf, c); k++) {
        char d = GROUPED_DIGITS.charAt(k);
        if (classOf[d] == classOf[c] && !rejectsAfter(d)) {
          return false;
        }
      }
      return true;
    }

    /** Whether every rule of the literal rejects it right before {@code c}. */
    boolean rejectsBefore(char c) {
      return c < 64 ? (rejectedBeforeLow >>> c & 1) != 0 : c < 128 && (rejectedBeforeHigh >>> (c - 64) & 1) != 0;
    }

    /** Whether the literal's {@code k}th rule rejects it right before {@code c}. */
    boolean ruleRejectsBefore(int k, char c) {
      return c < 64 ? (ruleRejectedBeforeLow[k] >>> c & 1) != 0
          : c < 128 && (ruleRejectedBeforeHigh[k] >>> (c - 64) & 1) != 0;
    }

    /**
     * Sets how much of the anchor the automaton matches: a shape all (or its first class), a literal
     * up to the depth; and whether a hit must compare characters of the shared class.
     */
    void truncate(int depth, boolean shaped, byte[] classOf, int sharedClass) {
      matched = shape.length > 0 ? (shaped ? length : 1) : depthAt(depth);
      boolean holdsShared = false;
      for (int j = 0; j < matched && shape.length == 0; j++) {
        int c = fold(chars[j]);
        holdsShared |= c >= 128 || sharedClass != 0 && classOf[c] == sharedClass || grouped(classOf, c);
      }
      shared = holdsShared && !exactCase;
      firstSymbol = -1;
      for (int j = matched; j < length && shape.length == 0 && firstSymbol < 0; j++) {
        firstSymbol = escapableSymbol(chars[j]) ? j : -1;
      }
      escapable = firstSymbol >= 0;
    }

    /** Whether the text at {@code start} has the literal's characters of the automaton's part (ASCII case folded). */
    boolean matchesShared(CharSequence text, int start) {
      for (int j = 0; j < matched; j++) {
        char c = text.charAt(start + j);
        if (c != lower[j] && c != upper[j]) {
          return false;
        }
      }
      return true;
    }

    /**
     * How many of a literal's characters an automaton of {@code depth} matches. An exact-case literal
     * (a vendor prefix such as {@code AstraCS:} or {@code CLOJARS_}) stops at {@link #EXACT_DEPTH}: its
     * first characters are already rare in text, so the rest is compared at the few hits, and the
     * states saved let the key words, which are common, be matched deeper.
     */
    int depthAt(int depth) {
      return Math.min(length, ignoreCase ? depth : Math.min(depth, EXACT_DEPTH));
    }

    /**
     * Whether the characters after the automaton's part, from {@code start + matched}, match (ASCII
     * case folded); false if the text ends first.
     */
    boolean matchesRest(CharSequence text, int start, int textLength) {
      if (start + length > textLength) {
        return false;
      }
      if (shape.length > 0) {
        for (int j = matched; j < length; j++) {
          char c = text.charAt(start + j);
          if (!shape[j].contains(c) && !shape[j].contains(Character.toLowerCase(c)) && !shape[j].contains(Character.toUpperCase(c))) {
            return false;
          }
        }
        return true;
      }
      char[] want = chars;
      for (int j = matched; j < want.length; j++) {
        if (fold(text.charAt(start + j)) != fold(want[j])) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether an escape starts where the literal's first escapable symbol would be: every character
     * before it is compared as it is, so an escaped form differs first there. One read, which spares
     * the full comparison on hits such as {@code password=} for {@code passwordauthentication(}.
     */
    boolean escapeAt(CharSequence text, int start, int textLength) {
      int at = start + firstSymbol;
      return at < textLength && (text.charAt(at) == '%' || text.charAt(at) == '\\');
    }

    /**
     * Where the literal ends in the text at {@code start} when its symbols after the automaton's part
     * may be escaped ({@link Escapes}: {@code %2F}, {@code %252F}, {@code \/}), comparing the exact
     * case where the literal has it; -1 if it is not there. Reads at most
     * {@link Escapes#MAX_LENGTH} characters per character of the literal.
     */
    int escapedEnd(CharSequence text, int start, int textLength) {
      char[] want = chars;
      int i = start;
      for (int j = 0; j < want.length; j++) {
        if (i >= textLength) {
          return -1;
        }
        char c = text.charAt(i);
        if (exactCase ? c == want[j] : fold(c) == fold(want[j])) {
          i++;
          continue;
        }
        int escape = j >= matched && escapableSymbol(want[j]) ? Escapes.lengthOf(text, i, want[j], textLength) : 0;
        if (escape == 0) {
          return -1;
        }
        i += escape;
      }
      return i;
    }

    /** A symbol URL encoders escape ({@code . - _ *} they keep). */
    private static boolean escapableSymbol(char c) {
      return c > ' ' && c < 127 && !CharClass.ALNUM.contains(c) && ".-_*".indexOf(c) < 0;
    }

    /**
     * Whether the text at {@code start} has the literal's exact case; reads the chunk copy (which
     * holds text {@code [base, base + chunkLength)}) where the literal lies in it.
     */
    boolean matchesCase(CharSequence text, int start, char[] chunk, int base, int chunkLength) {
      char[] want = chars;
      if (start >= base && start + want.length <= base + chunkLength) {
        for (int j = 0, k = start - base; j < want.length; j++, k++) {
          if (chunk[k] != want[j]) {
            return false;
          }
        }
        return true;
      }
      for (int j = 0; j < want.length; j++) {
        if (text.charAt(start + j) != want[j]) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Per-thread buffers of {@link #find}: the text chunk, its hits, and the speculative lanes' hits
   * (a chunk of n characters has at most n hits). They grow with the longest text seen, up to a
   * chunk, so that threads that log short lines (virtual threads, one per request) stay small.
   */
  private static final class Scratch {
    char[] chunk = new char[0];
    /** The chunk as the text the detectors read, when the whole text fits in it. */
    final ChunkText text = new ChunkText();
    /** Per rule, where its last span ends and the stamp of the {@link #find} call that set it. */
    int[] ruleCovered = new int[0];
    int[] coveredStamp = new int[0];
    private int stamp;
    /** {@link Repeats}' border table, made at the first text with a finding. */
    private int @Nullable [] border;
    int[] hitAt;
    int[] hitState;
    int[] at1;
    int[] state1;
    int[] at2;
    int[] state2;
    int hits;
    int endState;

    Scratch() {
      ensure(256);
    }

    /** A stamp no entry of {@link #coveredStamp} holds yet (entries are cleared when the counter wraps). */
    int nextStamp() {
      if (++stamp == 0) {
        Arrays.fill(coveredStamp, 0);
        stamp = 1;
      }
      return stamp;
    }

    int[] border() {
      int[] b = border;
      if (b == null) {
        b = new int[Repeats.MAX_LENGTH];
        border = b;
      }
      return b;
    }

    /** Room for {@code rules} rules, keeping what the current call has set. */
    void ensureRules(int rules) {
      if (ruleCovered.length < rules) {
        ruleCovered = Arrays.copyOf(ruleCovered, rules);
        coveredStamp = Arrays.copyOf(coveredStamp, rules);
      }
    }

    void ensure(int length) {
      if (chunk.length >= length) {
        return;
      }
      int size = Math.min(CHUNK, Integer.highestOneBit(Math.max(length, 2) - 1) << 1);
      chunk = new char[size];
      hitAt = new int[size];
      hitState = new int[size];
      at1 = new int[size];
      state1 = new int[size];
      at2 = new int[size];
      state2 = new int[size];
    }
  }

  /** Copies {@code text[from, from + length)} into {@code into}, with the bulk intrinsics where there are some. */
  private static void copy(CharSequence text, int from, int length, char[] into) {
    if (text instanceof String s) {
      s.getChars(from, from + length, into, 0);
    } else if (text instanceof StringBuilder sb) {
      sb.getChars(from, from + length, into, 0);
    } else {
      for (int j = 0; j < length; j++) {
        into[j] = text.charAt(from + j);
      }
    }
  }
}
