package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Netty's {@code LoggingHandler} and Reactor Netty's {@code wiretap} log each read and write as one
 * message: a header and a table of 16 bytes a row, each byte in hex and in an ASCII column. A secret
 * there is cut into rows; it must be hidden in both columns, and the table keep its shape.
 */
class NettyHexDumpTest {
  private static final String HEADER =
      "[id: 0x1a2b3c4d, L:/10.0.0.5:51234 - R:api.example.com/192.0.2.4:443] WRITE: ";
  private final Random random = new Random(9);

  @Test
  void aBearerTokenSplitAcrossRowsIsHiddenInTheHexAndAsciiCells() {
    String jwt = jwt();
    String request = "POST /v1/login HTTP/1.1\r\nhost: api.example.com\r\nauthorization: Bearer " + jwt
        + "\r\ncontent-length: 0\r\n\r\n";
    assertHidden(request, jwt);
  }

  @Test
  void aJsonPasswordSplitAcrossRowsIsHidden() {
    String password = FakeSecrets.chars(random, FakeSecrets.ALNUM + "_<", 14) + "Fake";
    String request = "POST /v1/login HTTP/1.1\r\ncontent-type: application/json\r\n\r\n"
        + "{\"username\":\"alice\",\"password\":\"" + password + "\"}";
    assertHidden(request, password);
  }

  @Test
  void aSessionCookieIsHidden() {
    String session = FakeSecrets.chars(random, FakeSecrets.ALNUM, 32);
    String request = "GET /v1/me HTTP/1.1\r\nhost: api.example.com\r\nCookie: SESSION=" + session
        + "\r\naccept: */*\r\n\r\n";
    assertHidden(request, session);
  }

  @Test
  void aCleanDumpIsLeftByteForByte() {
    String dump = "some text before\n" + dump("GET /v1/health HTTP/1.1\r\nhost: api.example.com\r\n"
        + "accept: application/json\r\nuser-agent: ReactorNetty/1.1.0\r\n\r\n") + "\nand after";
    assertThat(Redactor.defaults().redact(dump)).isSameAs(dump);
  }

  @Test
  void aSecretInTwoDumpsOfOneTextIsHiddenInBoth() {
    String first = jwt();
    String second = FakeSecrets.chars(random, FakeSecrets.ALNUM, 20) + "Fake";
    String text = dump("GET / HTTP/1.1\r\nAuthorization: Bearer " + first + "\r\n\r\n") + "\n"
        + dump("{\"password\":\"" + second + "\"}");
    String out = Redactor.defaults().redact(text);
    assertShapeKept(text, out);
    assertNoPieceShown(out, first);
    assertNoPieceShown(out, second);
  }

  @Test
  void aRowCutShortInsideTheSecretIsHiddenWhole() {
    String password = FakeSecrets.chars(random, FakeSecrets.ALNUM, 30) + "Fake";
    String dump = dump("{\"username\":\"alice\",\"password\":\"" + password + "\"}");
    List<String> lines = new ArrayList<>(List.of(dump.split("\n", -1)));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("|00000030|")) {
        lines.set(i, lines.get(i).substring(0, 40)); // a hex cell cut, no ASCII column
      }
    }
    String broken = String.join("\n", lines);
    String out = Redactor.defaults().redact(broken);
    assertNoPieceShown(out, password);
  }

  @Test
  void aRowWithTheAsciiColumnOutOfPlaceHidesTheSecretsCells() {
    String password = FakeSecrets.chars(random, FakeSecrets.ALNUM, 30) + "Fake";
    String dump = dump("{\"username\":\"alice\",\"password\":\"" + password + "\"}").replace(" |", "  |");
    String out = Redactor.defaults().redact(dump);
    assertNoPieceShown(out, password);
  }

  @Test
  void aDumpLongerThanItsBoundIsHiddenWholeRatherThanReadWithoutBound() {
    String password = FakeSecrets.chars(random, FakeSecrets.ALNUM, 20) + "Fake";
    String body = "x".repeat(70 * 1024) + "{\"password\":\"" + password + "\"}";
    String out = Redactor.defaults().redact(dump(body));
    assertThat(out).doesNotContain(password.substring(0, 5)).doesNotContain("7b 22 70 61 73 73");
  }

  /** Floods of dump rows (the marker alone, rows of marker bytes, whole rows) cost a bounded number of reads. */
  @Test
  void dumpRowFloodsCostABoundedNumberOfReadsPerCharacter() {
    String fullRow = NettyDumps.table("|00000000| 7c 3".repeat(2).getBytes(StandardCharsets.ISO_8859_1))
        .split("\n")[3] + "\n";
    for (String unit : List.of("|00000000|", "|00000000|\n", "|00000000| 7c\n", fullRow,
        "|00000000| 70 61 73 73 77 6f 72 64 3d 61 2c 70 77 3d 61 2c |password=a,pw=a,|\n")) {
      ReadCountingText text = new ReadCountingText(unit.repeat(20_000 / unit.length() + 1));
      Redactor.defaults().redact(text);
      assertThat(text.reads()).as(unit).isLessThanOrEqualTo(64L * text.length());
    }
  }

  /** A megabyte of dumps holding secrets: reads grow with the text, counted, not timed. */
  @Test
  void aMegabyteOfDumpsIsReadInLinearWork() {
    StringBuilder unit = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      unit.append(dump("POST /v1/login HTTP/1.1\r\nAuthorization: Bearer " + jwt() + "\r\n\r\n{\"password\":\""
          + FakeSecrets.chars(random, FakeSecrets.ALNUM, 16) + "\"}")).append('\n');
    }
    ReadCountingText small = new ReadCountingText(unit.toString().repeat(100_000 / unit.length() + 1));
    ReadCountingText large = new ReadCountingText(unit.toString().repeat(1_000_000 / unit.length() + 1));
    String out = Redactor.defaults().redact(large);
    Redactor.defaults().redact(small);
    assertThat(out).hasSize(large.length()).doesNotContain("Bearer eyJ");
    assertThat(large.reads()).isLessThanOrEqualTo(64L * large.length());
    assertThat((double) large.reads() / large.length()).isLessThanOrEqualTo(1.2 * small.reads() / small.length());
  }

  /** The request is dumped; the secret must show neither in hex nor in ASCII, and every row keep its width. */
  private void assertHidden(String request, String secret) {
    String dump = dump(request);
    String out = Redactor.defaults().redact(dump);
    assertShapeKept(dump, out);
    assertNoPieceShown(out, secret);
    assertThat(out).contains("** **").contains("|00000000| 50 4f 53 54 20 2f".substring(0, 10));
  }

  private static void assertShapeKept(String in, String out) {
    String[] inLines = in.split("\n", -1);
    String[] outLines = out.split("\n", -1);
    assertThat(outLines).hasSameSizeAs(inLines);
    for (int i = 0; i < inLines.length; i++) {
      assertThat(outLines[i]).as("row %d", i).hasSameSizeAs(inLines[i]);
    }
  }

  /** Neither the decoded hex cells nor the ASCII cells of {@code out} hold 5 characters of {@code secret} in a row. */
  static void assertNoPieceShown(String out, String secret) {
    StringBuilder hex = new StringBuilder();
    StringBuilder ascii = new StringBuilder();
    for (String line : out.split("\n")) {
      if (line.length() > 10 && line.charAt(0) == '|' && line.charAt(9) == '|') {
        int bar = line.indexOf('|', 10);
        String cells = bar < 0 ? line.substring(10) : line.substring(10, bar);
        for (String cell : cells.trim().split(" +")) {
          hex.append(cell.matches("[0-9a-f]{2}") ? (char) Integer.parseInt(cell, 16) : '#');
        }
        if (bar >= 0) {
          ascii.append(line, bar + 1, Math.max(bar + 1, line.length() - 1));
        }
      }
    }
    for (int i = 0; i + 5 <= secret.length(); i++) {
      String piece = secret.substring(i, i + 5);
      assertThat(hex.toString()).as("hex cells").doesNotContain(piece);
      assertThat(ascii.toString()).as("ASCII cells").doesNotContain(piece);
    }
    assertThat(out).doesNotContain(secret.substring(0, 5));
  }

  private String jwt() {
    return FakeSecrets.base64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
        + FakeSecrets.base64url("{\"sub\":\"user-" + FakeSecrets.chars(random, FakeSecrets.DIGITS, 6)
            + "\",\"scope\":\"read write\"}") + "." + FakeSecrets.chars(random, FakeSecrets.TOKEN, 43);
  }

  /** {@code text} as Netty's LoggingHandler logs its bytes (ISO-8859-1, one byte a character). */
  static String dump(String text) {
    return HEADER + text.length() + "B\n" + NettyDumps.table(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
