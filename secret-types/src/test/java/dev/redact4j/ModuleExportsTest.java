package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the compiled module descriptor of secret-types: one exported API package, the provider SPI,
 * and no runtime dependency. Tests run on the class path, so the descriptor is read from
 * {@code target/classes}.
 */
class ModuleExportsTest {
  private static final ModuleDescriptor DESCRIPTOR =
      ModuleFinder.of(Path.of("target/classes")).find("dev.redact4j")
          .orElseThrow(() -> new AssertionError("target/classes/module-info.class not found"))
          .descriptor();

  @Test
  void exportsExactlyTheApiPackageToEveryone() {
    assertThat(DESCRIPTOR.exports()).extracting(Exports::source).containsExactly("dev.redact4j");
    assertThat(DESCRIPTOR.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
  }

  @Test
  void keepsTheEngineInternal() {
    Set<String> internal = DESCRIPTOR.packages().stream()
        .filter(p -> p.startsWith("dev.redact4j.internal")).collect(Collectors.toSet());
    assertThat(internal).isNotEmpty();
    assertThat(DESCRIPTOR.exports()).extracting(Exports::source).doesNotContainAnyElementsOf(internal);
    assertThat(DESCRIPTOR.opens()).isEmpty();
    assertThat(DESCRIPTOR.isOpen()).isFalse();
  }

  @Test
  void usesTheSecretProviderSpi() {
    assertThat(DESCRIPTOR.uses()).containsExactly("dev.redact4j.SecretProvider");
  }

  @Test
  void hasNoRuntimeDependencies() {
    Set<String> runtime = DESCRIPTOR.requires().stream()
        .filter(r -> !r.modifiers().contains(Requires.Modifier.STATIC))
        .map(Requires::name).collect(Collectors.toSet());
    assertThat(runtime).containsExactly("java.base");
  }
}
