package dev.redact4j;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Formatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Shared generators and the catalogue of ways Java turns an object into text. */
final class SecretFixtures {
  private SecretFixtures() {}

  /** Stands in for "any object whose toString() is the mask": the text every secret must give. */
  static final Object MASK_STAND_IN = new Object() {
    @Override
    public String toString() {
      return SecretString.MASK;
    }
  };

  /** Empty, ASCII, any UTF-16 unit (lone surrogates included), surrogate pairs, very long. */
  static Arbitrary<String> secretTexts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "*", SecretString.MASK, "null", "{}", "%s")),
        net.jqwik.api.Tuple.of(4, Arbitraries.strings().ascii().ofMaxLength(40)),
        net.jqwik.api.Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(6)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF).list()
            .ofMaxSize(10).map(SecretFixtures::fromCodePoints)),
        // Very long values, built by repetition: generating them char by char is slow.
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(16)
            .map(s -> s.repeat(50_000 / s.length()))));
  }

  /** Byte values of any length, including empty and long ones. */
  static Arbitrary<byte[]> secretByteArrays() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16)
            .map(b -> repeat(b, 20_000 / b.length)));
  }

  private static byte[] repeat(byte[] unit, int times) {
    byte[] out = new byte[unit.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(unit, 0, out, i * unit.length, unit.length);
    }
    return out;
  }

  static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder sb = new StringBuilder();
    codePoints.forEach(sb::appendCodePoint);
    return sb.toString();
  }

  record Holder(Object secret, int id) {}

  /** SLF4J's {@code {}} substitution, emulated: secret-types does not depend on SLF4J. */
  static String slf4jStyle(String pattern, Object... args) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (Object arg : args) {
      int at = pattern.indexOf("{}", from);
      if (at < 0) {
        break;
      }
      out.append(pattern, from, at).append(String.valueOf(arg));
      from = at + 2;
    }
    return out.append(pattern.substring(from)).toString();
  }

  /** Every common way Java code and logging libraries turn an object into text. */
  static Map<String, Function<Object, String>> textForms() {
    Map<String, Function<Object, String>> forms = new LinkedHashMap<>();
    forms.put("toString", Object::toString);
    forms.put("String.valueOf", String::valueOf);
    forms.put("concatenation", o -> "user=bob secret=" + o + ";");
    forms.put("StringBuilder.append", o -> new StringBuilder("x").append(o).toString());
    forms.put("String.format %s", o -> String.format("%s", o));
    forms.put("String.format %-20s", o -> String.format(Locale.ROOT, "[%-20s]", o));
    forms.put("String.format %S", o -> String.format(Locale.ROOT, "%S", o));
    forms.put("formatted", o -> "key %s".formatted(o));
    forms.put("Formatter", o -> {
      try (Formatter f = new Formatter(Locale.ROOT)) {
        return f.format("%s|%10s", o, o).toString();
      }
    });
    forms.put("Objects.toString", o -> Objects.toString(o));
    forms.put("Objects.toString default", o -> Objects.toString(o, "none"));
    forms.put("record", o -> new Holder(o, 7).toString());
    forms.put("List", o -> List.of(o, "other").toString());
    forms.put("Set", o -> Set.of(o).toString());
    forms.put("Map value", o -> Map.of("password", o).toString());
    forms.put("Map key", o -> Map.of(o, 1).toString());
    forms.put("Optional", o -> Optional.of(o).toString());
    forms.put("Arrays.toString", o -> Arrays.toString(new Object[] {o, o}));
    forms.put("Arrays.deepToString", o -> Arrays.deepToString(new Object[][] {{o}, {"x", o}}));
    forms.put("String.join", o -> String.join(",", String.valueOf(o), "x"));
    forms.put("Collectors.joining", o -> Stream.of(o, o).map(String::valueOf)
        .collect(Collectors.joining(", ", "<", ">")));
    forms.put("MessageFormat", o -> MessageFormat.format("login {0} with {1}", "bob", o));
    forms.put("SLF4J {}", o -> slf4jStyle("login {} with {} at {}", "bob", o, 3));
    forms.put("SLF4J {} array", o -> slf4jStyle("{}", Arrays.toString(new Object[] {o})));
    forms.put("PrintStream", o -> {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
        out.print(o);
        out.printf("%s", o);
      }
      return bytes.toString(StandardCharsets.UTF_8);
    });
    forms.put("PrintWriter", o -> {
      StringWriter text = new StringWriter();
      try (PrintWriter out = new PrintWriter(text)) {
        out.println(o);
      }
      return text.toString();
    });
    forms.put("exception message", o -> new IllegalStateException("bad " + o).getMessage());
    return forms;
  }

  /** Index of {@code needle} in {@code haystack}, or -1; an empty needle is never "found". */
  static int indexOf(byte[] haystack, byte[] needle) {
    if (needle.length == 0) {
      return -1;
    }
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
