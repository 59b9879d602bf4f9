package dev.redact4j.jackson.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Coordinates of this artifact, filtered into {@code build.properties} by the build. */
public final class BuildInfo {
  public static final String GROUP_ID;
  public static final String ARTIFACT_ID;
  public static final String VERSION;

  static {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        throw new IllegalStateException("build.properties is missing from the redact4j jackson-module jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GROUP_ID = p.getProperty("groupId");
    ARTIFACT_ID = p.getProperty("artifactId");
    VERSION = p.getProperty("version");
  }

  private BuildInfo() {}
}
