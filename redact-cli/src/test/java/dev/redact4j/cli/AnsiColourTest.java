package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Logs written for a terminal (logrus, structlog, CI tools with colours forced on) put ANSI colour
 * codes between a key and its value; the engine must see the text without them.
 */
class AnsiColourTest {
  private static final String PW = "Qx2A7Cz" + "Mp1GAawTC";
  private static final String ESC = "\u001b";

  @Test
  void aPasswordAfterAColouredKeyIsHidden() {
    // logrus' text formatter on a terminal colours each key
    String logrus = ESC + "[36mINFO" + ESC + "[0m[0000] login " + ESC + "[36mpassword" + ESC + "[0m=" + PW + " "
        + ESC + "[36muser" + ESC + "[0m=bob\n";
    // structlog's console renderer colours key, '=' and value apart
    String structlog = ESC + "[2mpassword" + ESC + "[0m" + ESC + "[2m=" + ESC + "[0m" + ESC + "[35m" + PW + ESC
        + "[0m\r\n";

    CliRun run = CliRun.of(logrus + structlog);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain(PW).contains("password=[REDACTED:password-assignment]").endsWith("\r\n")
        .hasLineCount(2);
  }

  @Test
  void colouredLinesKeepTheirColoursWhenNoSecretIsSplitByThem() {
    String token = "ghp_" + "FakeFakeFake0123456789FakeFakeFake01";
    String clean = ESC + "[32mINFO" + ESC + "[0m request done " + ESC + "[1mstatus=200" + ESC + "[0m\n";
    String input = clean + ESC + "[32mINFO" + ESC + "[0m token=" + token + "\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo(clean + ESC + "[32mINFO" + ESC + "[0m token=[REDACTED:github-pat-classic]\n");
  }

  @Test
  void scanReportsTheColumnInTheLineAsWritten() {
    String line = ESC + "[36mpassword" + ESC + "[0m=" + PW + "\n";

    CliRun run = CliRun.of(line, "scan", "--format", "jsonl");

    assertThat(run.exitCode()).isEqualTo(1);
    int column = line.indexOf(PW) + 1;
    assertThat(run.out()).contains("\"column\": " + column + ",").contains("\"endColumn\": " + (column + PW.length()) + ",")
        .contains("password-assignment");
  }
}
