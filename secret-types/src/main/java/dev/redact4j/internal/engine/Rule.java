package dev.redact4j.internal.engine;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One compiled rule: identity, description and how it matches. Immutable.
 *
 * <p>Exactly one of {@code detector} and {@code wholeText} is set. A rule with a {@code detector} is
 * tried at each occurrence of one of its anchors. A rule with {@code wholeText} runs once over the
 * text when one of its anchors occurred, or always when it has no anchors.
 */
public final class Rule {
  private final String id;
  private final String group;
  private final String description;
  private final String example;
  private final List<Anchor> anchors;
  private final @Nullable Detector detector;
  private final @Nullable WholeTextDetector wholeText;
  private final int publicPrefixLength;

  public Rule(String id, String group, String description, String example, List<Anchor> anchors,
      @Nullable Detector detector, @Nullable WholeTextDetector wholeText, int publicPrefixLength) {
    this.id = Objects.requireNonNull(id, "id");
    this.group = Objects.requireNonNull(group, "group");
    this.description = Objects.requireNonNull(description, "description");
    this.example = Objects.requireNonNull(example, "example");
    this.anchors = List.copyOf(anchors);
    if ((detector == null) == (wholeText == null)) {
      throw new IllegalArgumentException("Rule " + id + " needs exactly one detector");
    }
    if (detector != null && this.anchors.isEmpty()) {
      throw new IllegalArgumentException("Rule " + id + " needs at least one anchor");
    }
    this.detector = detector;
    this.wholeText = wholeText;
    this.publicPrefixLength = publicPrefixLength;
  }

  public String id() {
    return id;
  }

  public String group() {
    return group;
  }

  public String description() {
    return description;
  }

  /** The shape of a matching secret with its body replaced, e.g. {@code ghp_<36 alphanumerics>}. */
  public String example() {
    return example;
  }

  public List<Anchor> anchors() {
    return anchors;
  }

  public @Nullable Detector detector() {
    return detector;
  }

  public @Nullable WholeTextDetector wholeText() {
    return wholeText;
  }

  /** Length of the non-secret prefix a {@code prefix} mask may keep, e.g. 4 for {@code ghp_}. */
  public int publicPrefixLength() {
    return publicPrefixLength;
  }

  @Override
  public String toString() {
    return "Rule[" + id + "]";
  }
}
