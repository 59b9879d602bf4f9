package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.MarkerManager;
import org.junit.jupiter.api.Test;

/**
 * A marker redacted for its name keeps its parents: {@code %marker} prints them, JSON marker resolvers
 * write them, and filters after a {@code <Rewrite>} route by them. The copy once dropped them, so an
 * audit event whose marker held a secret lost its {@code AUDIT} parent and a MarkerFilter dropped it.
 */
class MarkerParentsTest extends FixtureTest {
  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(71);

  @Test
  void aRedactedMarkerKeepsItsParents() {
    String token = secrets.githubToken();
    String parentToken = secrets.githubToken();
    Marker audit = MarkerManager.getMarker("AUDIT");
    Marker login = MarkerManager.getMarker("login-" + token).setParents(audit);
    Marker nested = MarkerManager.getMarker("job").setParents(MarkerManager.getMarker("p-" + parentToken)
        .setParents(audit));
    fixture.context.getLogger("app").info(login, "signed in");
    fixture.context.getLogger("app").info(nested, "ran");
    fixture.close();

    String nl = System.lineSeparator();
    String expected = "login-[REDACTED:github-pat-classic][ AUDIT ] - signed in" + nl
        + "job[ p-[REDACTED:github-pat-classic][ AUDIT ] ] - ran" + nl;
    assertThat(fixture.read("pattern.log")).isEqualTo(expected);
    assertThat(fixture.read("audit.log")).isEqualTo(expected);
    List<JsonNode> json = fixture.readJson("marker.json");
    assertThat(json.get(0).get("marker").asText()).isEqualTo("login-[REDACTED:github-pat-classic]");
    assertThat(json.get(0).get("parents").get(0).asText()).isEqualTo("AUDIT");
    assertThat(json.get(1).get("parents").get(0).asText()).isEqualTo("p-[REDACTED:github-pat-classic]");
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
