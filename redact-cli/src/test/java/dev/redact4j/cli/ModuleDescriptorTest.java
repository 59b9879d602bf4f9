package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {
  @Test
  void theCliExportsNothingAndOpensItsCommandsOnlyToPicocli() {
    ModuleDescriptor d = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();

    assertThat(d.name()).isEqualTo("dev.redact4j.cli");
    assertThat(d.exports()).isEmpty();
    assertThat(d.opens()).singleElement().satisfies(o -> {
      assertThat(o.source()).isEqualTo("dev.redact4j.cli");
      assertThat(o.targets()).containsExactly("info.picocli");
    });
  }
}
