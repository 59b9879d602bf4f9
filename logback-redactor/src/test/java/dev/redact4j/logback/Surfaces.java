package dev.redact4j.logback;

import dev.redact4j.SecretString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;

/**
 * Logs one event through each surface a secret can take, planting a fresh fake secret in each:
 * message text, {@code {}} arguments (alone and in context), a {@code SecretString} argument, MDC,
 * SLF4J key-value pairs, a marker, and an exception with a cause and a suppressed exception.
 */
final class Surfaces {
  /** Masks the surfaces produce with the fixtures' rules and the typed mask. */
  static final List<String> EXPECTED_MASKS = List.of("[REDACTED:password-assignment]",
      "[REDACTED:github-pat-classic]", "[REDACTED:test-aws-key]", "[REDACTED:acme-token]",
      "[REDACTED:known-secret]");

  private Surfaces() {}

  /** Logs every surface and returns the secrets planted (each must be absent from the output). */
  static List<String> logAll(Logger log, MDCAdapter mdc, FakeSecrets fakes) {
    List<String> planted = new ArrayList<>();
    String pw = add(planted, fakes.password());
    log.info("login for bob with password={}", pw);
    log.info("calling the api with {}", add(planted, fakes.githubToken()));
    log.warn("aws key " + add(planted, fakes.awsKeyId()) + " rotated");
    log.info("acme {} ready", add(planted, fakes.acmeToken()));
    log.info("known value {} used", add(planted, fakes.knownSecret()));
    log.info("typed secret {}", SecretString.of(add(planted, fakes.password())));
    // An argument no placeholder consumes still reaches JSON encoders' "arguments".
    log.info("extra argument", "password=" + add(planted, fakes.password()));

    mdc.put("password", add(planted, fakes.password()));
    mdc.put("requestToken", add(planted, fakes.githubToken()));
    log.info("with mdc");
    mdc.clear();

    log.atInfo().addKeyValue("password", add(planted, fakes.password()))
        .addKeyValue("gh", add(planted, fakes.githubToken())).log("with kv");

    log.info(new BasicMarkerFactory().getDetachedMarker("token " + add(planted, fakes.githubToken())),
        "with marker");

    IllegalStateException ex = new IllegalStateException("failed for password=" + add(planted, fakes.password()),
        new IOException("cause token " + add(planted, fakes.githubToken())));
    ex.addSuppressed(new RuntimeException("suppressed key " + add(planted, fakes.awsKeyId())));
    log.error("request failed", ex);
    return planted;
  }

  private static String add(List<String> planted, String secret) {
    planted.add(secret);
    return secret;
  }
}
