package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Messages an application sends and logs (mail bodies, SMS gateway requests, push payloads) carry short-lived
 * credentials: a one-time code after the words that announce it.
 */
class TransactionalMessagesTest {
  private static final Redactor REDACTOR = Redactor.defaults();

  static Stream<Function<String, String>> announcedCodes() {
    return Stream.of(
        v -> "Your verification code is " + v,
        v -> "Your Acme verification code is: " + v,
        v -> "Your login code: " + v,
        v -> "code: " + v,
        v -> "Your security code: " + v + ". It expires in 10 minutes.",
        v -> "Your 2FA code: " + v,
        v -> "Your one-time code: " + v,
        v -> "Your Acme passcode is " + v,
        v -> "Verification code: " + v,
        v -> "Ihr Bestätigungscode lautet " + v,
        v -> "Dein Code: " + v,
        v -> "Je verificatiecode is " + v,
        v -> "Votre code : " + v,
        v -> v + " is your Acme code",
        v -> v + " is your verification code. It expires in 10 minutes.",
        // an SMS gateway's form body writes blanks as + and a colon as %3A
        v -> "To=%2B15555550123&Body=Your+Acme+verification+code+is%3A+" + v + "&From=%2B15555550100",
        v -> "Body=" + v + "+is+your+Acme+code&To=%2B15555550123",
        // HTML mail, also escaped in JSON
        v -> "<p>Your verification code is <strong>" + v + "</strong></p>",
        v -> "{\"HtmlBody\":\"\\u003cp\\u003eYour login code: \\u003cb\\u003e" + v
            + "\\u003c/b\\u003e\\u003c/p\\u003e\"}",
        v -> "{\"TextBody\":\"Hi Bob,\\n\\nYour login code: " + v + "\\n\\nThanks\"}",
        v -> "Votre code de vérification est " + v,
        // a template's variables and a request log's fields name the code
        v -> "{\"dynamic_template_data\":{\"name\":\"Bob\",\"otp_code\":\"" + v + "\"}}",
        v -> "{\"TemplateData\":\"{\\\"verification_code\\\":\\\"" + v + "\\\"}\"}",
        v -> "POST /api/verify verificationCode=" + v + " status=ok",
        v -> "{\"Text\": \"Votre code de v\\u00e9rification est " + v + "\\r\\n\"}",
        v -> "text=Votre+code+de+v%C3%A9rification+est+" + v + "&to=15555550123",
        // a one-time password that is a code, and OTP
        v -> "Your one-time password is " + v,
        v -> "Ihr Einmalpasswort lautet " + v,
        v -> "Your OTP is " + v + ". Do not share it with anyone.",
        v -> "OTP=" + v,
        v -> "{\"otp\":\"" + v + "\"}",
        v -> v + " is your OTP");
  }

  @ParameterizedTest
  @MethodSource("announcedCodes")
  void aCodeAfterTheWordsThatAnnounceItIsHidden(Function<String, String> line) {
    Random r = new Random(line.apply("").hashCode());
    String value = FakeSecrets.chars(r, "123456789", 1)
        + FakeSecrets.chars(r, FakeSecrets.DIGITS, 5 + 2 * r.nextInt(2));
    String out = REDACTOR.redact(line.apply(value));
    // the recovery-codes row may name a code after 2FA
    assertThat(out).as(line.apply(value)).doesNotContain(value)
        .containsAnyOf("[REDACTED:one-time-code]", "[REDACTED:recovery-codes]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"%s-%s", "%s %s"})
  void aGroupedCodeIsHiddenWhole(String shape) {
    Random r = new Random(shape.hashCode());
    String first = FakeSecrets.chars(r, FakeSecrets.DIGITS, 4);
    String second = FakeSecrets.chars(r, FakeSecrets.DIGITS, 4);
    String out = REDACTOR.redact("Your sign-in code is " + String.format(shape, first, second));
    assertThat(out).doesNotContain(first).doesNotContain(second).contains("[REDACTED:one-time-code]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Your sign-in code is ", "Your verification code: "})
  void aCodeOfCapitalsAndDigitsIsHidden(String words) {
    Random r = new Random(words.hashCode());
    String value = FakeSecrets.chars(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 4) + FakeSecrets.chars(r, "23456789", 4);
    String out = REDACTOR.redact(words + value);
    assertThat(out).doesNotContain(value).contains("[REDACTED:one-time-code]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hi Bob, https://app.example.com/login/%s. Let me know if you need anything else.",
    "To choose a new one, open https://app.example.com/reset/%s.", "<p>Your invite: /invite/%s.</p>"})
  void aLinkTokenBeforeTheFullStopOfItsSentenceIsHidden(String format) {
    Random r = new Random(format.hashCode());
    String token = FakeSecrets.mixed(r, 24) + "-" + FakeSecrets.mixed(r, 12);
    String out = REDACTOR.redact(String.format(format, token));
    assertThat(out).doesNotContain(token.substring(0, 8)).doesNotContain(token.substring(token.length() - 8))
        .contains("[REDACTED:url-path-token].");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Your PIN is %s", "Your new PIN: %s. Keep it secret.", "new PIN: %s",
    "Hi Bob, your PIN is %s"})
  void aShortPinSentToItsOwnerIsHidden(String format) {
    String pin = FakeSecrets.chars(new Random(format.hashCode()), "123456789", 4);
    String out = REDACTOR.redact(String.format(format, pin));
    assertThat(out).doesNotContain(pin).contains("[REDACTED:pin-code]");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "HTTP/1.1 200 OK code: 200",
    "upstream returned status code 429 Too Many Requests",
    "error code E1234: mailbox unavailable",
    "error code: 48291357",
    "exit code: 13700000",
    "postal code 75008",
    "zip code 94107",
    "Code: 404 Not Found",
    "Your verification code has expired. Please request a new one.",
    "Enter the code we sent to +1555555****",
    "Your code expires in 10 minutes.",
    "Your order 482913 has shipped",
    "Your verification code is 2025-03-02",
    "Your verification code is 482913.57",
    "Your promo code is SUMMER25",
    "Your code: see the app",
    "We sent a 6-digit code to your phone.",
    "code=200 msg=OK",
    "482913 is your order number",
    "Your code is 12:30",
    "source code: 4829131357 lines",
    "codes: 4829-1357",
    "{\"code\": 48291357, \"message\": \"quota exceeded\"}",
    "{\"error_code\":\"48291357\"}",
    "statusCode=4829135",
    "OTP attempts: 3",
    "TOTP=48291357",
    "Your one-time password has expired",
    "password 48291357 chars",
    "Password reset requested for bob@example.com",
    "See https://app.example.com/share/quarterly-report-2025.pdf.",
    "PIN 4821 rejected",
    "Your PIN is 482",
    "Your PIN is 2025-03-02",
    "your new PIN must have 4 digits",
  })
  void wordsAroundOtherNumbersStay(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }
}
