package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recorded HTTP traffic (HAR, Betamax, WireMock, Hoverfly, MockServer, Postman) is pretty-printed JSON that
 * names a header on one line and holds its value on a later one, and devtools' "Copy as cURL" prints one
 * option a line with {@code \} at each line's end; the CLI reads line by line, so it hands a small JSON
 * object or list, and a continued shell command, to the engine as one text.
 */
class RecordedTrafficTest {
  private final FakeSecrets fake = new FakeSecrets(18_05L);
  private final String hex = fake.chars("0123456789abcdef", 40);
  private final String session = fake.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 43);

  @Test
  void aHeaderListOpenedOnTheKeysLineHidesItsValue() {
    // Betamax and MockServer print each header as a list of values
    String input = "        \"headers\": {\n"
        + "          \"Accept\": [\n"
        + "            \"application/json\"\n"
        + "          ],\n"
        + "          \"Cookie\": [\n"
        + "            \"_gh_sess=" + session + "\"\n"
        + "          ],\n"
        + "          \"x-api-key\": [\n"
        + "            \"" + hex + "\"\n"
        + "          ]\n"
        + "        },\n";

    String out = CliRun.of(input).out();

    assertThat(out).doesNotContain(session.substring(0, 12)).doesNotContain(hex.substring(0, 12))
        .contains("\"application/json\"\n").hasLineCount(input.split("\n").length);
  }

  @Test
  void aMatcherObjectOrListAfterTheHeaderNameHidesItsValue() {
    // WireMock's stub: "X-Api-Key": { "equalTo": ... }; Hoverfly's: "X-Api-Key": [ { "matcher", "value" } ]
    String input = "    \"headers\": {\n"
        + "      \"X-Api-Key\": {\n"
        + "        \"equalTo\": \"" + hex + "\"\n"
        + "      },\n"
        + "      \"X-Auth-Token\": [\n"
        + "        {\n"
        + "          \"matcher\": \"exact\",\n"
        + "          \"value\": \"" + session + "\"\n"
        + "        }\n"
        + "      ]\n"
        + "    }\n";

    String out = CliRun.of(input).out();

    assertThat(out).doesNotContain(hex.substring(0, 12)).doesNotContain(session.substring(0, 12));
  }

  @Test
  void postmansKeyValueEntriesWithAFieldBetweenHideTheirValue() {
    String input = "          {\n"
        + "            \"key\": \"X-Api-Key\",\n"
        + "            \"type\": \"text\",\n"
        + "            \"value\": \"" + session + "\"\n"
        + "          },\n"
        + "          {\n"
        + "            \"key\": \"Accept\",\n"
        + "            \"value\": \"application/json\"\n"
        + "          }\n";

    String out = CliRun.of(input).out();

    assertThat(out).doesNotContain(session.substring(0, 12)).contains("\"value\": \"application/json\"\n");
  }

  @Test
  void aContinuedShellCommandIsReadWithItsName() {
    // devtools' "Copy as cURL (bash)": the engine reads -b and -H as curl's only after the command's name
    String input = "curl 'https://api.example.com/v1/items' \\\n"
        + "  -H 'accept: application/json' \\\n"
        + "  -b 'sid=" + session + "; theme=dark' \\\n"
        + "  --compressed\n"
        + "next line\n";

    String out = CliRun.of(input).out();

    assertThat(out).doesNotContain(session.substring(0, 12)).contains("  -H 'accept: application/json' \\\n")
        .endsWith("  --compressed\nnext line\n");
  }

  @Test
  void cleanPrettyPrintedJsonAndContinuedCommandsComeOutByteIdentical() {
    String input = "{\r\n  \"log\": {\r\n    \"entries\": [\r\n      {\r\n        \"name\": \"accept\",\r\n"
        + "        \"value\": \"*/*\"\r\n      }\r\n    ],\r\n    \"empty\": {}\r\n  }\r\n}\r\n"
        + "docker run --rm \\\n  -e LOG_LEVEL=info \\\n  alpine:3 \\\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }

  @Test
  void anOpeningLineFollowedByOrdinaryLogTextIsNotHeldBack() throws IOException {
    List<String> events = group("  \"payload\": {\nINFO next request\nINFO another\n");

    assertThat(events).containsExactly("line:  \"payload\": {", "line:INFO next request", "line:INFO another");
  }

  @Test
  void aLargeObjectIsNotHeldWholeButTheSmallObjectsInsideItAreGrouped() throws IOException {
    StringBuilder input = new StringBuilder("{\n  \"entries\": [\n");
    for (int i = 0; i < 40; i++) {
      input.append("    {\n      \"name\": \"n").append(i).append("\",\n      \"value\": \"v").append(i)
          .append("\"\n    },\n");
    }
    input.append("  ]\n}\n");

    List<String> events = group(input.toString());

    assertThat(events).allMatch(e -> e.startsWith("line:") || e.split("\n").length <= LineGrouper.MAX_JSON_LINES)
        .contains("block:    {\n      \"name\": \"n7\",\n      \"value\": \"v7\"\n    },");
    assertThat(String.join("\n", events).replaceAll("(?m)^(line|block):", "") + "\n").isEqualTo(input.toString());
  }

  @Test
  void aContinuedCommandLongerThanTheBoundIsHandedOnInParts() throws IOException {
    StringBuilder input = new StringBuilder("curl https://example.com \\\n");
    for (int i = 0; i < 3 * LineGrouper.MAX_CONTINUED_LINES; i++) {
      input.append("  -H 'x-n: ").append(i).append("' \\\n");
    }
    input.append("  -s\n");

    List<String> events = group(input.toString());

    assertThat(events).allMatch(e -> e.split("\n").length <= LineGrouper.MAX_CONTINUED_LINES).hasSizeGreaterThan(2);
    assertThat(String.join("\n", events).replaceAll("(?m)^(line|block):", "") + "\n").isEqualTo(input.toString());
  }

  /** What {@link LineGrouper} hands on for {@code input}: each line or block, its lines joined. */
  private static List<String> group(String input) throws IOException {
    List<String> events = new ArrayList<>();
    LineGrouper.run(new SegmentingLineReader(new StringReader(input)), new LineHandler() {
      @Override
      public void line(Line line) {
        events.add("line:" + line.text);
      }

      @Override
      public void block(List<Line> lines, boolean terminated) {
        StringBuilder sb = new StringBuilder("block:");
        for (Line line : lines) {
          sb.append(sb.length() > 6 ? "\n" : "").append(line.text);
        }
        events.add(sb.toString());
      }
    });
    return events;
  }
}
