package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/secrets.md, compiled and run, so that the guide stays true. */
class SecretsDocsExamplesTest {
  @TempDir
  Path dir;

  record Db(String user, SecretString pw) {}

  @Test
  void valueTypes() {
    char[] passwordChars = {'p', '4', 's', 's', '-', 'd', 'e', 'm', 'o'};
    SecretString password = SecretString.of(passwordChars);
    java.util.Arrays.fill(passwordChars, '\0');
    SecretBytes key = SecretBytes.of("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    assertThat(SecretFixtures.slf4jStyle("connecting with {}", password))
        .isEqualTo("connecting with **********");
    assertThat("pw=" + password).isEqualTo("pw=**********");
    assertThat(new Db("bob", password)).hasToString("Db[user=bob, pw=**********]");

    int length = password.use(CharSequence::length);
    byte[] mac = key.use(SecretsDocsExamplesTest::hmac);
    assertThat(length).isEqualTo(9);
    assertThat(mac).hasSize(32);
  }

  @Test
  void loadersAndReferences() throws Exception {
    Path file = dir.resolve("db-password");
    Files.writeString(file, "fake-db-password\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
    Map<String, String> settings = Map.of("db.password.ref", "file:" + file);

    SecretString db = Secrets.fromFile(file);
    SecretString any = Secrets.fromReference(settings.get("db.password.ref"));
    assertThat(db).isEqualTo(any);
  }

  /** The provider skeleton of the guide. */
  static final class VaultSecretProvider implements SecretProvider {
    @Override
    public String scheme() {
      return "vault";
    }

    @Override
    public Optional<SecretString> load(String path) {
      if (!path.equals("secret/db#password")) {
        return Optional.empty();
      }
      return Optional.of(SecretString.of("fake-from-vault"));
    }
  }

  @Test
  void providerSkeleton() {
    SecretProvider provider = new VaultSecretProvider();
    assertThat(provider.load("secret/db#password")).isPresent();
    assertThat(provider.load("other")).isEmpty();
  }

  private static byte[] hmac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal("message".getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Gson adapter of "Binding secrets in frameworks": reads the value, writes the mask. */
  @Test
  void gsonAdapterRecipe() {
    Gson gson = new GsonBuilder().registerTypeAdapter(SecretString.class, new TypeAdapter<SecretString>() {
      @Override
      public void write(JsonWriter out, SecretString secret) throws IOException {
        out.value(SecretString.MASK);
      }

      @Override
      public SecretString read(JsonReader in) throws IOException {
        return SecretString.of(in.nextString());
      }
    }).create();
    String value = "Gson-Pw-" + 4 + "kRz9";

    Db db = gson.fromJson("{\"user\":\"bob\",\"pw\":\"" + value + "\"}", Db.class);
    assertThat(db.pw().reveal()).isEqualTo(value);
    assertThat(gson.toJson(db)).isEqualTo("{\"user\":\"bob\",\"pw\":\"**********\"}");
  }
}
