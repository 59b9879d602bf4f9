package dev.redact4j;

/**
 * What one rule of a {@link Redactor} hides, for listings such as {@code redact --list-rules}.
 *
 * @param id the rule id used in masks, findings and configuration, e.g. {@code github-pat-classic}
 * @param group the group the rule belongs to, e.g. {@code github}; groups can be enabled or disabled
 *     as a whole
 * @param description one line for people
 * @param example the shape of a matching secret with no real value, e.g. {@code ghp_<36 letters/digits>}
 * @since 0.1.0
 */
public record RuleDescription(String id, String group, String description, String example) {}
