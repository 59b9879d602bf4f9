package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.util.ClassUtil;
import com.fasterxml.jackson.databind.util.LinkedNode;
import dev.redact4j.jackson.internal.ReadErrors;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Keeps values read under a sensitive name out of Jackson's read errors, which quote the value they
 * could not convert ({@code Cannot deserialize value of type `int` from String "..."}) and so carry
 * it into logs. A value is under a sensitive name when any field name on the parser's path is one
 * (so list items and the fields of nested objects count, as they are masked whole on writing).
 *
 * <p>For such a value the problem handlers registered after this one get their chance first, as
 * Jackson would give it; when none takes it, this throws what Jackson would (same exception type,
 * target type and location) with the value left out, and without the cause, whose message may
 * quote it. Other values, and all values when {@link RedactionFeature#MASK_SENSITIVE_NAMES} is off,
 * are left to Jackson. Errors the parser raises itself (a malformed token, a number out of range)
 * never reach a handler and are not covered. Stateless.
 */
final class WithholdingProblemHandler extends DeserializationProblemHandler {
  private final RedactionSettings settings;

  WithholdingProblemHandler(RedactionSettings settings) {
    this.settings = settings;
  }

  @Override
  public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
      String failureMsg) throws IOException {
    String name = sensitiveName(ctxt.getParser());
    if (name == null) {
      return NOT_HANDLED;
    }
    Object handled = next(ctxt, h -> h.handleWeirdStringValue(ctxt, targetType, valueToConvert, failureMsg));
    if (handled != NOT_HANDLED) {
      return handled;
    }
    throw InvalidFormatException.from(ctxt.getParser(), ReadErrors.withheld(
        "Cannot deserialize value of type " + ClassUtil.nameOf(targetType) + " from String", name), null, targetType);
  }

  @Override
  public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
      String failureMsg) throws IOException {
    String name = sensitiveName(ctxt.getParser());
    if (name == null) {
      return NOT_HANDLED;
    }
    Object handled = next(ctxt, h -> h.handleWeirdNumberValue(ctxt, targetType, valueToConvert, failureMsg));
    if (handled != NOT_HANDLED) {
      return handled;
    }
    throw InvalidFormatException.from(ctxt.getParser(), ReadErrors.withheld(
        "Cannot deserialize value of type " + ClassUtil.nameOf(targetType) + " from number", name), null, targetType);
  }

  @Override
  public Object handleWeirdKey(DeserializationContext ctxt, Class<?> rawKeyType, String keyValue, String failureMsg)
      throws IOException {
    String name = sensitiveName(ctxt.getParser());
    if (name == null) {
      return NOT_HANDLED;
    }
    Object handled = next(ctxt, h -> h.handleWeirdKey(ctxt, rawKeyType, keyValue, failureMsg));
    if (handled != NOT_HANDLED) {
      return handled;
    }
    throw InvalidFormatException.from(ctxt.getParser(), ReadErrors.withheld(
        "Cannot deserialize Map key of type " + ClassUtil.nameOf(rawKeyType) + " from String", name), null, rawKeyType);
  }

  @Override
  public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
      Throwable t) throws IOException {
    String name = sensitiveName(ctxt.getParser());
    if (name == null) {
      name = sensitiveCreatorProperty(ctxt, instClass, argument);
    }
    if (name == null) {
      return NOT_HANDLED;
    }
    Object handled = next(ctxt, h -> h.handleInstantiationProblem(ctxt, instClass, argument, t));
    if (handled != NOT_HANDLED) {
      return handled;
    }
    throw ValueInstantiationException.from(ctxt.getParser(), ReadErrors.withheld("Cannot construct instance of "
        + ClassUtil.nameOf(instClass) + " from " + kindOf(ctxt.getParser()) + ", problem: "
        + ClassUtil.nameOf(rootCause(t).getClass()), name), ctxt.constructType(instClass));
  }

  @Override
  public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
      ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
    String name = sensitiveName(p);
    if (name == null) {
      return NOT_HANDLED;
    }
    Object handled = next(ctxt, h -> h.handleMissingInstantiator(ctxt, instClass, valueInsta, p, msg));
    if (handled != NOT_HANDLED) {
      return handled;
    }
    String problem = ReadErrors.withheld("Cannot construct instance of " + ClassUtil.nameOf(instClass)
        + " from " + kindOf(p) + ": no creator takes it", name);
    // As Jackson: a type that cannot be created at all is a definition problem, else the input's.
    return valueInsta == null || !valueInsta.canInstantiate()
        ? ctxt.reportBadDefinition(ctxt.constructType(instClass), problem)
        : ctxt.reportInputMismatch(instClass, "%s", problem);
  }

  /** The first sensitive field name on the path to {@code p}'s current value, or null. */
  private @Nullable String sensitiveName(@Nullable JsonParser p) {
    if (p == null || !settings.masksNames()) {
      return null;
    }
    for (JsonStreamContext c = p.getParsingContext(); c != null; c = c.getParent()) {
      String name = c.getCurrentName();
      if (name != null && settings.isSensitiveName(name)) {
        return name;
      }
    }
    return null;
  }

  /**
   * The first sensitive name among the properties a properties-based creator (a record's canonical
   * constructor, a {@code @JsonCreator} with named parameters) was given a value for, or null. Jackson
   * calls such a creator once the whole object is read, when no name is left on the parser's path,
   * and a constructor that validates its arguments often quotes the one it rejects.
   */
  private @Nullable String sensitiveCreatorProperty(DeserializationContext ctxt, Class<?> instClass,
      @Nullable Object argument) throws IOException {
    if (!(argument instanceof Object[] args) || !settings.masksNames()) {
      return null;
    }
    JsonDeserializer<Object> deserializer = ctxt.findRootValueDeserializer(ctxt.constructType(instClass));
    SettableBeanProperty[] properties = deserializer instanceof ValueInstantiator.Gettable gettable
        ? gettable.getValueInstantiator().getFromObjectArguments(ctxt.getConfig()) : null;
    if (properties == null) {
      return null;
    }
    for (SettableBeanProperty property : properties) {
      int i = property.getCreatorIndex();
      if (i >= 0 && i < args.length && args[i] != null && settings.isSensitiveName(property.getName())) {
        return property.getName();
      }
    }
    return null;
  }

  /**
   * The exception the creator threw, which Jackson may have wrapped in its own; bounded, so a cause
   * chain that loops back on itself ends.
   */
  private static Throwable rootCause(Throwable t) {
    Throwable root = t;
    for (int depth = 0; depth < 32 && root.getCause() != null && root.getCause() != root; depth++) {
      root = root.getCause();
    }
    return root;
  }

  private static String kindOf(JsonParser p) {
    JsonToken t = p.currentToken();
    return ReadErrors.kindOf(t == null ? null : t.name());
  }

  /** One problem handler's method. */
  private interface Call {
    Object on(DeserializationProblemHandler handler) throws IOException;
  }

  /** What the first handler registered after this one that takes the problem returns, or NOT_HANDLED. */
  private Object next(DeserializationContext ctxt, Call call) throws IOException {
    boolean after = false;
    for (LinkedNode<DeserializationProblemHandler> h = ctxt.getConfig().getProblemHandlers(); h != null; h = h.next()) {
      if (after) {
        Object handled = call.on(h.value());
        if (handled != NOT_HANDLED) {
          return handled;
        }
      } else {
        after = h.value() == this;
      }
    }
    return NOT_HANDLED;
  }
}
