package dev.redact4j.cli;

import dev.redact4j.RuleDescription;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes findings in one {@link ReportFormat} as they come: SARIF lists its rules first and then
 * streams results, so no format holds findings in memory. Never writes a secret: each finding is a
 * position, a rule id and a keyed fingerprint.
 *
 * <p>Not thread-safe.
 */
final class FindingReport {
  private final ReportFormat format;
  private final Writer out;
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private int written;

  FindingReport(ReportFormat format, Writer out) {
    this.format = format;
    this.out = out;
  }

  /** Writes the report's header; {@code rules} are every rule a finding may name. */
  void start(List<RuleDescription> rules, String version) throws IOException {
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
    if (format != ReportFormat.SARIF) {
      return;
    }
    out.write("{\n  \"version\": \"2.1.0\",\n"
        + "  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
        + "  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n"
        + "          \"name\": \"redact4j\",\n"
        + "          \"semanticVersion\": " + Json.quote(version) + ",\n"
        + "          \"informationUri\": \"https://github.com/redact4j/redact4j\",\n"
        + "          \"rules\": [");
    for (int i = 0; i < rules.size(); i++) {
      RuleDescription r = rules.get(i);
      out.write((i == 0 ? "\n" : ",\n") + "            {\"id\": " + Json.quote(r.id())
          + ", \"shortDescription\": {\"text\": " + Json.quote(r.description()) + "}"
          + ", \"fullDescription\": {\"text\": " + Json.quote(r.description() + ". Shape: " + r.example()) + "}"
          + ", \"defaultConfiguration\": {\"level\": \"error\"}"
          + ", \"properties\": {\"group\": " + Json.quote(r.group()) + "}}");
    }
    out.write("\n          ]\n        }\n      },\n"
        + "      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": [");
  }

  void write(LocatedFinding f) throws IOException {
    switch (format) {
      case TEXT -> out.write(f.path() + ":" + f.line() + ":" + f.column() + ": " + f.ruleId() + " "
          + f.fingerprint() + "\n");
      case JSONL -> out.write("{\"path\": " + Json.quote(f.path()) + ", \"line\": " + f.line() + ", \"column\": "
          + f.column() + ", \"endLine\": " + f.endLine() + ", \"endColumn\": " + f.endColumn() + ", \"rule\": "
          + Json.quote(f.ruleId()) + ", \"fingerprint\": " + Json.quote(f.fingerprint()) + "}\n");
      case SARIF -> {
        Integer index = ruleIndex.get(f.ruleId());
        out.write((written == 0 ? "\n" : ",\n") + "        {\"ruleId\": " + Json.quote(f.ruleId())
            + (index == null ? "" : ", \"ruleIndex\": " + index)
            + ", \"level\": \"error\", \"message\": {\"text\": " + Json.quote("Possible secret (" + f.ruleId()
                + "), fingerprint " + f.fingerprint() + "; the value is not shown.")
            + "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": "
            + Json.quote(uri(f.path())) + "}, \"region\": {\"startLine\": " + f.line() + ", \"startColumn\": "
            + f.column() + ", \"endLine\": " + f.endLine() + ", \"endColumn\": " + f.endColumn()
            + "}}}], \"partialFingerprints\": {\"redact4jFingerprint/v1\": " + Json.quote(f.fingerprint())
            + "}}");
      }
    }
    written++;
  }

  void finish() throws IOException {
    if (format == ReportFormat.SARIF) {
      out.write((written == 0 ? "" : "\n      ") + "]\n    }\n  ]\n}\n");
    }
    out.flush();
  }

  /** A relative URI reference for a relative path, a file: URI for an absolute one. */
  static String uri(String path) {
    try {
      java.nio.file.Path p = java.nio.file.Path.of(path);
      if (p.isAbsolute()) {
        return p.toUri().toASCIIString();
      }
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException | java.nio.file.InvalidPathException e) {
      return path.replace(" ", "%20");
    }
  }
}
