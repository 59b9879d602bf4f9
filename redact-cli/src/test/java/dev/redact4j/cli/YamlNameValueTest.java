package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Kubernetes environment list printed as YAML names the secret on one line and holds it on the
 * next; the CLI reads line by line, so it hands such a pair to the engine together.
 */
class YamlNameValueTest {
  private static final String VALUE = "Fake-Pa55word-123";

  @Test
  void aValueOnTheLineAfterItsSecretNameIsHidden() {
    String input = "    env:\n    - name: DB_PASSWORD\n      value: " + VALUE + "\n    - name: LOG_LEVEL\n      value: info\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("    env:\n    - name: DB_PASSWORD\n      value: [REDACTED:password-assignment]\n"
        + "    - name: LOG_LEVEL\n      value: info\n");
  }

  @Test
  void springBootsBindingFailureReportPairsThePropertyWithItsValue() {
    // BindFailureAnalyzer's "APPLICATION FAILED TO START" description, one property per entry
    String input = "Failed to bind properties under 'spring.mail.password' to java.lang.String:\n\n"
        + "    Property: spring.mail.password\n"
        + "    Value: \"" + VALUE + "\"\n"
        + "    Origin: class path resource [application.yml] - 12:14\n"
        + "    Reason: must match \"[a-z]+\"\n\n"
        + "    Property: server.port\n"
        + "    Value: \"eighty\"\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo(input.replace(VALUE, "[REDACTED:password-assignment]"));
  }

  @Test
  void aTerraformPlansMarkedAndAlignedNameAndValueArePaired() {
    // terraform plan: a container definition's environment in jsonencode(...), each line with its change marker
    String input = "      ~ container_definitions = jsonencode(\n"
        + "          ~ [\n"
        + "              + {\n"
        + "                  + name  = \"DB_PASSWORD\"\n"
        + "                  + value = \"" + VALUE + "\"\n"
        + "                },\n"
        + "              ~ {\n"
        + "                  ~ name  = \"LOG_LEVEL\"\n"
        + "                  ~ value = \"debug\"\n"
        + "                },\n"
        + "            ]\n"
        + "        )\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo(input.replace(VALUE, "[REDACTED:password-assignment]"));
  }

  @Test
  void jfrPrintsKeyAndValueFieldsWithAnEqualsSign() {
    // jfr print --events jdk.InitialSystemProperty,jdk.InitialEnvironmentVariable recording.jfr
    String input = "jdk.InitialSystemProperty {\n"
        + "  startTime = 13:16:33.123 (2026-11-30)\n"
        + "  key = \"javax.net.ssl.keyStorePassword\"\n"
        + "  value = \"" + VALUE + "\"\n"
        + "}\n\n"
        + "jdk.InitialEnvironmentVariable {\n"
        + "  startTime = 13:16:33.124 (2026-11-30)\n"
        + "  key = \"JAVA_HOME\"\n"
        + "  value = \"/usr/lib/jvm/java-17\"\n"
        + "}\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo(input.replace(VALUE, "[REDACTED:password-assignment]"));
  }

  @Test
  void cloudFormationParametersAndCrlfLinesToo() {
    String input = "- ParameterKey: ApiSecret\r\n  ParameterValue: " + VALUE + "\r\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).doesNotContain(VALUE).endsWith("\r\n").contains("- ParameterKey: ApiSecret\r\n");
  }

  @Test
  void prettyPrintedJsonNameAndValueFieldsArePairedToo() {
    // kubectl get pod -o json, an ECS task definition, Azure app settings; Jackson writes "name" : "x"
    String input = "        \"env\": [\n"
        + "            {\n"
        + "                \"name\": \"DB_PASSWORD\",\n"
        + "                \"value\": \"" + VALUE + "\"\n"
        + "            },\n"
        + "            {\n"
        + "                \"name\" : \"LOG_LEVEL\",\n"
        + "                \"value\" : \"info\"\n"
        + "            },\n"
        + "            {\n"
        + "                \"Name\" : \"API_SECRET\",\n"
        + "                \"Value\" : \"" + VALUE + "\"\n"
        + "            }\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(input.replace("\": \"" + VALUE, "\": \"[REDACTED:password-assignment]")
        .replace("\" : \"" + VALUE, "\" : \"[REDACTED:secret-assignment]"));
  }

  @Test
  void aJsonKeyOpeningAnObjectIsPairedWithTheValueFieldOnTheNextLine() {
    // Spring Boot's /actuator/env: each property is an object whose first field is its value
    String input = "      \"properties\": {\n"
        + "        \"spring.datasource.password\": {\n"
        + "          \"value\": \"" + VALUE + "\",\n"
        + "          \"origin\": \"class path resource [application.yml] - 5:15\"\n"
        + "        },\n"
        + "        \"server.port\": {\n"
        + "          \"value\": 8080,\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(input.replace(VALUE, "[REDACTED:password-assignment]"));
  }

  @Test
  void oneOtherFieldBetweenTheNameAndTheValueIsAllowed() {
    // aws ssm get-parameter --with-decryption prints the parameter's type between its name and value
    String input = "    \"Parameter\": {\n"
        + "        \"Name\": \"/prod/orders/api-key\",\n"
        + "        \"Type\": \"SecureString\",\n"
        + "        \"Value\": \"" + VALUE + "\",\n"
        + "        \"Version\": 3\n"
        + "- name: DB_PASSWORD\n  description: the database password\n  value: " + VALUE + "\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo(input.replace("\"Value\": \"" + VALUE, "\"Value\": \"[REDACTED:api-key-assignment]")
        .replace("value: " + VALUE, "value: [REDACTED:password-assignment]"));
  }

  @Test
  void aNameLineAndAnotherFieldWithoutAValueLineArePrintedAsTheyAre() {
    String input = "- name: DB_PASSWORD\n  description: the database password\n  valueFrom: {secretKeyRef: {key: pw}}\n"
        + "- name: API_TOKEN\n  optional: true\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }

  @Test
  void aNameLineWithoutAValueLineIsPrintedAsItIs() {
    String input = "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef: {name: db, key: password}\n- name: DB_PASSWORD";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo(input);
  }

  @Test
  void scanReportsTheValueOnItsOwnLine() {
    String input = "- name: API_TOKEN\n  value: " + "ghp_" + "FakeFakeFake0123456789FakeFakeFake01" + "\n";

    CliRun run = CliRun.of(input, "scan", "--format", "jsonl");

    assertThat(run.out()).contains("\"line\": 2,").doesNotContain("FakeFakeFake");
  }

  @Test
  void linesThatAllStartWithATimestampArePairedToo() {
    // a CI runner's log, or kubectl logs --timestamps (whose fractions vary in length)
    String input = "2026-11-29T10:01:28.8261234Z   env:\n"
        + "2026-11-29T10:01:28.8261234Z   - name: DB_PASSWORD\n"
        + "2026-11-29T10:01:28.83Z     value: " + VALUE + "\n"
        + "2026-11-29T10:01:28.8262Z   - name: LOG_LEVEL\n"
        + "2026-11-29T10:01:28.8262Z     value: info\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(input.replace(VALUE, "[REDACTED:password-assignment]"));
  }

  @Test
  void prefixesOfAnotherShapeAreNotPaired() {
    String input = "[api] - name: DB_PASSWORD\n[worker]   value: " + VALUE + "\n";

    // not a pair, and the value alone is no secret
    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }

  @Test
  void aPrefixIsRedactedOnItsOwnAndScannedWhereItIs() {
    // digits count as one shape, so a prefix can hold a card number and still match its neighbour's
    String card = "4111" + "1111" + "1111" + "1111";
    String input = "[" + card + "] - name: DB_PASSWORD\n[" + card + "]   value: " + VALUE + "\n";

    CliRun redacted = CliRun.of(input);
    CliRun scanned = CliRun.of(input, "scan", "--format", "jsonl");

    assertThat(redacted.out()).isEqualTo("[[REDACTED:payment-card-number]] - name: DB_PASSWORD\n"
        + "[[REDACTED:payment-card-number]]   value: [REDACTED:password-assignment]\n");
    assertThat(scanned.out().lines()).map(YamlNameValueTest::place).containsExactly(
        "1:2-1:18 payment-card-number", "2:2-2:18 payment-card-number", "2:29-2:46 password-assignment");
  }

  /** {@code line:column-endLine:endColumn rule} of a jsonl finding. */
  private static String place(String jsonl) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "\"line\": (\\d+), \"column\": (\\d+), \"endLine\": (\\d+), \"endColumn\": (\\d+), \"rule\": \"([^\"]+)\"")
        .matcher(jsonl);
    assertThat(m.find()).as(jsonl).isTrue();
    return m.group(1) + ":" + m.group(2) + "-" + m.group(3) + ":" + m.group(4) + " " + m.group(5);
  }
}
