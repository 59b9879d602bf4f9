package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Kafka JAAS file spreads one login module entry over lines: the module and its control flag, then
 * one option a line up to the {@code ;}. {@code PlainLoginModule}'s {@code user_<name>="<password>"}
 * options are passwords by where they are, not by their key, so the CLI hands the entry to the engine
 * whole.
 */
class JaasEntryTest {
  private final FakeSecrets fake = new FakeSecrets(41);

  @Test
  void everyPasswordOfAPlainLoginModuleEntryIsHidden() {
    String admin = fake.password();
    String alice = fake.password();
    String bob = fake.password();
    String input = "KafkaServer {\n"
        + "    org.apache.kafka.common.security.plain.PlainLoginModule required\n"
        + "    username=\"admin\"\n"
        + "    password=\"" + admin + "\"\n"
        + "    user_admin=\"" + admin + "\"\n"
        + "    user_alice=\"" + alice + "\"\n"
        + "    user_bob=\"" + bob + "\";\n"
        + "};\n"
        + "Client {\n"
        + "    org.apache.zookeeper.server.auth.DigestLoginModule required\n"
        + "    username=\"kafka\";\n"
        + "};\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain(admin).doesNotContain(alice).doesNotContain(bob)
        .contains("username=\"admin\"\n").contains("    username=\"kafka\";\n").endsWith("};\n");
    assertThat(run.out().split("\n", -1)).hasSameSizeAs(input.split("\n", -1));
  }

  @Test
  void anEntryWithoutItsSemicolonEndsAtTheBoundAndLinesAfterItStayAsTheyAre() {
    StringBuilder input = new StringBuilder("    com.example.NoEndLoginModule optional\n");
    for (int i = 0; i < 80; i++) {
      input.append("    debug=\"true\"\n");
    }
    input.append("plain line after\n");

    CliRun run = CliRun.of(input.toString());

    assertThat(run.out()).isEqualTo(input.toString());
  }
}
