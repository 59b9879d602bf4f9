/**
 * The Jackson-neutral part of the redact4j Jackson modules: settings, the sensitive-name matcher,
 * map masking and the build version. Shared by the Jackson 2 and Jackson 3 packages and free of
 * any Jackson type, so either line can run without the other. Not exported; may change in any
 * release.
 */
@NullMarked
package dev.redact4j.jackson.internal;

import org.jspecify.annotations.NullMarked;
