package dev.redact4j.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.redact4j.jackson.RedactionFeature;
import dev.redact4j.jackson.RedactionModule;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What does masking cost Jackson 2 serialization, per object? {@code plain}: an {@link ObjectMapper};
 * {@code handWritten}: the same with a hand-written {@code @JsonSerialize(using = ...)} masking
 * serializer on the sensitive properties (attached with a mix-in, so the objects are the same), the
 * usual do-it-yourself approach; it hides sensitive fields but not a token inside free text.
 * {@code redacting}: the same mapper with redact4j's {@link RedactionModule} as configured by default
 * (sensitive property names, {@code @Redacted}, secret types); {@code redactingScan}: the module with
 * {@link RedactionFeature#SCAN_STRING_VALUES}, which also hides the token inside the free-text note.
 * {@code clean}: orders without credentials or secrets; {@code dense}: each
 * order carries credentials and one secret in its free-text note. One operation serializes one object.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar JacksonBenchmark -prof gc -rf json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JacksonBenchmark {
  static final int OBJECTS = 64;

  @Param({"plain", "redacting", "redactingScan", "handWritten"})
  public String variant;

  @Param({"clean", "dense"})
  public String corpus;

  private ObjectMapper mapper;
  private Order[] orders;

  /** An order as a service might log or return it. */
  public record Order(String id, String customer, String note, List<String> tags, Map<String, String> attributes,
      @Nullable Credentials credentials) {}

  /** Credentials for a partner call, the kind of object that ends up in a JSON log by accident. */
  public record Credentials(String username, String password, String apiKey) {}

  /** Adds the hand-written masking serializer to the sensitive components. */
  abstract static class CredentialsMasks {
    @JsonSerialize(using = MaskingSerializer.class)
    abstract String password();

    @JsonSerialize(using = MaskingSerializer.class)
    abstract String apiKey();
  }

  /** Writes a fixed mask instead of the value. */
  static final class MaskingSerializer extends JsonSerializer<Object> {
    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(Contender.REPLACEMENT);
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws JsonProcessingException {
    mapper = switch (variant) {
      case "plain" -> new ObjectMapper();
      case "redacting" -> new ObjectMapper().registerModule(new RedactionModule());
      case "redactingScan" -> new ObjectMapper().registerModule(
          RedactionModule.builder().enable(RedactionFeature.SCAN_STRING_VALUES).build());
      case "handWritten" -> new ObjectMapper().addMixIn(Credentials.class, CredentialsMasks.class);
      default -> throw new IllegalArgumentException("unknown variant '" + variant + "'");
    };
    Corpus.Message[] notes = Corpus.messages(corpus, OBJECTS);
    orders = new Order[OBJECTS];
    java.util.Random rnd = new java.util.Random(Corpus.SEED);
    for (int i = 0; i < OBJECTS; i++) {
      Credentials credentials = corpus.equals("dense")
          ? new Credentials("svc-orders", SecretFamily.random(rnd, SecretFamily.ALNUM, 20),
              SecretFamily.GITHUB_PAT.sample(rnd).secret())
          : null;
      orders[i] = new Order(new java.util.UUID(rnd.nextLong(), rnd.nextLong()).toString(), "customer-" + rnd.nextInt(100000),
          notes[i].text(), List.of("priority", "eu-west-1", "express"),
          Map.of("channel", "web", "locale", "de-DE", "campaign", "spring-" + rnd.nextInt(100)), credentials);
    }
    check(notes);
  }

  /**
   * Every variant does the job it is named for, or the benchmark refuses to run: on clean orders every
   * variant writes exactly what the plain mapper writes; on dense orders every masking variant hides
   * every password and API key, and {@code redactingScan} also the secret in each note.
   */
  private void check(Corpus.Message[] notes) throws JsonProcessingException {
    ObjectMapper plain = new ObjectMapper();
    for (int i = 0; i < OBJECTS; i++) {
      Order order = orders[i];
      String json = mapper.writeValueAsString(order);
      Credentials c = order.credentials();
      if (c == null) {
        if (!json.equals(plain.writeValueAsString(order))) {
          throw new IllegalStateException(variant + " changed a clean order: " + json);
        }
      } else if (!variant.equals("plain") && (json.contains(c.password()) || json.contains(c.apiKey()))) {
        throw new IllegalStateException(variant + " let a credential through: " + json);
      }
    }
    if (variant.equals("redactingScan")) {
      Checks.outputHidesSecrets(notes, true, i -> {
        try {
          return Checks.jsonText(mapper.writeValueAsString(orders[i]));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      });
    }
  }

  @Benchmark
  @OperationsPerInvocation(OBJECTS)
  public void serialize(Blackhole bh, CpuTime cpu) throws JsonProcessingException {
    cpu.cpuOps += OBJECTS;
    for (Order order : orders) {
      bh.consume(mapper.writeValueAsBytes(order));
    }
  }
}
