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
import java.util.Set;
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
   * Returns {@code map} itself when none of its keys is sensitive, otherwise an insertion-ordered
   * copy in which the non-null values under sensitive keys are {@link #MASK}. Never changes
   * {@code map}. Keys that are neither text nor enum constants have no name and are left alone.
   */
  public Map<?, ?> maskEntries(Map<?, ?> map) {
    if (!masksNames || map.isEmpty()) {
      return map;
    }
    if (!anySensitiveKey(map)) {
      return map;
    }
    Map<Object, Object> copy = new LinkedHashMap<>(map.size() * 2);
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Object value = e.getValue();
      copy.put(e.getKey(), value != null && isSensitiveKey(e.getKey()) ? MASK : value);
    }
    return copy;
  }

  /**
   * Whether some entry with a non-null value has a sensitive key. Iterates {@code entrySet()} at
   * this call site: for {@code Map.of} maps the entries then never leave this method and are not
   * allocated, where {@code keySet()} goes through {@code AbstractMap}'s shared iterator and allocates.
   */
  private boolean anySensitiveKey(Map<?, ?> map) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (isSensitiveKey(e.getKey()) && e.getValue() != null) {
        return true;
      }
    }
    return false;
  }

  private boolean isSensitiveKey(@Nullable Object key) {
    if (key instanceof String s) {
      return names.isSensitive(s);
    }
    if (key instanceof CharSequence || key instanceof Enum<?>) {
      return names.isSensitive(key.toString());
    }
    return false;
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
              + " removing _ - . and spaces), such as \"pin\"; got '" + name + "'");
        }
        out.add(new String[] {name, n});
      }
      return out;
    }
  }
}
