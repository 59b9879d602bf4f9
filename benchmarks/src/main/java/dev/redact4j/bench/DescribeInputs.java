package dev.redact4j.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.redact4j.Redactor;
import dev.redact4j.RuleDescription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes, as JSON, what the benchmarks ran on: the machine and JDK, the characters and UTF-8 bytes
 * of each input batch, the rules in each redact4j rule set, and how many lines of each corpus every
 * contender changes (a check that the contenders do the same work: all should change every dense
 * line and no clean line). {@code report.py} reads it beside JMH's JSON.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.redact4j.bench.DescribeInputs target/describe.json
 * </pre>
 */
public final class DescribeInputs {
  private static final String[] CONTENDERS = {"redact4j", "redact4jCatalog", "jdkAlternation", "jdkPerRule",
      "re2jAlternation"};
  private static final int[] SIZES = {120, 1024, 65536};

  private DescribeInputs() {}

  public static void main(String[] args) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("machine", machine());
    out.put("seed", Corpus.SEED);

    List<Map<String, Object>> inputs = new java.util.ArrayList<>();
    for (String kind : Corpus.KINDS) {
      for (int size : SIZES) {
        String[] batch = Corpus.batch(kind, size);
        long utf8 = 0;
        for (String line : batch) {
          utf8 += line.getBytes(StandardCharsets.UTF_8).length;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("corpus", kind);
        row.put("size", size);
        row.put("lines", batch.length);
        row.put("charsPerBatch", Corpus.charsPerBatch(size));
        row.put("utf8BytesPerBatch", utf8);
        inputs.add(row);
      }
    }
    out.put("inputs", inputs);

    Map<String, Object> ruleSets = new LinkedHashMap<>();
    for (String name : new String[] {"10", "catalog", "100plus"}) {
      Redactor r = RuleSets.named(name);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("rules", r.rules().size());
      if (!name.equals("100plus")) {
        row.put("ids", r.rules().stream().map(RuleDescription::id).toList());
      }
      ruleSets.put(name, row);
    }
    out.put("ruleSets", ruleSets);
    out.put("familiesWithoutBuiltInRule", RuleSets.missingFamilies());

    // Lines changed per contender, on the 120-character batches (one secret per dense line).
    Map<String, Object> changed = new LinkedHashMap<>();
    for (String kind : Corpus.KINDS) {
      String[] batch = Corpus.batch(kind, 120);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("lines", batch.length);
      for (String name : CONTENDERS) {
        Contender c = Contender.named(name);
        int n = 0;
        for (String line : batch) {
          if (!c.transform(line).equals(line)) {
            n++;
          }
        }
        row.put(name, n);
      }
      changed.put(kind, row);
    }
    out.put("linesChanged120", changed);

    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    String json = mapper.writeValueAsString(out);
    if (args.length > 0) {
      Files.writeString(Path.of(args[0]), json + "\n", StandardCharsets.UTF_8);
    } else {
      System.out.println(json);
    }
  }

  private static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    m.put("cpus", Runtime.getRuntime().availableProcessors());
    m.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
    String cpu = "unknown";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).strip();
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: leave "unknown".
    }
    m.put("cpu", cpu);
    return m;
  }
}
