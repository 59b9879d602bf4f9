package dev.redact4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rules-file format into a {@link Redactor.Builder}. Line-based so errors name their
 * line; values are literal (no escapes, no continuation lines), so a regex is written exactly as Java
 * would take it. See {@code docs/rules-file.md}.
 */
final class RulesFile {
  private static final String KEYS = "enable, disable, mask, mask.<rule-id>, fingerprint.key.env,"
      + " fingerprint.key.file, regex.budget, rule.<id>.regex, rule.<id>.keywords";

  private RulesFile() {}

  static void apply(Reader reader, String source, Redactor.Builder builder) {
    Map<String, String[]> regexes = new LinkedHashMap<>(); // id -> {regex, line}
    Map<String, String[]> keywords = new LinkedHashMap<>();
    List<Object[]> deferred = new ArrayList<>(); // {line, key, value}: applied after custom rules exist
    BufferedReader lines = reader instanceof BufferedReader br ? br : new BufferedReader(reader);
    int lineNo = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1); // a byte-order mark, as Windows editors write UTF-8: no part of the key
        }
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#") || s.startsWith("!")) {
          continue;
        }
        int eq = s.indexOf('=');
        if (eq <= 0) {
          throw new RedactionConfigException("Expected 'key = value'; known keys: " + KEYS, source, lineNo);
        }
        String key = s.substring(0, eq).strip();
        String value = s.substring(eq + 1).strip();
        if (key.startsWith("rule.") && key.endsWith(".regex") && key.length() > 11) {
          String id = key.substring(5, key.length() - 6);
          if (regexes.put(id, new String[] {value, Integer.toString(lineNo)}) != null) {
            throw new RedactionConfigException("Rule '" + id + "' has a second regex; give each rule one regex"
                + " and add another rule for another pattern", source, lineNo);
          }
        } else if (key.startsWith("rule.") && key.endsWith(".keywords") && key.length() > 14) {
          keywords.put(key.substring(5, key.length() - 9), new String[] {value, Integer.toString(lineNo)});
        } else {
          deferred.add(new Object[] {lineNo, key, value});
        }
      }
    } catch (IOException e) {
      throw new RedactionConfigException("Cannot read the rules (" + e.getClass().getSimpleName()
          + "); check that the path names the rules file itself and that it is readable", source, lineNo);
    }
    for (Map.Entry<String, String[]> e : keywords.entrySet()) {
      if (!regexes.containsKey(e.getKey())) {
        throw new RedactionConfigException("rule." + e.getKey() + ".keywords has no rule." + e.getKey()
            + ".regex; add the regex or remove the keywords", source, Integer.parseInt(e.getValue()[1]));
      }
    }
    for (Map.Entry<String, String[]> e : regexes.entrySet()) {
      String[] kw = keywords.get(e.getKey());
      int line = Integer.parseInt(e.getValue()[1]);
      try {
        builder.addRegexRule(e.getKey(), e.getValue()[0], kw == null ? new String[0] : split(kw[0]));
      } catch (IllegalArgumentException ex) {
        throw new RedactionConfigException(ex.getMessage(), source, line);
      }
    }
    for (Object[] d : deferred) {
      int line = (Integer) d[0];
      try {
        applySetting(builder, (String) d[1], (String) d[2], source, line);
      } catch (IllegalArgumentException ex) {
        throw new RedactionConfigException(ex.getMessage(), source, line);
      }
    }
  }

  private static void applySetting(
      Redactor.Builder builder, String key, String value, String source, int line) {
    switch (key) {
      case "enable":
        builder.enable(split(value));
        return;
      case "disable":
        builder.disable(split(value));
        return;
      case "mask":
        builder.mask(Mask.parse(value));
        return;
      case "regex.budget":
        try {
          builder.regexBudget(Integer.parseInt(value));
        } catch (NumberFormatException e) {
          throw new RedactionConfigException("regex.budget must be a whole number, e.g. 64");
        }
        return;
      case "fingerprint.key.env":
        builder.fingerprintKeyFromEnv(value);
        return;
      case "fingerprint.key.file":
        builder.fingerprintKeyFromFile(Path.of(value));
        return;
      default:
        break;
    }
    if (key.startsWith("mask.") && key.length() > 5) {
      // Whether the rule ends up enabled is known only in build(), which then names this line.
      builder.mask(builder.checkRuleId(key.substring(5)), Mask.parse(value), source, line);
      return;
    }
    throw new RedactionConfigException("Unknown key '" + key + "'; known keys: " + KEYS);
  }

  private static String[] split(String list) {
    List<String> parts = new ArrayList<>();
    for (String p : list.split(",")) {
      if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    return parts.toArray(new String[0]);
  }
}
