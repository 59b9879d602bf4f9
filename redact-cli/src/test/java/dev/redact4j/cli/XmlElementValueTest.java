package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pretty-printed XML names a secret in an element or attribute on one line and holds its value on a later
 * one: Windows' {@code unattend.xml}, Spring bean definitions, Maven's {@code settings.xml}, property lists.
 * The CLI reads line by line, so it hands a small element opened alone on its line, up to its closing tag,
 * to the engine as one text; a bigger one is read line by line and the elements inside it are held on their own.
 */
class XmlElementValueTest {
  private final FakeSecrets fake = new FakeSecrets(20_11L);
  private final String admin = fake.password();
  private final String local = fake.password();
  @TempDir Path dir;

  @Test
  void anUnattendFilesPasswordValuesOnTheirOwnLinesAreHidden() {
    String input = "    <UserAccounts>\n"
        + "        <AdministratorPassword>\n"
        + "            <Value>" + admin + "</Value>\n"
        + "            <PlainText>true</PlainText>\n"
        + "        </AdministratorPassword>\n"
        + "    </UserAccounts>\n"
        + "    <AutoLogon>\n"
        + "        <Password>\n"
        + "            <Value>" + local + "</Value>\n"
        + "        </Password>\n"
        + "        <Username>bob</Username>\n"
        + "    </AutoLogon>\n";

    String out = CliRun.of(input).out();

    assertThat(out).doesNotContain(admin).doesNotContain(local)
        .contains("<PlainText>true</PlainText>\n").contains("<Username>bob</Username>\n")
        .hasLineCount(input.split("\n").length);
  }

  @Test
  void aSpringPropertysValueElementAndAPropertyListsStringAreHidden() {
    String input = "<bean id=\"dataSource\" class=\"org.apache.commons.dbcp2.BasicDataSource\">\n"
        + "    <property name=\"username\" value=\"app\"/>\n"
        + "    <property name=\"password\">\n"
        + "        <value>" + admin + "</value>\n"
        + "    </property>\n"
        + "</bean>\n"
        + "<dict>\n"
        + "\t<key>Password</key>\n"
        + "\t<string>" + local + "</string>\n"
        + "\t<key>Server</key>\n"
        + "\t<string>db.example.com</string>\n"
        + "</dict>\n";

    String out = CliRun.of(input).out();

    assertThat(out).doesNotContain(admin).doesNotContain(local)
        .contains("<property name=\"username\" value=\"app\"/>\n").contains("<string>db.example.com</string>\n");
  }

  @Test
  void anElementInsideADocumentTooLongToHoldIsStillHeldOnItsOwn() {
    StringBuilder input = new StringBuilder("<settings>\n  <mirrors>\n");
    for (int i = 0; i < 40; i++) {
      input.append("    <mirror><id>m").append(i).append("</id><url>https://repo").append(i)
          .append(".example.com/maven2</url></mirror>\n");
    }
    input.append("  </mirrors>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <username>bob</username>\n")
        .append("      <password>\n        ").append(admin).append("\n      </password>\n    </server>\n")
        .append("  </servers>\n</settings>\n");

    String out = CliRun.of(input.toString()).out();

    assertThat(out).doesNotContain(admin).hasLineCount(input.toString().split("\n").length)
        .contains("<url>https://repo39.example.com/maven2</url>");
  }

  @Test
  void cleanOrUnclosedXmlPassesByteForByte() {
    String input = "<server>\n  <id>nexus</id>\n  <username>bob</username>\n</server>\n"
        + "<configuration>\n  <skipTests>true</skipTests>\n"
        + "<!-- an element left open: its lines are read one by one -->\n"
        + "<note>\n  free text with a < sign\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }

  @Test
  void scanReportsTheValuesLine() throws IOException {
    Path file = dir.resolve("unattend.xml");
    Files.writeString(file, "<unattend>\n  <AdministratorPassword>\n    <Value>" + admin
        + "</Value>\n  </AdministratorPassword>\n</unattend>\n");

    CliRun run = CliRun.of("", "scan", "--no-progress", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).matches("(?s).*unattend.xml:3:12: password-assignment [0-9a-f]{8}\n");
    assertThat(run.all()).doesNotContain(admin);
  }
}
