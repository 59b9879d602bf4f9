package dev.redact4j.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the log file the command-line part of the demo redacts and scans: an old log full of secrets. */
final class SampleLog {
  private SampleLog() {}

  static void write(Path file, List<FakeSecret> s) throws IOException {
    String text = String.join("\n",
        "2026-11-28T09:00:01Z INFO  [main] c.e.shop.App - starting shop 1.4.2",
        "2026-11-28T09:00:02Z DEBUG [main] c.e.shop.Db - jdbc:postgresql://db:5432/shop user=shop password="
            + s.get(1).value(),
        "2026-11-28T09:00:03Z INFO  [http-1] c.e.shop.GitHub - GET /repos with Authorization: token "
            + s.get(0).value(),
        "2026-11-28T09:00:04Z WARN  [http-2] c.e.shop.S3 - slow upload, key id " + s.get(2).value(),
        "2026-11-28T09:00:05Z INFO  [http-3] c.e.shop.Auth - {\"user\":\"alice\",\"jwt\":\"" + s.get(4).value()
            + "\",\"password\":\"" + s.get(5).value() + "\"}",
        "2026-11-28T09:00:06Z ERROR [main] c.e.shop.Tls - could not load key:",
        s.get(6).value(),
        "2026-11-28T09:00:07Z INFO  [main] c.e.shop.App - order 1042 shipped",
        "");
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
