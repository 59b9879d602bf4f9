package dev.redact4j.demo;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** The example application's events, logged through SLF4J and Logback with demo-logback.xml. */
final class LogbackDemo {
  private LogbackDemo() {}

  static void run(List<FakeSecret> s) throws JoranException {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(LogbackDemo.class.getResource("/demo-logback.xml"));
    for (Status status : context.getStatusManager().getCopyOfStatusList()) {
      if (status.getLevel() >= Status.WARN) {
        System.out.println("  logback: " + status.getMessage());
      }
    }

    Logger log = LoggerFactory.getLogger("com.example.shop.Checkout");
    log.info("calling GitHub with token {}", s.get(0).value());
    log.info("connecting with password=" + s.get(1).value());
    MDC.put("session", s.get(7).value());
    log.warn("upstream slow, retrying");
    MDC.clear();
    log.warn("S3 upload with key id {}", s.get(2).value());
    log.error("payment failed", new IllegalStateException("request rejected for password=" + s.get(5).value(),
        new RuntimeException("token " + s.get(3).value() + " expired")));
    log.atInfo().addKeyValue("password", s.get(8).value()).log("user created");
    log.info("user signed in with {}", s.get(4).value());
    log.info("order 1042 shipped");
    context.stop();
  }
}
