package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Data-platform and ML tooling logs (Spark, Airflow, Hadoop, Elasticsearch clients): the shapes in which
 * they print connection strings and cloud keys hide the secret, whatever the rest of the line is.
 */
class DataPlatformLogLinesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  @Test
  void sparkPropertiesPrintedAsTuplesHideTheValue() {
    Random random = new Random(1001);
    String secret = FakeSecrets.chars(random, BASE64, 40);
    String password = FakeSecrets.mixed(random, 14);
    // spark-submit --verbose and SparkConf.getAll in Scala print each property as (key,value)
    assertThat(REDACTOR.redact("  (spark.hadoop.fs.s3a.secret.key," + secret + ")")).doesNotContain(secret);
    assertThat(REDACTOR.redact("  (spark.jdbc.password," + password + ")")).doesNotContain(password);
    assertThat(REDACTOR.redact("Array((spark.app.name,etl), (spark.hadoop.fs.s3a.secret.key," + secret
        + "), (spark.master,yarn))")).doesNotContain(secret).contains("(spark.master,yarn)");
  }
  @Test
  void urlCredentialsBeforeAnEmptyHostAreHidden() {
    Random random = new Random(1002);
    String password = FakeSecrets.mixed(random, 16);
    // Airflow's connection URIs leave the host empty for cloud services: aws://<key id>:<secret>@/?region_name=
    String line = "AIRFLOW_CONN_SNOWFLAKE_DEFAULT=snowflake://loader:" + password
        + "@/PUBLIC?extra__snowflake__account=xy12345";
    assertThat(REDACTOR.redact(line)).doesNotContain(password).contains("@/PUBLIC?extra__snowflake__account");
    assertThat(REDACTOR.redact("AIRFLOW_CONN_AWS_DEFAULT=aws://EXAMPLEKEYID:" + password + "@/?region_name=eu-west-1"))
        .doesNotContain(password);
  }

  @Test
  void anUnencodedSlashInAUrlPasswordDoesNotEndIt() {
    Random random = new Random(1003);
    String password = FakeSecrets.chars(random, BASE64, 12) + "/" + FakeSecrets.chars(random, BASE64, 12);
    // a generated password pasted into a URI unencoded; the driver's error message prints the URI
    assertThat(REDACTOR.redact("\"connection.uri\": \"mongodb+srv://app:" + password + "@cluster0.example.net/db\""))
        .doesNotContain(password.substring(0, 12)).doesNotContain(password.substring(13));
  }

  @Test
  void anUnencodedQuestionMarkInAUrlPasswordDoesNotEndIt() {
    Random random = new Random(1006);
    String password = FakeSecrets.mixed(random, 6) + "?+" + FakeSecrets.mixed(random, 7);
    // Elasticsearch's Java client prints the node's URL, a password pasted into it unencoded
    String out = REDACTOR.redact("co.elastic.clients.transport.TransportException: node: https://elastic:" + password
        + "@es.example.net:9200/, status: 401");
    assertThat(out).doesNotContain(password.substring(0, 6)).doesNotContain(password.substring(8))
        .contains("@es.example.net:9200/");
  }

  @Test
  void aPortThenAQueryWithAnAtSignIsNoPassword() {
    for (String line : new String[] {
      "GET https://api.example.com:8443?email=jdoe@example.com",
      "redirect to http://localhost:8080?next=/users/jdoe@corp",
    }) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }

  @Test
  void aPortOrAPathBeforeAnAtSignIsNoPassword() {
    String[] clean = {
      "GET http://mlflow.example.com:5000/api/2.0/users/jdoe@example.com",
      "see https://wandb.ai:443/ml-team/runs/abc@latest for the run",
      "file://C:/Users/jdoe@corp/notebooks",
      "http://[::1]:8888/api/contents/jdoe@corp.ipynb",
      "dsn=\"http://0123456789abcdef0123456789abcdef@localhost:@PORT@/1\"",
    };
    for (String line : clean) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
    String password = FakeSecrets.mixed(new Random(1004), 14);
    assertThat(REDACTOR.redact("https://app:" + password + "@example.com/files/report@2024.csv"))
        .doesNotContain(password).contains("@example.com/files/report@2024.csv");
  }
  @Test
  void aKeyWordThenAQuotedLiteralHidesTheLiteral() {
    Random random = new Random(1005);
    String secret = FakeSecrets.chars(random, BASE64, 40);
    // Redshift's UNLOAD and COPY take keys as SQL keywords followed by a string literal
    assertThat(REDACTOR.redact("UNLOAD ('select * from venue') TO 's3://bucket/unload/' ACCESS_KEY_ID 'EXAMPLEKEYID'"
        + " SECRET_ACCESS_KEY '" + secret + "' PARALLEL OFF;")).doesNotContain(secret).contains("PARALLEL OFF;");
    assertThat(REDACTOR.redact("api_key \"" + secret + "\"")).doesNotContain(secret);
  }

  @Test
  void aKeyWordThenAQuotedWordStays() {
    String[] clean = {
      "ERROR: api_key 'header' is not set",
      "WARN token \"Bearer\" expected before the credentials",
      "\"https://example.com/docs/api-key\" \"Mozilla/5.0 (X11; Linux x86_64)\"",
      "String line = \"SECRET_ACCESS_KEY '\" + generated + \"' PARALLEL OFF;\";",
    };
    for (String line : clean) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }
  @Test
  void aBasicAuthOrAnApiKeyTupleHidesItsSecondLiteral() {
    Random random = new Random(1006);
    String password = FakeSecrets.mixed(random, 14);
    String apiKey = FakeSecrets.mixed(random, 22);
    // aiohttp, httpx and dask-gateway take BasicAuth(login, password); elasticsearch-py api_key=(id, api_key)
    assertThat(REDACTOR.redact("gateway = Gateway('https://dask.example.com', auth=BasicAuth('jdoe', '" + password
        + "'))")).doesNotContain(password).contains("BasicAuth('jdoe', '");
    assertThat(REDACTOR.redact("async with aiohttp.ClientSession(auth=aiohttp.BasicAuth(\"jdoe\", \"" + password
        + "\")) as s:")).doesNotContain(password);
    assertThat(REDACTOR.redact("es = Elasticsearch(cloud_id='prod:ZXhhbXBsZQ==', api_key=('EXAMPLEid0', '" + apiKey
        + "'))")).doesNotContain(apiKey).contains("'EXAMPLEid0'");
    String clean = "client = Client(api_key=(None, None), timeout=30)";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
  @Test
  void aKeyThatNamesACommandOrAProviderReferenceStays() {
    String[] clean = {
      // Airflow reads *_cmd options from a command's output
      "AIRFLOW__WEBSERVER__SECRET_KEY_CMD=cat /run/secrets/airflow_secret_key",
      "fernet_key_cmd = vault kv get -field=fernet_key secret/airflow",
      "password_command = pass show mail/work",
      // Kafka Connect's config providers: ${provider:path:key} names where the value is
      "{\"aws.access.key.id\":\"${secrets:aws/access-key}\",\"aws.secret.access.key\":\"${secrets:aws/secret-key}\"}",
      "connection.password=${vault:secret/data/pg:password}",
    };
    for (String line : clean) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
    String secret = FakeSecrets.mixed(new Random(1007), 32);
    assertThat(REDACTOR.redact("AIRFLOW__WEBSERVER__SECRET_KEY=" + secret)).doesNotContain(secret);
    assertThat(REDACTOR.redact("secrets: " + secret)).doesNotContain(secret);
    assertThat(REDACTOR.redact("spring.datasource.password=${DB_PASSWORD:" + secret + "}")).doesNotContain(secret);
  }
}
