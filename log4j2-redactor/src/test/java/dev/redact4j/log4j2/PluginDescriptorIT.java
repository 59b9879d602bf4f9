package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.jar.JarFile;
import org.apache.logging.log4j.core.config.plugins.processor.PluginCache;
import org.apache.logging.log4j.core.config.plugins.processor.PluginEntry;
import org.junit.jupiter.api.Test;

/**
 * Runs after {@code package} (failsafe) against the jar users get: it must carry the plugin
 * descriptor Log4j's PluginProcessor generated, listing every plugin of this module.
 */
class PluginDescriptorIT {
  private static final String DESCRIPTOR = "META-INF/org/apache/logging/log4j/core/config/plugins/Log4j2Plugins.dat";

  @Test
  void packagedJarCarriesTheGeneratedPluginDescriptor() throws IOException {
    Path jar = Path.of(System.getProperty("redact4j.jar", "target/log4j2-redactor.jar"));
    assertThat(jar).exists();
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getEntry(DESCRIPTOR)).as(DESCRIPTOR).isNotNull();
      assertThat(file.getEntry("module-info.class")).isNotNull();
    }
    PluginCache cache = new PluginCache();
    URL url = new URL("jar:" + jar.toUri() + "!/" + DESCRIPTOR);
    cache.loadCacheFiles(Collections.enumeration(java.util.List.of(url)));
    Map<String, PluginEntry> core = cache.getCategory("core");
    assertThat(core).containsKeys("redactinglayout", "redactingrewritepolicy", "redactionrule");
    assertThat(core.get("redactinglayout").getClassName()).isEqualTo(RedactingLayout.class.getName());
    assertThat(cache.getCategory("converter")).containsKeys("redactingpatternconverter", "redactmisnamedconverter");
    assertThat(Files.size(jar)).isPositive();
  }
}
