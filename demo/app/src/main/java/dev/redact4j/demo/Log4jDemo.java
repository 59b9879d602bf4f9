package dev.redact4j.demo;

import java.net.URISyntaxException;
import java.util.List;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;

/** The example application's events, logged through the Log4j 2 API with demo-log4j2.xml. */
final class Log4jDemo {
  private Log4jDemo() {}

  static void run(List<FakeSecret> s) throws URISyntaxException {
    LoggerContext context = Configurator.initialize("demo", Log4jDemo.class.getClassLoader(),
        Log4jDemo.class.getResource("/demo-log4j2.xml").toURI());
    Logger log = context.getLogger("com.example.shop.Payments");
    log.info("calling GitHub with token {}", s.get(0).value());
    log.info("connecting with password=" + s.get(1).value());
    ThreadContext.put("session", s.get(7).value());
    log.warn("upstream slow, retrying");
    ThreadContext.clearMap();
    log.warn("S3 upload with key id {}", s.get(2).value());
    log.error("payment failed", new IllegalStateException("request rejected for password=" + s.get(5).value(),
        new RuntimeException("token " + s.get(3).value() + " expired")));
    log.info("user created: {}", "{\"user\":\"alice\",\"password\":\"" + s.get(8).value() + "\"}");
    log.info("user signed in with {}", s.get(4).value());
    log.info("order 1042 shipped");
    Configurator.shutdown(context);
  }
}
