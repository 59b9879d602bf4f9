package dev.redact4j.jackson.internal;

import dev.redact4j.Redactor;
import dev.redact4j.SecretString;
import dev.redact4j.jackson.RedactionFeature;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * What a redaction module does, shared by both Jackson lines. Immutable and thread-safe; built by
 * {@link Builder}, which the public module builders wrap.
 */
public final class RedactionSettings {
  /** The text written instead of typed secrets, {@code @Redacted} members and sensitive names. */
  public static final String MASK = SecretString.MASK;

  /** Context attribute key that turns masking off for one writer; see the modules' {@code REVEAL}. */
  public static final Object REVEAL = new Object() {
    @Override
    public String toString() {
      return "redact4j.REVEAL";
    }
  };

  private static final RedactionSettings DEFAULTS = new Builder().build();

  private final Set<RedactionFeature> features;
  // Read on every map and tree write, so kept as plain fields.
  private final boolean masksNames;
  private final boolean scansStrings;
  private final SensitiveNames names;
  private final @Nullable Redactor redactor;

  private RedactionSettings(Builder b) {
    this.features = Set.copyOf(b.features);
    this.masksNames = b.features.contains(RedactionFeature.MASK_SENSITIVE_NAMES);
    this.scansStrings = b.features.contains(RedactionFeature.SCAN_STRING_VALUES);
    this.names = SensitiveNames.of(b.added, b.exempt.keySet());
    this.redactor = b.redactor;
  }

  public static RedactionSettings defaults() {
    return DEFAULTS;
  }

  public boolean isEnabled(RedactionFeature feature) {
    return features.contains(feature);
  }

  public boolean masksNames() {
    return masksNames;
  }

  public boolean scansStrings() {
    return scansStrings;
  }

  /** True if the value of a member called {@code name} must be masked. */
  public boolean isSensitiveName(String name) {
    return masksNames && names.isSensitive(name);
  }

  /** The redactor for {@link RedactionFeature#SCAN_STRING_VALUES}. */
  public Redactor redactor() {
    return redactor != null ? redactor : Redactor.defaults();
  }

  /** True when the writer asked for plain output with the {@code REVEAL} attribute. */
  public static boolean reveals(@Nullable Object attribute) {
    return Boolean.TRUE.equals(attribute);
  }

  /**
   * True if {@code name}, the content of the name field of a name/value entry, is a sensitive name,
   * so the entry's value field must be masked. Only a {@code String} names anything; off with
   * {@link RedactionFeature#MASK_SENSITIVE_NAMES}. See {@link #isEntryNameField}.
   */
  public boolean isSensitiveEntryName(@Nullable Object name) {
    return masksNames && name instanceof String s && names.isSensitiveUncached(s);
  }

  /**
   * True if a field called {@code field} names a name/value entry: {@code name} or {@code key}, in
   * any ASCII case. Objects such as Kubernetes env vars ({@code {"name":"DB_PASSWORD","value":...}}),
   * HTTP header lists and AWS tags ({@code {"Key":"api_key","Value":...}}) carry a name as data, and
   * their {@link #isEntryValueField value field} is masked as if it were under that name.
   */
  public static boolean isEntryNameField(CharSequence field) {
    return is(field, "name") || is(field, "key");
  }

  /** True if a field called {@code field} holds the value of a name/value entry: {@code value}, any ASCII case. */
  public static boolean isEntryValueField(CharSequence field) {
    return is(field, "value");
  }

  /**
   * Whether {@code s} is {@code lower} ignoring ASCII case. ASCII only, unlike
   * {@code equalsIgnoreCase}, which also takes the Kelvin sign for {@code k}; allocation-free for
   * any {@code CharSequence}.
   */
  private static boolean is(CharSequence s, String lower) {
    int n = lower.length();
    if (s.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      // Setting bit 0x20 lower-cases an ASCII letter and never turns another char into one.
      if ((s.charAt(i) | 0x20) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code map} itself when nothing in it is masked, otherwise an insertion-ordered copy in
   * which the values under sensitive keys are {@link #MASK}, and so are the values under
   * {@code value} keys when the map is a name/value entry whose name or key is a sensitive name
   * ({@link #isEntryNameField}); null and empty {@code Optional} values stay as they are. Never changes {@code map}. Keys that are neither
   * text nor enum constants have no name and are left alone; an enum constant is looked at under
   * its {@code name()} and its {@code toString()}, the two names Jackson writes for it.
   */
  public Map<?, ?> maskEntries(Map<?, ?> map) {
    return maskEntries(map, false);
  }

  /**
   * {@link #maskEntries(Map)} for entries written into an object that may name a secret outside
   * {@code map}: with {@code namedSecret}, the non-null values under {@code value} keys are masked
   * too, as for a bean whose {@code name} property names a secret and whose
   * {@code @JsonAnyGetter} map holds the {@code value}.
   */
  public Map<?, ?> maskEntries(Map<?, ?> map, boolean namedSecret) {
    return maskEntries(map, namedSecret, Set.of());
  }

  /**
   * {@link #maskEntries(Map)} where the keys in {@code sensitiveKeys} are sensitive too: the enum
   * constants whose JSON names (from {@code @JsonProperty}) are sensitive, which neither their
   * {@code name()} nor their {@code toString()} shows.
   */
  public Map<?, ?> maskEntries(Map<?, ?> map, Set<?> sensitiveKeys) {
    return maskEntries(map, false, sensitiveKeys);
  }

  private Map<?, ?> maskEntries(Map<?, ?> map, boolean namedSecret, Set<?> sensitiveKeys) {
    if (!masksNames || map.isEmpty()) {
      return map;
    }
    int found = find(map, sensitiveKeys);
    if (namedSecret && hasEntryValue(map)) {
      found |= SECRET_ENTRY;
    }
    if (found == 0) {
      return map;
    }
    boolean entry = (found & SECRET_ENTRY) != 0;
    Map<Object, Object> copy = new LinkedHashMap<>(map.size() * 2);
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Object key = e.getKey();
      Object value = e.getValue();
      boolean masked = isPresent(value)
          && (isSensitiveKey(key) || isIn(sensitiveKeys, key) || (entry && isEntryValueKey(key)));
      copy.put(key, masked ? MASK : value);
    }
    return copy;
  }

  /** Null-safe: immutable sets throw on {@code contains(null)}, and a map may have a null key. */
  private static boolean isIn(Set<?> keys, @Nullable Object key) {
    return key != null && !keys.isEmpty() && keys.contains(key);
  }

  /** {@link #find} bit: an entry with a non-null value has a sensitive key. */
  private static final int SENSITIVE_KEY = 1;
  /** {@link #find} bit: the map is a name/value entry naming a secret, with a non-null value. */
  private static final int SECRET_ENTRY = 2;

  /**
   * What in {@code map} must be masked, as {@link #SENSITIVE_KEY} and {@link #SECRET_ENTRY} bits.
   * The names of an entry are only looked at when a {@code value} key is found, so other maps pay
   * one length check per key. Iterates {@code entrySet()} at this call site: for {@code Map.of}
   * maps the entries then never leave this method and are not allocated, where {@code keySet()}
   * goes through {@code AbstractMap}'s shared iterator and allocates.
   */
  private int find(Map<?, ?> map, Set<?> sensitiveKeys) {
    int found = 0;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Object key = e.getKey();
      if (isSensitiveKey(key) || isIn(sensitiveKeys, key)) {
        if (isPresent(e.getValue())) {
          found |= SENSITIVE_KEY;
        }
      } else if ((found & SECRET_ENTRY) == 0 && isPresent(e.getValue()) && isEntryValueKey(key) && namesSecret(map)) {
        found |= SECRET_ENTRY;
      }
    }
    return found;
  }

  /**
   * Whether {@code map} has a non-null value under a {@code value} key ({@link #isEntryValueField}),
   * so that it is the value half of a name/value entry.
   */
  public static boolean hasEntryValue(Map<?, ?> map) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (isPresent(e.getValue()) && isEntryValueKey(e.getKey())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name or key entry of {@code map} holds a sensitive name, so that the {@code value} of
   * the object it is written into is masked. Off with {@link RedactionFeature#MASK_SENSITIVE_NAMES}.
   */
  public boolean namesSecret(Map<?, ?> map) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Object key = e.getKey();
      if (isSensitiveEntryName(e.getValue()) && isEntryNameKey(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code value} holds something to hide: not null and not an empty {@code Optional} (or
   * {@code OptionalInt}, {@code OptionalLong}, {@code OptionalDouble}) or {@code AtomicReference},
   * which Jackson writes as {@code null} or leaves out under its inclusion rules; masking it would
   * show a value where there is none.
   */
  public static boolean isPresent(@Nullable Object value) {
    return value != null
        && !(value instanceof Optional<?> o && o.isEmpty())
        && !(value instanceof OptionalInt i && i.isEmpty())
        && !(value instanceof OptionalLong l && l.isEmpty())
        && !(value instanceof OptionalDouble d && d.isEmpty())
        && !(value instanceof AtomicReference<?> r && r.get() == null);
  }

  private static boolean isEntryNameKey(@Nullable Object key) {
    if (key instanceof CharSequence cs) {
      return isEntryNameField(cs.toString());
    }
    if (key instanceof Enum<?> e) {
      String text = enumText(e);
      return isEntryNameField(e.name()) || (text != null && isEntryNameField(text));
    }
    return false;
  }

  private static boolean isEntryValueKey(@Nullable Object key) {
    if (key instanceof String s) {
      return isEntryValueField(s);
    }
    if (key instanceof CharSequence cs) {
      return isEntryValueField(cs.toString());
    }
    if (key instanceof Enum<?> e) {
      String text = enumText(e);
      return isEntryValueField(e.name()) || (text != null && isEntryValueField(text));
    }
    return false;
  }

  /**
   * Whether a key names a secret. Keys that have a name are text and enum constants; an enum
   * constant counts under both names Jackson may write for it: {@code name()} (Jackson 2's default)
   * and {@code toString()} (Jackson 3's default, or {@code WRITE_ENUMS_USING_TO_STRING}).
   */
  private boolean isSensitiveKey(@Nullable Object key) {
    if (key instanceof String s) {
      return names.isSensitive(s);
    }
    if (key instanceof CharSequence cs) {
      return names.isSensitive(cs.toString());
    }
    if (key instanceof Enum<?> e) {
      String text = enumText(e);
      // name() is the same interned instance on every call, so the name cache applies to it.
      return names.isSensitive(e.name()) || (text != null && names.isSensitiveUncached(text));
    }
    return false;
  }

  /**
   * The {@code toString()} of an enum constant when it differs from its name, else null. A
   * {@code toString()} that throws counts as none: Jackson 2 never calls it by default, so the
   * module must not fail where Jackson does not (Jackson 3, which does call it, then fails itself).
   */
  private static @Nullable String enumText(Enum<?> e) {
    String text;
    try {
      text = e.toString();
    } catch (RuntimeException notForJson) {
      return null;
    }
    return text == null || text.equals(e.name()) ? null : text;
  }

  /**
   * Mutable builder behind both public module builders; each setter validates at once and throws
   * {@link IllegalArgumentException} naming the fix.
   */
  public static final class Builder {
    private final EnumSet<RedactionFeature> features = EnumSet.noneOf(RedactionFeature.class);
    private final Set<String> added = new LinkedHashSet<>();
    /** Normalized exempt name to the name as given, for error messages. */
    private final Map<String, String> exempt = new LinkedHashMap<>();
    private final Map<String, String> addedAsGiven = new LinkedHashMap<>();
    private @Nullable Redactor redactor;

    public Builder() {
      for (RedactionFeature f : RedactionFeature.values()) {
        if (f.enabledByDefault()) {
          features.add(f);
        }
      }
    }

    public void enable(RedactionFeature... fs) {
      for (RedactionFeature f : checkFeatures(fs)) {
        features.add(f);
      }
    }

    public void disable(RedactionFeature... fs) {
      for (RedactionFeature f : checkFeatures(fs)) {
        features.remove(f);
      }
    }

    public void redactor(Redactor r) {
      this.redactor = Objects.requireNonNull(r, "redactor");
    }

    public void addSensitiveNames(String... names) {
      for (String[] pair : normalizeAll(names, "addSensitiveNames")) {
        String n = pair[1];
        if (exempt.containsKey(n)) {
          throw new IllegalArgumentException("Name '" + pair[0] + "' is given to both addSensitiveNames and"
              + " exemptNames ('" + exempt.get(n) + "'); keep it in one of them");
        }
        added.add(n);
        addedAsGiven.put(n, pair[0]);
      }
    }

    public void exemptNames(String... names) {
      for (String[] pair : normalizeAll(names, "exemptNames")) {
        String n = pair[1];
        if (added.contains(n)) {
          throw new IllegalArgumentException("Name '" + pair[0] + "' is given to both exemptNames and"
              + " addSensitiveNames ('" + addedAsGiven.get(n) + "'); keep it in one of them");
        }
        exempt.put(n, pair[0]);
      }
    }

    /**
     * @throws IllegalStateException if a redactor is set while {@code SCAN_STRING_VALUES} is off:
     *     it would never run, and a rules file passed through it would silently do nothing
     */
    public RedactionSettings build() {
      if (redactor != null && !features.contains(RedactionFeature.SCAN_STRING_VALUES)) {
        throw new IllegalStateException("redactor(...) is set but SCAN_STRING_VALUES is off, so it would"
            + " never run: add enable(RedactionFeature.SCAN_STRING_VALUES), or drop redactor(...)");
      }
      return new RedactionSettings(this);
    }

    private static List<RedactionFeature> checkFeatures(RedactionFeature[] fs) {
      Objects.requireNonNull(fs, "features");
      List<RedactionFeature> out = new ArrayList<>(fs.length);
      for (RedactionFeature f : fs) {
        out.add(Objects.requireNonNull(f, "a feature is null; pass RedactionFeature constants"));
      }
      return out;
    }

    private static List<String[]> normalizeAll(String[] names, String method) {
      Objects.requireNonNull(names, "names");
      List<String[]> out = new ArrayList<>(names.length);
      for (String name : names) {
        if (name == null) {
          throw new IllegalArgumentException(method + " was given a null name; pass property names such as \"pin\"");
        }
        String n = SensitiveNames.normalize(name.strip());
        if (n.length() < 3) {
          throw new IllegalArgumentException(method + " needs names of at least 3 letters or digits (after"
              + " removing _ - . : / and spaces), such as \"pin\"; got '" + name + "'");
        }
        out.add(new String[] {name, n});
      }
      return out;
    }
  }
}
