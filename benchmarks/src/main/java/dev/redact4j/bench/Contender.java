package dev.redact4j.bench;

import dev.redact4j.Redactor;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One way of processing a line of text; each benchmark fork uses one, so the call stays
 * monomorphic. The regex contenders replace every match with the same fixed text, as
 * {@code %replace} and {@code <replace>} users do.
 */
abstract class Contender {
  static final String REPLACEMENT = "[REDACTED]";

  abstract void run(String text, Blackhole bh);

  /**
   * Contenders by name: {@code redact4j} (the 10-family rule set), {@code redact4jCatalog}
   * ({@link Redactor#defaults()}), {@code jdkAlternation}, {@code jdkPerRule}, {@code re2jAlternation},
   * and the two ceilings {@code charLoop} and {@code indexOf}.
   */
  static Contender named(String name) {
    return switch (name) {
      case "redact4j" -> redactor(RuleSets.tenFamilies());
      case "redact4jCatalog" -> redactor(Redactor.defaults());
      case "jdkAlternation" -> jdkAlternation();
      case "jdkPerRule" -> jdkPerRule();
      case "re2jAlternation" -> re2jAlternation();
      case "charLoop" -> new CharLoop();
      case "indexOf" -> new IndexOf();
      default -> throw new IllegalArgumentException("unknown contender '" + name + "'");
    };
  }

  static Contender redactor(Redactor redactor) {
    return new Transforming(redactor::redact);
  }

  static Contender jdkAlternation() {
    Pattern pattern = Pattern.compile(SecretFamily.alternation());
    return new Transforming(text -> pattern.matcher(text).replaceAll(REPLACEMENT));
  }

  static Contender jdkPerRule() {
    Pattern[] patterns = SecretFamily.regexes().stream().map(Pattern::compile).toArray(Pattern[]::new);
    return new Transforming(text -> {
      String s = text;
      for (Pattern p : patterns) {
        s = p.matcher(s).replaceAll(REPLACEMENT);
      }
      return s;
    });
  }

  static Contender re2jAlternation() {
    com.google.re2j.Pattern pattern = com.google.re2j.Pattern.compile(SecretFamily.alternation());
    return new Transforming(text -> pattern.matcher(text).replaceAll(REPLACEMENT));
  }

  /** What the contender outputs for {@code text}; the ceilings output it unchanged. */
  String transform(String text) {
    return text;
  }

  /** A contender that rewrites the text. */
  static final class Transforming extends Contender {
    private final UnaryOperator<String> function;

    Transforming(UnaryOperator<String> function) {
      this.function = function;
    }

    @Override
    void run(String text, Blackhole bh) {
      bh.consume(function.apply(text));
    }

    @Override
    String transform(String text) {
      return function.apply(text);
    }
  }

  /**
   * The ceiling for any matcher that reads every character: one {@code charAt} and one compare per
   * character, nothing else.
   */
  static final class CharLoop extends Contender {
    @Override
    void run(String text, Blackhole bh) {
      int count = 0;
      for (int i = 0, n = text.length(); i < n; i++) {
        if (text.charAt(i) == '=') {
          count++;
        }
      }
      bh.consume(count);
    }
  }

  /**
   * What skipping costs: {@code String.indexOf(char)} for a character that never occurs, so the
   * JDK's vectorised intrinsic reads the whole line.
   */
  static final class IndexOf extends Contender {
    @Override
    void run(String text, Blackhole bh) {
      bh.consume(text.indexOf('\u0001'));
    }
  }
}
