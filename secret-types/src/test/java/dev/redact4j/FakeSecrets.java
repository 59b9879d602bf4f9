package dev.redact4j;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Builds format-valid, obviously fake secrets at run time from seeded randomness, one generator per
 * family, so that no real-looking secret literal lives in the sources.
 */
final class FakeSecrets {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String HEX = "0123456789abcdef";
  static final String TOKEN = ALNUM + "_-";
  static final String B64 = ALNUM + "+/";

  /** A family: its name and how to build one secret; the whole result must be hidden. */
  record Family(String name, Function<Random, String> make) {
    @Override
    public String toString() {
      return name;
    }
  }

  private FakeSecrets() {}

  static String chars(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Random base62 with at least one upper, lower and digit, like real tokens. */
  static String mixed(Random r, int n) {
    String s = chars(r, ALNUM, n - 3);
    return s.substring(0, (n - 3) / 2) + chars(r, UPPER, 1) + chars(r, DIGITS, 1) + s.substring((n - 3) / 2)
        + chars(r, LOWER, 1);
  }

  static String github(Random r, String prefix) {
    String body = chars(r, ALNUM, 30);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    long v = crc.getValue();
    char[] check = new char[6];
    String b62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    for (int i = 5; i >= 0; i--) {
      check[i] = b62.charAt((int) (v % 62));
      v /= 62;
    }
    return prefix + body + new String(check);
  }

  /** The digits cut into groups of the given sizes, joined by {@code separator}. */
  static String grouped(String digits, char separator, int... sizes) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int size : sizes) {
      if (at > 0) {
        sb.append(separator);
      }
      sb.append(digits, at, at + size);
      at += size;
    }
    return sb.toString();
  }

  static String luhnCard(Random r, String prefix, int length) {
    StringBuilder sb = new StringBuilder(prefix);
    while (sb.length() < length - 1) {
      sb.append(r.nextInt(10));
    }
    for (int d = 0; d < 10; d++) {
      String candidate = sb.toString() + d;
      int sum = 0;
      boolean dbl = false;
      for (int i = candidate.length() - 1; i >= 0; i--) {
        int x = candidate.charAt(i) - '0';
        if (dbl) {
          x *= 2;
          if (x > 9) {
            x -= 9;
          }
        }
        sum += x;
        dbl = !dbl;
      }
      if (sum % 10 == 0) {
        return candidate;
      }
    }
    throw new AssertionError();
  }

  /** A Fernet token: 0x80, a 2025 timestamp, a 16-byte IV, 32 to 96 bytes of ciphertext, a 32-byte HMAC. */
  static String fernet(Random r) {
    byte[] b = new byte[1 + 8 + 16 + 32 * (1 + r.nextInt(3)) + 32];
    r.nextBytes(b);
    b[0] = (byte) 0x80;
    long time = 1_735_689_600L + r.nextInt(30_000_000);
    for (int i = 0; i < 8; i++) {
      b[1 + i] = (byte) (time >>> (56 - 8 * i));
    }
    return java.util.Base64.getUrlEncoder().encodeToString(b);
  }

  static String base64url(String json) {
    return java.util.Base64.getUrlEncoder().withoutPadding()
        .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static final List<Family> TOKENS = List.of(
      new Family("github-pat-classic", r -> github(r, "ghp_")),
      new Family("github-oauth", r -> github(r, "gho_")),
      new Family("github-app", r -> github(r, r.nextBoolean() ? "ghu_" : "ghs_")),
      new Family("github-fine-grained", r -> "github_pat_" + chars(r, ALNUM, 22) + "_" + chars(r, ALNUM, 59)),
      new Family("gitlab-pat", r -> "glpat-" + chars(r, TOKEN, 20)),
      new Family("gitlab-runner", r -> "glrt-" + chars(r, TOKEN, 20)),
      new Family("aws-access-key-id", r -> (r.nextBoolean() ? "AKIA" : "ASIA") + chars(r, UPPER + "234567", 16)),
      new Family("slack-bot", r -> "xoxb-" + chars(r, DIGITS, 12) + "-" + chars(r, DIGITS, 13) + "-"
          + chars(r, ALNUM, 24)),
      new Family("slack-user", r -> "xoxp-" + chars(r, DIGITS, 12) + "-" + chars(r, DIGITS, 12) + "-"
          + chars(r, DIGITS, 12) + "-" + chars(r, HEX, 32)),
      new Family("slack-webhook", r -> "https://hooks.slack.com/services/T" + chars(r, UPPER + DIGITS, 8) + "/B"
          + chars(r, UPPER + DIGITS, 10) + "/" + chars(r, ALNUM, 24)),
      new Family("stripe", r -> (r.nextBoolean() ? "sk_live_" : "rk_live_") + chars(r, ALNUM, 24)),
      new Family("google-api-key", r -> "AIza" + chars(r, TOKEN, 35)),
      new Family("google-oauth-secret", r -> "GOCSPX-" + chars(r, TOKEN, 28)),
      new Family("openai", r -> "sk-proj-" + chars(r, TOKEN, 64)),
      new Family("anthropic", r -> "sk-ant-api03-" + chars(r, TOKEN, 93) + "AA"),
      new Family("npm", r -> "npm_" + chars(r, ALNUM, 36)),
      new Family("fernet", FakeSecrets::fernet),
      new Family("pypi", r -> "pypi-AgEIcHlwaS5vcmc" + chars(r, TOKEN, 150)),
      new Family("sendgrid", r -> "SG." + chars(r, TOKEN, 22) + "." + chars(r, TOKEN, 43)),
      new Family("mailchimp", r -> chars(r, HEX, 32) + "-us" + (1 + r.nextInt(20))),
      new Family("shopify", r -> "shpat_" + chars(r, HEX, 32)),
      new Family("square", r -> "sq0atp-" + chars(r, TOKEN, 22)),
      new Family("newrelic", r -> "NRAK-" + chars(r, UPPER + DIGITS, 27)),
      new Family("vault", r -> "hvs." + chars(r, TOKEN, 90)),
      new Family("terraform", r -> chars(r, ALNUM, 14) + ".atlasv1." + chars(r, TOKEN, 67)),
      new Family("huggingface", r -> "hf_" + chars(r, UPPER + LOWER, 34)),
      new Family("databricks", r -> "dapi" + chars(r, HEX, 32)),
      new Family("digitalocean", r -> "dop_v1_" + chars(r, HEX, 64)),
      new Family("atlassian", r -> "ATATT3" + chars(r, TOKEN, 180) + "=" + chars(r, HEX.toUpperCase(), 8)),
      new Family("telegram", r -> (100000000 + r.nextInt(899999999)) + ":AA" + chars(r, TOKEN, 33)),
      new Family("discord-webhook", r -> "https://discord.com/api/webhooks/" + chars(r, DIGITS, 18) + "/"
          + chars(r, TOKEN, 68)),
      new Family("teams-webhook", r -> "https://example.webhook.office.com/webhookb2/" + chars(r, HEX, 8) + "-"
          + chars(r, HEX, 4) + "@" + chars(r, HEX, 8) + "/IncomingWebhook/" + chars(r, HEX, 32) + "/"
          + chars(r, HEX, 8)),
      new Family("dockerhub", r -> "dckr_pat_" + chars(r, TOKEN, 27)),
      new Family("grafana", r -> "glsa_" + chars(r, ALNUM, 32) + "_" + chars(r, HEX, 8)),
      new Family("sentry", r -> "sntryu_" + chars(r, HEX, 64)),
      new Family("age", r -> "AGE-SECRET-KEY-1" + chars(r, UPPER + DIGITS, 58)),
      new Family("azure-ad-secret", r -> chars(r, ALNUM, 3) + "8Q~" + chars(r, ALNUM + "_.~-", 34)),
      new Family("bcrypt", r -> "$2b$12$" + chars(r, ALNUM + "./", 53)),
      new Family("sha512-crypt", r -> "$6$" + chars(r, ALNUM, 16) + "$" + chars(r, ALNUM + "./", 86)),
      new Family("argon2", r -> "$argon2id$v=19$m=65536,t=3,p=4$" + chars(r, B64, 22) + "$" + chars(r, B64, 43)),
      new Family("ldap-ssha", r -> "{SSHA}" + chars(r, B64, 32)),
      new Family("ldap-sha512", r -> "{SSHA512}" + chars(r, B64, 94) + "=="),
      new Family("jwt", r -> base64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
          + base64url("{\"sub\":\"" + chars(r, DIGITS, 10) + "\",\"iat\":" + chars(r, DIGITS, 10) + "}") + "."
          + chars(r, TOKEN, 43)),
      new Family("pem-base64", r -> java.util.Base64.getEncoder().encodeToString(
          ("-----BEGIN RSA PRIVATE KEY-----\n" + chars(r, B64, 64) + "\n-----END RSA PRIVATE KEY-----\n")
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII))),
      new Family("visa", r -> luhnCard(r, "4", 16)),
      new Family("mastercard", r -> luhnCard(r, "5" + (1 + r.nextInt(5)), 16)),
      new Family("amex", r -> luhnCard(r, r.nextBoolean() ? "34" : "37", 15)),
      new Family("visa-grouped", r -> grouped(luhnCard(r, "4", 16), r.nextBoolean() ? ' ' : '-', 4, 4, 4, 4)),
      new Family("amex-grouped", r -> grouped(luhnCard(r, "37", 15), r.nextBoolean() ? ' ' : '-', 4, 6, 5)),
      new Family("twilio-api-key", r -> "SK" + chars(r, HEX, 31) + "a"),
      new Family("doppler", r -> "dp.st." + chars(r, ALNUM, 43)),
      new Family("brevo", r -> (r.nextBoolean() ? "xkeysib-" : "xsmtpsib-") + chars(r, HEX, 64) + "-" + mixed(r, 16)),
      new Family("discord-bot-token", FakeSecrets::discordBotToken),
      new Family("okta", r -> "00" + mixed(r, 38) + chars(r, TOKEN, 2)),
      new Family("flutterwave", r -> r.nextBoolean() ? "FLWSECK-" + chars(r, HEX, 32) + "-X"
          : "FLWSECK_TEST" + chars(r, HEX, 12)),
      new Family("aws-bedrock", r -> "ABSK" + chars(r, B64, 128 + 4 * r.nextInt(30))),
      new Family("openshift", r -> "sha256~" + chars(r, TOKEN, 43)),
      new Family("tailscale", r -> "tskey-" + (r.nextBoolean() ? "auth" : "api") + "-k" + mixed(r, 11) + "CNTRL-"
          + mixed(r, 33)),
      new Family("clickhouse", r -> "4b1d" + mixed(r, 38)),
      new Family("bitbucket-datacenter", r -> "BBDC-" + chars(r, ALNUM + "+/@_-", 44)),
      new Family("plaid", r -> "access-" + (r.nextBoolean() ? "sandbox" : "production") + "-" + uuid(r)),
      new Family("openrouter", r -> "sk-or-v1-" + chars(r, HEX, 64)),
      new Family("langfuse", r -> "sk-lf-" + uuid(r)),
      new Family("nvidia", r -> "nvapi-" + chars(r, TOKEN, 64)),
      new Family("posthog", r -> "phx_" + chars(r, ALNUM + "_", 43 + r.nextInt(6))),
      new Family("buildkite", r -> "bkua_" + chars(r, LOWER + DIGITS, 40)),
      new Family("crates-io", r -> "cio" + mixed(r, 32)),
      new Family("deno-deploy", r -> (r.nextBoolean() ? "ddp_" : "ddw_") + chars(r, ALNUM, 36)),
      new Family("octopus-deploy", r -> "API-" + chars(r, UPPER, 12) + chars(r, DIGITS, 2) + chars(r, UPPER + DIGITS, 12)),
      new Family("harness", r -> (r.nextBoolean() ? "pat." : "sat.") + chars(r, TOKEN, 22) + "." + chars(r, HEX, 24)
          + "." + chars(r, ALNUM, 20)),
      new Family("infracost", r -> "ico-" + chars(r, ALNUM, 32)),
      new Family("prefect", r -> (r.nextBoolean() ? "pnu_" : "pnb_") + chars(r, ALNUM, 36)),
      new Family("contentful", r -> "CFPAT-" + chars(r, TOKEN, 43)),
      new Family("typeform", r -> "tfp_" + chars(r, ALNUM, 44) + "_" + chars(r, ALNUM, 14)),
      new Family("onepassword-secret-key", r -> "A3-" + chars(r, UPPER + DIGITS, 6) + "-"
          + (r.nextBoolean() ? chars(r, UPPER + DIGITS, 11) : chars(r, UPPER + DIGITS, 6) + "-" + chars(r, UPPER + DIGITS, 5))
          + "-" + chars(r, UPPER + DIGITS, 5) + "-" + chars(r, UPPER + DIGITS, 5) + "-" + chars(r, UPPER + DIGITS, 5)),
      new Family("launchdarkly-sdk", r -> "sdk-" + uuid(r)),
      new Family("notion-legacy", r -> "secret_" + mixed(r, 43)),
      new Family("airtable-pat", r -> "pat" + chars(r, ALNUM, 14) + "." + chars(r, HEX, 64)),
      new Family("maxmind", r -> chars(r, ALNUM, 6) + "_" + chars(r, ALNUM, 29) + "_mmk"),
      new Family("gocardless", r -> "live_" + mixed(r, 38) + chars(r, TOKEN, 2)),
      new Family("mollie", r -> "live_" + mixed(r, 30)),
      new Family("lob", r -> "live_" + chars(r, HEX, 33) + "a1"),
      new Family("yandex-cloud-api-key", r -> "AQVN" + chars(r, TOKEN, 35 + r.nextInt(4))),
      new Family("supabase-secret", r -> "sb_secret_" + chars(r, TOKEN, 31 + r.nextInt(10))),
      new Family("flyio-macaroon", r -> (r.nextBoolean() ? "fm2_" : "fm1r_") + chars(r, B64, 120 + r.nextInt(200)) + "=="),
      new Family("facebook-eaam", r -> (r.nextBoolean() ? "EAAM" : "EAAC") + chars(r, ALNUM, 120)),
      new Family("aspnetcore-cookie", r -> "CfDJ8" + chars(r, TOKEN, 150 + r.nextInt(200))));

  /** A random (not name-based) UUID string from the seeded generator. */
  static String uuid(Random r) {
    return chars(r, HEX, 8) + "-" + chars(r, HEX, 4) + "-" + chars(r, HEX, 4) + "-" + chars(r, HEX, 4) + "-"
        + chars(r, HEX, 12);
  }

  /** base64 of a 17-19 digit snowflake id, a 6-character timestamp, a 27 (older) or 38 (newer) character HMAC. */
  static String discordBotToken(Random r) {
    String id = (1 + r.nextInt(9)) + chars(r, DIGITS, 16 + r.nextInt(3));
    return java.util.Base64.getEncoder().withoutPadding()
        .encodeToString(id.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        + "." + chars(r, TOKEN, 6) + "." + chars(r, TOKEN, r.nextBoolean() ? 27 : 38);
  }

  /** Secrets that only count as secrets after a key: the value is what must be hidden. */
  static final List<Family> VALUES = List.of(
      new Family("password", r -> mixed(r, 8 + r.nextInt(12))),
      new Family("api-key", r -> mixed(r, 32)),
      new Family("token", r -> mixed(r, 40)),
      new Family("secret", r -> mixed(r, 24)));

  static final List<String> PASSWORD_KEYS = List.of("password", "passwd", "pwd", "db_password", "DB_PASSWORD",
      "dbPassword", "user.password", "spring.datasource.password", "passphrase", "MYSQL_ROOT_PASSWORD");
  static final List<String> SECRET_KEYS = List.of("client_secret", "clientSecret", "secret", "app_secret",
      "AWS_SECRET_ACCESS_KEY", "credentials", "jwtSecret");
  static final List<String> KEY_KEYS = List.of("api_key", "apiKey", "X-Api-Key", "x-api-key", "API_KEY",
      "private_key", "access-key-secret", "stripeKey", "subscription-key");
  static final List<String> TOKEN_KEYS = List.of("token", "access_token", "refresh_token", "auth_token",
      "authToken", "X-Auth-Token", "id_token", "GITHUB_TOKEN", "session_token", "bearer");
}
