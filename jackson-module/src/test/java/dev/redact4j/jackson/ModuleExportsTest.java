package dev.redact4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redact4j.Redactor;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolutionException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the module descriptor: exported packages, services, optional Jackson lines. */
class ModuleExportsTest {
  private static Path location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static ModuleDescriptor descriptor() throws Exception {
    return ModuleFinder.of(location(RedactionModule.class)).find("dev.redact4j.jackson").orElseThrow().descriptor();
  }

  @Test
  void exportsOnlyTheTwoApiPackages() throws Exception {
    Set<String> exported = descriptor().exports().stream()
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrder("dev.redact4j.jackson", "dev.redact4j.jackson3");
  }

  @Test
  void providesOneModuleToEachJacksonLine() throws Exception {
    assertThat(descriptor().provides()).extracting(ModuleDescriptor.Provides::service)
        .containsExactlyInAnyOrder("com.fasterxml.jackson.databind.Module", "tools.jackson.databind.JacksonModule");
    assertThat(descriptor().provides()).flatExtracting(ModuleDescriptor.Provides::providers)
        .containsExactlyInAnyOrder("dev.redact4j.jackson.RedactionModule", "dev.redact4j.jackson3.RedactionModule");
  }

  @Test
  void bothJacksonLinesAreOptional() throws Exception {
    assertThat(descriptor().requires()).filteredOn(r -> r.name().contains("jackson"))
        .allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
  }

  /** The module path of an application with both Jackson lines. */
  private static ModuleFinder bothLines() throws Exception {
    return ModuleFinder.of(location(RedactionModule.class), location(Redactor.class),
        location(com.fasterxml.jackson.annotation.JsonProperty.class),
        location(com.fasterxml.jackson.core.JsonFactory.class),
        location(com.fasterxml.jackson.databind.ObjectMapper.class),
        location(tools.jackson.core.JsonGenerator.class),
        location(tools.jackson.databind.ObjectMapper.class));
  }

  @Test
  void bothServiceLoadersFindTheirModuleOnTheModulePath() throws Exception {
    // Optional (static) dependencies are resolved only when the application requires them.
    Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(bothLines(), ModuleFinder.of(),
        Set.of("dev.redact4j.jackson", "com.fasterxml.jackson.databind", "tools.jackson.databind"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("dev.redact4j.jackson");

    Class<?> mapper2 = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
    assertThat(mapper2.getModule().isNamed()).isTrue();
    Object m2 = mapper2.getConstructor().newInstance();
    OneJacksonLineTest.withContextLoader(loader, () -> mapper2.getMethod("findAndRegisterModules").invoke(m2));
    assertThat(mapper2.getMethod("writeValueAsString", Object.class).invoke(m2, Map.of("token", "t-1")))
        .isEqualTo("{\"token\":\"**********\"}");

    Class<?> jsonMapper = loader.loadClass("tools.jackson.databind.json.JsonMapper");
    Object builder = jsonMapper.getMethod("builder").invoke(null);
    Class<?> builderType = loader.loadClass("tools.jackson.databind.cfg.MapperBuilder");
    OneJacksonLineTest.withContextLoader(loader, () -> builderType.getMethod("findAndAddModules").invoke(builder));
    Object m3 = builderType.getMethod("build").invoke(builder);
    assertThat(m3.getClass().getMethod("writeValueAsString", Object.class).invoke(m3, Map.of("token", "t-1")))
        .isEqualTo("{\"token\":\"**********\"}");
  }

  /**
   * Pins a limit of the one-artifact layout (see docs/jackson.md): JDK 17 refuses a module that
   * {@code provides} a service whose package no module exports, so there both Jackson lines must be
   * present on the module path. JDK 25 resolves it with Jackson 2 alone; either way, nothing else
   * may go wrong. On the class path either line works alone ({@link OneJacksonLineTest}).
   */
  @Test
  void onTheModulePathJdk17NeedsBothJacksonLines() throws Exception {
    ModuleFinder jackson2Only = ModuleFinder.of(location(RedactionModule.class), location(Redactor.class),
        location(com.fasterxml.jackson.annotation.JsonProperty.class),
        location(com.fasterxml.jackson.core.JsonFactory.class),
        location(com.fasterxml.jackson.databind.ObjectMapper.class));
    Set<String> roots = Set.of("dev.redact4j.jackson", "com.fasterxml.jackson.databind");
    if (Runtime.version().feature() < 25) {
      assertThatThrownBy(() -> ModuleLayer.boot().configuration().resolveAndBind(jackson2Only, ModuleFinder.of(), roots))
          .isInstanceOf(ResolutionException.class).hasMessageContaining("does not read a module that exports");
    } else {
      assertThat(ModuleLayer.boot().configuration().resolveAndBind(jackson2Only, ModuleFinder.of(), roots)
          .findModule("dev.redact4j.jackson")).isPresent();
    }
  }

}
