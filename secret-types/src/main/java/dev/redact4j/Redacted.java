package dev.redact4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field, getter or record component whose value must never be written out, whatever its
 * type. Serializers that know redact4j (the Jackson module) write the mask instead of the value.
 * Living in the core, it lets domain classes stay free of serializer dependencies.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER,
    ElementType.ANNOTATION_TYPE})
public @interface Redacted {}
