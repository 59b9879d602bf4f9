package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Query and fragment parameters whose names are no secret words: an OAuth authorization {@code code} in a
 * URL of an authorization flow, an {@code appid} API key (OpenWeather), and the tokens of an implicit
 * flow's fragment ({@code #access_token=}, {@code #id_token=}, {@code #refresh_token=}). Status codes,
 * error codes, product and country codes, and public application ids stay.
 */
class UrlParameterSecretsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String CODE = "SplxlOBeZQ" + "QYbYS6WxSbIA";
  private static final String GOOGLE_CODE = "4/0AeaYSHBEXAMPLEq8" + "XzK2LmNpQrStUvWx";
  private static final String HEX_CODE = "e72e16c7e4" + "2f292c6912";
  private static final String APPID = "b6907d289e10d714" + "a6e88b30761fae22";

  @ParameterizedTest
  @ValueSource(strings = {"GET /oauth/callback?code=" + GOOGLE_CODE + "&state=xyz123",
      "redirect to https://app.example.com/callback?code=" + CODE + "&state=af0ifjsldkj",
      "https://client.example.com/cb?code=" + CODE + "&state=xyz",
      "http://localhost:8080/login/oauth2/code/google?state=abc&code=4%2F0AeaYSHBEXAMPLEq8" + "XzK2LmNpQrStUvWx&scope=x",
      "GET /auth/github/callback?code=" + HEX_CODE + " 200",
      "https://app.example.com/cb#code=" + CODE + "&state=af0",
      "Location: https://app.example.com/cb#access_token=" + CODE + "&token_type=Bearer&expires_in=3600",
      "https://app.example.com/cb#refresh_token=" + CODE + "&state=1",
      "GET https://api.openweathermap.org/data/2.5/weather?q=London&appid=" + APPID,
      "GET /data/2.5/forecast?lat=1&lon=2&APPID=" + APPID + "&units=metric",
      "GET https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&sp=r&sig=" + CODE + "%3D&se=2030-01-01",
      "GET /download?file=a.zip&expires=1700000000&signature=" + CODE})
  void parameterSecretsAreHidden(String line) {
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:").doesNotContain(CODE).doesNotContain("XzK2LmNp")
        .doesNotContain(HEX_CODE).doesNotContain(APPID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET /oauth/callback?code=200&state=xyz",
      "GET /oauth/callback?error=access_denied&code=ERR_TIMEOUT&state=xyz",
      "GET /api/products?code=SKU12345678901234567&page=2", "GET /api/countries?code=DE&state=BY",
      "GET /verify?code=123456&state=pending",
      "GET /oauth/authorize?response_type=code&client_id=abc&redirect_uri=https%3A%2F%2Fapp%2Fcb&state=xyz",
      "GET /steam/api?appid=730&l=en", "GET /wechat/sns?appid=wxd930ea5d5a258f4f&lang=zh",
      "GET /graph?appid=00000003-0000-0000-c000-000000000000", "exit code=1 after 12:30:45",
      // a Google search result's referrer: usg and sig2 are click-tracking hashes of the target URL
      "\"http://www.google.com/url?sa=t&rct=j&q=&esrc=s&source=web&cd=1&ved=0CCcQFjAA&url=http%3A%2F%2F"
          + "www.example.com%2Fblog%2F&ei=4dYAU7rhKoW9oQTa74DwAg&usg=AFQjCNHw6zioJpizqX8Q0YpKKaF4zdCSEg"
          + "&sig2=pjpfEXAMPLEwsEhbMA_x9Q&bvm=bv.61535280,d.cGU\" \"Mozilla/5.0 (X11; Linux x86_64)\""})
  void codesAndPublicIdsPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
