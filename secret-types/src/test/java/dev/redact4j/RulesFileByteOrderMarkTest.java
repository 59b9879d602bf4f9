package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules file saved by a Windows editor starts with a UTF-8 byte-order mark. It is no part of the
 * first key: that line was 'Unknown key' (naming a key the error then listed as known) or, for a
 * comment, 'Expected key = value'.
 */
class RulesFileByteOrderMarkTest {
  @TempDir
  Path dir;

  @Test
  void aByteOrderMarkBeforeTheFirstLineIsIgnored() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path first = dir.resolve("setting.rules");
    Files.write(first, concat(bom, "rule.order-pin.regex = pin=(?<secret>\\d{6})\r\n"));
    Path comment = dir.resolve("comment.rules");
    Files.write(comment, concat(bom, "# shop rules\nrule.order-pin.regex = pin=(?<secret>\\d{6})\n"));
    for (Path rules : new Path[] {first, comment}) {
      Redactor redactor = Redactor.newBuilder().knownSecrets(null).rulesFile(rules).build();
      assertThat(redactor.redact("order 17 pin=909090")).as(rules.getFileName().toString())
          .isEqualTo("order 17 pin=[REDACTED:order-pin]");
    }
  }

  private static byte[] concat(byte[] head, String text) {
    byte[] tail = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
