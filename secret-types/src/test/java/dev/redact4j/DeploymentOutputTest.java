package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What deployment tools print while they change things: Terraform/OpenTofu plans, Pulumi previews, Puppet
 * agent runs, Ansible results. A change shows the old value and the new one side by side; both are hidden,
 * and the tools' own masks ({@code (sensitive value)}, {@code [secret]}) pass unchanged.
 */
class DeploymentOutputTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /** A generated password with symbols, as password managers and {@code random_password} make them. */
  private static String password(long seed) {
    Random r = new Random(seed);
    return FakeSecrets.mixed(r, 8) + "%~" + FakeSecrets.mixed(r, 8);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "      ~ password                     = \"%s\" -> \"%s\"", // terraform plan
    "          ~ \"API_KEY\" = \"%s\" -> \"%s\"", // a map entry in a plan
    "    ~ secretString: \"%s\" => \"%s\"", // pulumi preview --diff --show-secrets
    "Notice: /Stage[main]/App/Rabbitmq_user[admin]/password: changed password '%s' to '%s'", // puppet agent
  })
  void aChangedValueIsHiddenOnBothSidesOfTheArrow(String shape) {
    String old = password(1);
    String now = password(2);
    String out = REDACTOR.redact(String.format(shape, old, now));
    assertThat(out).doesNotContain(old.substring(0, 8)).doesNotContain(now.substring(0, 8))
        .doesNotContain(now.substring(8));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "        ~ \"DB_PASS\" = (sensitive value) -> \"%s\"", // a value that becomes sensitive shows its new side
    "      ~ password = (sensitive) -> \"%s\"",
    "      ~ password: [secret] => \"%s\"", // pulumi preview --diff --show-secrets
  })
  void aMaskedOldValueDoesNotHideTheNewOne(String shape) {
    String now = password(3);
    assertThat(REDACTOR.redact(String.format(shape, now))).doesNotContain(now.substring(0, 8))
        .doesNotContain(now.substring(8));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "      ~ password = (sensitive value)",
    "      ~ etag = \"0a1b2c3d4e5f60718293a4b5c6d7e8f9\" -> (known after apply)",
    "      ~ rotation_enabled = false -> true",
    "    + password   : [secret]", // pulumi's mask
    "      ~ password: [secret] => [secret]",
    "    dbPassword          [secret]",
    // Ansible's user module prints this in place of the password it set
    "changed: [db1] => {\"changed\": true, \"user\": \"app\", \"password\": \"NOT_LOGGING_PASSWORD\"}",
    "Notice: /Stage[main]/App::Config/File[/etc/app/app.conf]/content: content changed"
        + " '{md5}5d41402abc4b2a76b9719d911017c592' to '{md5}7d793037a0760186574b0282f2f435e7'",
    "Notice: /Stage[main]/Mysql::Server::Root_password/Mysql_user[root@localhost]/password_hash:"
        + " changed [redacted] to [redacted]",
    // terraform -json: the UI message names a resource, then what the plan does to it
    "{\"@level\":\"info\",\"@message\":\"random_password.db: Plan to create\",\"@module\":\"terraform.ui\"}",
    "{\"@level\":\"info\",\"@message\":\"aws_secretsmanager_secret_version.db: Plan to replace\"}",
    // helm: a pod template's annotation holds the digest of the rendered Secret, so that pods roll on a change
    "        checksum/secret: 3f786850e387550fdab836ed7e6dc881de23001b2e3b6c2b1a5a9d6e8f1c0b7a",
    "        checksum/secrets: \"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae\"",
    // helm diff and Argo CD mask a Secret's data: a run of + or -, and the value's size
    "  password: ++++++++ # (16 bytes)",
    "-   password: '-------- # (16 bytes)'",
    "+   password: '++++++++ # (24 bytes)'",
    "    api-key: ++++++++",
  })
  void masksAndNonSecretChangesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
  }

  @Test
  void aPuppetEventHidesTheValuesNotItsVerb() {
    String old = password(5);
    String now = password(6);
    String changed = REDACTOR.redact(
        "Notice: /Stage[main]/Users/User[deploy]/password: changed '" + old + "' to '" + now + "'");
    assertThat(changed).contains("/password: changed '").doesNotContain(old.substring(0, 8))
        .doesNotContain(now.substring(0, 8)).doesNotContain(now.substring(8));
    String set = password(7);
    String defined = REDACTOR.redact("Notice: /Stage[main]/App/Rabbitmq_user[app]/password:"
        + " defined 'password' as '" + set + "'");
    assertThat(defined).contains("password: defined 'password' as '").doesNotContain(set.substring(0, 8))
        .doesNotContain(set.substring(8));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // terraform plan of an ECS task definition: jsonencode([{ environment = [{ name, value }] }])
    "                      + {\n                          + name  = \"DB_PASSWORD\"\n"
        + "                          + value = \"%s\"\n                        },",
    "                      ~ {\n                            name  = \"DB_PASSWORD\"\n"
        + "                          ~ value = \"old-EXAMPLE-0001\" -> \"%s\"\n                        },",
    "                      - {\n                          - name  = \"DB_PASSWORD\"\n"
        + "                          - value = \"%s\"\n                        },",
  })
  void anEntryNamedBySiblingIsHiddenBehindAPlansMarkers(String shape) {
    String pw = password(8);
    assertThat(REDACTOR.redact(String.format(shape, pw))).doesNotContain(pw.substring(0, 8))
        .doesNotContain(pw.substring(8));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "                          + name  = \"DB_HOST\"\n                          + value = \"db1.internal\"",
    // YAML: "- " opens the next entry, whose value belongs to another name
    "  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: password}\n"
        + "  - name: LOG_LEVEL\n    value: debug",
  })
  void aSiblingEntryThatNamesNoSecretPassesUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
  }

  @Test
  void aDigestAnnotationHidesAValueThatIsNoDigest() {
    String pw = password(9);
    assertThat(REDACTOR.redact("        checksum/secret: " + pw)).doesNotContain(pw.substring(0, 8));
  }

  @Test
  void aValueAfterAMaskIsStillHidden() {
    String pw = password(10);
    assertThat(REDACTOR.redact("  password: ++++++++" + pw)).doesNotContain(pw.substring(0, 8));
    assertThat(REDACTOR.redact("  password: '-------- # " + pw + "'")).doesNotContain(pw.substring(0, 8));
  }

  @Test
  void anArrowAfterAValueThatIsNoChangeIsLeftAlone() {
    String pw = password(4);
    // the old value is hidden; the words after the arrow are a sentence, not a quoted new value
    String out = REDACTOR.redact("password: \"" + pw + "\" -> rotated by vault");
    assertThat(out).doesNotContain(pw.substring(0, 8)).endsWith("\" -> rotated by vault");
  }
}
