package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the exported surface: one API package, opened to Log4j Core only for its builder injection. */
class ModuleExportsTest {
  @Test
  void exportsOnlyTheApiPackage() {
    ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target/classes")).find("dev.redact4j.log4j2")
        .orElseThrow().descriptor();
    assertThat(descriptor.exports().stream().map(e -> e.source() + (e.isQualified() ? " to " + e.targets() : ""))
        .collect(Collectors.toSet())).containsExactly("dev.redact4j.log4j2");
    assertThat(descriptor.opens().stream().map(o -> o.source() + " to " + o.targets()).collect(Collectors.toSet()))
        .containsExactly("dev.redact4j.log4j2 to [org.apache.logging.log4j.core]");
  }
}
