package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Terraform and other HCL files name a secret in a block's label and give its value on a later line:
 * {@code variable "db_password" {}, then {@code default = "..."}. The CLI reads line by line, so it hands a
 * small labelled block, from the line opening it to the line closing it, to the engine as one text.
 */
class HclBlockTest {
  private final FakeSecrets fake = new FakeSecrets(20_12L);
  private final String password = fake.password();
  private final String token = fake.password();

  @Test
  void aVariablesDefaultIsReadUnderTheVariablesName() {
    String input = "variable \"db_password\" {\n"
        + "  description = \"Password of the orders database\"\n"
        + "  type        = string\n"
        + "  default     = \"" + password + "\"\n"
        + "}\n"
        + "\n"
        + "variable \"deploy_token\" {\n"
        + "  default = \"" + token + "\"\n"
        + "}\n";

    String out = CliRun.of(input).out();

    assertThat(out).doesNotContain(password).doesNotContain(token).hasLineCount(9)
        .startsWith("variable \"db_password\" {\n  description = \"Password of the orders database\"\n")
        .contains("\n  default     = \"[REDACTED:").endsWith("\"\n}\n");
  }

  @Test
  void otherBlocksPassUnchanged() {
    String input = "variable \"region\" {\n"
        + "  type    = string\n"
        + "  default = \"eu-west-1\"\n"
        + "}\n"
        + "resource \"aws_s3_bucket\" \"logs\" {\n"
        + "  bucket = \"orders-logs-7f3a\"\n"
        + "  tags = {\n"
        + "    Team = \"payments\"\n"
        + "  }\n"
        + "}\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }
}
