package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * containerd and CRI-O write a container's output as {@code <time> <stream> <tag> <message>} records, and cut a
 * line longer than their buffer into records tagged {@code P} up to one tagged {@code F}; Docker's json-file
 * driver cuts it into records whose {@code "log"} lacks the {@code \n}. A secret cut in two records, or a key
 * ending one record and its value starting the next, is read with the records joined, and every record is
 * written back as a record.
 */
class PartialRecordsTest {
  private final FakeSecrets fake = new FakeSecrets(2026);

  private static String record(int i, String stream, char tag, String message) {
    return "2026-11-29T10:01:2" + i + ".82612345" + i + "Z " + stream + " " + tag + " " + message + "\n";
  }

  @Test
  void aTokenCutInTwoRecordsIsHiddenAndTheRecordsStay() {
    String token = fake.githubToken();
    String input = record(1, "stdout", 'P', "git clone https://x-access-token:" + token.substring(0, 17))
        + record(2, "stdout", 'F', token.substring(17) + "@github.com/acme/orders.git")
        + record(3, "stdout", 'F', "Cloning into 'orders'...");

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(
        record(1, "stdout", 'P', "git clone https://x-access-token:[REDACTED:github-pat-classic]")
        + record(2, "stdout", 'F', "@github.com/acme/orders.git")
        + record(3, "stdout", 'F', "Cloning into 'orders'..."));
  }

  @Test
  void aValueInTheRecordAfterItsKeyIsJudgedByTheKey() {
    String password = fake.password().substring(5);
    String input = record(1, "stderr", 'P', "connecting with user=orders password=")
        + record(2, "stderr", 'P', password)
        + record(3, "stderr", 'F', " timeout=30s");

    CliRun run = CliRun.of(input);

    assertThat(run.out()).doesNotContain(password).hasLineCount(3)
        .contains(record(2, "stderr", 'P', "[REDACTED:password-assignment]"), record(3, "stderr", 'F', " timeout=30s"));
  }

  @Test
  void anotherStreamsRecordEndsTheGroupAndCleanRecordsPassUnchanged() {
    String input = record(1, "stdout", 'P', "GET /api/v2/orders?page=")
        + record(2, "stderr", 'F', "warning: slow query 1200ms")
        + record(3, "stdout", 'F', "2 200 OK")
        + record(4, "stdout", 'P', "trace_id=4bf92f3577b34da6a3ce929d0e0e4736 ")
        + record(5, "stdout", 'F', "span_id=00f067aa0ba902b7");

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo(input);
  }

  @Test
  void scanReportsACutTokenFromItsFirstRecordToItsLast() {
    String token = fake.githubToken();
    String input = record(1, "stdout", 'P', "token " + token.substring(0, 20))
        + record(2, "stdout", 'F', token.substring(20));

    CliRun run = CliRun.of(input, "scan", "--format", "jsonl");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"line\": 1, \"column\": 47, \"endLine\": 2, \"endColumn\": 61,")
        .doesNotContain(token.substring(0, 20));
  }

  private static String jsonFile(String log, String stream) {
    return "{\"log\":\"" + log + "\",\"stream\":\"" + stream + "\",\"time\":\"2026-11-29T10:09:01.100000001Z\"}\n";
  }

  @Test
  void aJsonFileRecordCutInsideATokenIsJoinedWithTheRest() {
    String token = fake.githubToken();
    String head = "{\\\"items\\\":[1,2,3],\\\"auth\\\":\\\"token " + token.substring(0, 12);
    String input = jsonFile(head, "stdout") + jsonFile(token.substring(12) + "\\\",\\\"done\\\":true}\\n", "stdout")
        + jsonFile("ready\\n", "stdout");

    CliRun run = CliRun.of(input);

    assertThat(run.out()).doesNotContain(token.substring(0, 12)).doesNotContain(token.substring(12))
        .isEqualTo(jsonFile("{\\\"items\\\":[1,2,3],\\\"auth\\\":\\\"[REDACTED:token-assignment]", "stdout")
            + jsonFile("\\\",\\\"done\\\":true}\\n", "stdout") + jsonFile("ready\\n", "stdout"));
  }
}
