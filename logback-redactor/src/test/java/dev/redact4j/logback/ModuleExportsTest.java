package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the module's exported surface: one API package, nothing else. */
class ModuleExportsTest {
  @Test
  void exportsOnlyTheApiPackage() {
    ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next()
        .descriptor();

    assertThat(descriptor.name()).isEqualTo("dev.redact4j.logback");
    assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactly("dev.redact4j.logback");
    assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
  }
}
