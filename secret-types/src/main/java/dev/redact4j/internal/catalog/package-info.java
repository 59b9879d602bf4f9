/**
 * The built-in catalog of secret detectors, one row of data per secret family. Not exported.
 */
@NullMarked
package dev.redact4j.internal.catalog;

import org.jspecify.annotations.NullMarked;
