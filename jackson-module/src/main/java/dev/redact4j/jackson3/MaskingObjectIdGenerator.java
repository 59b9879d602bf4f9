package dev.redact4j.jackson3;

import com.fasterxml.jackson.annotation.ObjectIdGenerator;
import dev.redact4j.SecretString;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.introspect.ObjectIdInfo;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.impl.PropertyBasedObjectIdGenerator;

/**
 * The object id of a bean whose id property is masked, as in {@code @JsonIdentityInfo(generator =
 * PropertyGenerator.class, property = "token")}: a reference to an object already written is its
 * id, so the id is handed out as a {@link SecretString} of its text, written as the mask (and by a
 * revealing writer as that text).
 */
@SuppressWarnings("serial") // Holds a property writer; mappers carrying this module are not Java-serialized.
final class MaskingObjectIdGenerator extends PropertyBasedObjectIdGenerator {
  MaskingObjectIdGenerator(ObjectIdInfo info, BeanPropertyWriter property) {
    super(info, property);
  }

  private MaskingObjectIdGenerator(Class<?> scope, BeanPropertyWriter property) {
    super(scope, property);
  }

  @Override
  public @Nullable Object generateId(Object forPojo) {
    Object id = super.generateId(forPojo);
    return id == null ? null : SecretString.of(String.valueOf(id));
  }

  @Override
  public ObjectIdGenerator<Object> forScope(Class<?> scope) {
    return scope == _scope ? this : new MaskingObjectIdGenerator(scope, _property);
  }
}
