package dev.redact4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * An application with only one Jackson line: each line's service loader finds its module, and
 * nothing loads a class of the missing line (which would be a {@code NoClassDefFoundError}).
 */
class OneJacksonLineTest {
  private static URLClassLoader classPathWithout(Predicate<String> excluded) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String normalized = entry.replace(File.separatorChar, '/');
      if (!excluded.test(normalized)) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  /** Jackson's service loaders use the context class loader. */
  static void withContextLoader(ClassLoader loader, Callable<?> action) throws Exception {
    Thread t = Thread.currentThread();
    ClassLoader previous = t.getContextClassLoader();
    t.setContextClassLoader(loader);
    try {
      action.call();
    } finally {
      t.setContextClassLoader(previous);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void jackson2AloneFindsAndUsesItsModule() throws Exception {
    try (URLClassLoader loader = classPathWithout(p -> p.contains("/tools/jackson/"))) {
      assertThat(loader.getResource("tools/jackson/databind/ObjectMapper.class")).isNull();
      Class<?> mapperType = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
      Object mapper = mapperType.getConstructor().newInstance();
      withContextLoader(loader, () -> mapperType.getMethod("findAndRegisterModules").invoke(mapper));
      assertThat((Iterable<Object>) mapperType.getMethod("getRegisteredModuleIds").invoke(mapper))
          .contains("dev.redact4j.jackson.RedactionModule");
      Method write = mapperType.getMethod("writeValueAsString", Object.class);
      assertThat(write.invoke(mapper, Map.of("apiKey", "k-123456"))).isEqualTo("{\"apiKey\":\"**********\"}");
    }
  }

  @Test
  void jackson3AloneFindsAndUsesItsModule() throws Exception {
    Predicate<String> jackson2 = p -> p.contains("/com/fasterxml/jackson/core/jackson-databind/")
        || p.contains("/com/fasterxml/jackson/core/jackson-core/") || p.contains("/com/fasterxml/jackson/datatype/");
    try (URLClassLoader loader = classPathWithout(jackson2)) {
      assertThat(loader.getResource("com/fasterxml/jackson/databind/ObjectMapper.class")).isNull();
      Class<?> mapperType = loader.loadClass("tools.jackson.databind.json.JsonMapper");
      Object builder = mapperType.getMethod("builder").invoke(null);
      Class<?> builderType = loader.loadClass("tools.jackson.databind.cfg.MapperBuilder");
      withContextLoader(loader, () -> builderType.getMethod("findAndAddModules").invoke(builder));
      Object mapper = builderType.getMethod("build").invoke(builder);
      Method write = mapper.getClass().getMethod("writeValueAsString", Object.class);
      assertThat(write.invoke(mapper, Map.of("apiKey", "k-123456"))).isEqualTo("{\"apiKey\":\"**********\"}");
    }
  }
}
