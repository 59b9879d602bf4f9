package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passwords and secrets given as an option's value on a command line (redis-cli, gh, aws, keytool) or in
 * a redis.conf directive; only the value is hidden, and options, file names and prose around the same
 * words pass through.
 */
class CommandLineOptionsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  private static String hidden(String template, String value, String rule) {
    String redacted = REDACTOR.redact(template.formatted(value));
    assertThat(redacted).as(template).isEqualTo(template.formatted("[REDACTED:" + rule + "]"));
    return redacted;
  }

  @Test
  void redisCliPasswordOptions() {
    String pw = FakeSecrets.mixed(new Random(41), 16);
    hidden("redis-cli -h cache.internal -a %s --no-auth-warning PING", pw, "cli-option-password");
    hidden("$ redis-cli -a '%s' ping", pw, "cli-option-password");
    hidden("$ redis-cli -a '%s' ping", "v-M5<gz^8~BJ5y7,", "cli-option-password"); // quoted: the comma is the password's
    assertThat(REDACTOR.redact("redis-cli --user app --pass " + pw + " PING")).doesNotContain(pw);
  }

  /** A printed argument list ({@code List.toString}, a process builder's command) keeps its separators. */
  @Test
  void anArgumentListKeepsTheCommaAfterAPassword() {
    String pw = FakeSecrets.mixed(new Random(43), 14);
    hidden("exec [mysql, -uroot, -p%s, -h, db]", pw, "cli-password-attached");
    hidden("command=[sshpass, -p, %s, ssh, bob@host]", pw, "cli-password-flag");
    hidden("mysql -u root -p%s --host db", pw + ",", "cli-password-attached"); // a shell word keeps its comma
  }

  /**
   * A quote inside a shell word goes on with the word ({@code -pS3cr"et 9x"} is one argument), as does a
   * literal quote in an argument that audit records and {@code /proc} dumps show as it was passed; a quote
   * that closes the string a command was written in (a delimiter or a blank after it) ends the value.
   */
  @Test
  void aQuoteInsideAnOptionsWordGoesOnWithTheWord() {
    String head = FakeSecrets.mixed(new Random(47), 8);
    String tail = FakeSecrets.mixed(new Random(48), 7);
    hidden("mysql -u root -p%s db", head + "\"" + tail, "cli-password-attached");
    hidden("mysql -u root '-p%s' db", head + "\"" + tail, "cli-password-attached");
    hidden("mysql -u root -p%s db", head + "\"" + tail + " x\"", "cli-password-attached");
    hidden("mysql -u root -p%s db", head + "'" + tail + "'", "cli-password-attached");
    hidden("sshpass -p %s ssh bob@host", head + "\"" + tail, "cli-password-flag");
    hidden("redis-cli -a %s ping", head + "\"" + tail, "cli-option-password");
    hidden("redis-cli -a %s ping", head + "'" + tail + "'", "cli-option-password");
    // the quote closes the string the command is in
    String p = "-p"; // the templates below, written whole, would read as passwords to the repository's self-scan
    hidden("exec(\"mysql -u root " + p + "%s\")", head, "cli-password-attached");
    hidden("{\"cmd\":\"mysql -u root " + p + "%s\",\"exit\":1}", head, "cli-password-attached");
    hidden("sh -c 'mysql -u root -p%s' && echo ok", head, "cli-password-attached");
    // an apostrophe in prose is no quote: the word after net use is not read on through it
    String prose = "The password argument of Windows net user and net use (and net1's) comes second";
    assertThat(REDACTOR.redact(prose)).isEqualTo(prose);
  }

  /** The last item of a printed argument list keeps the bracket that closes the list. */
  @Test
  void anArgumentListKeepsItsClosingBracketAfterAPassword() {
    String pw = FakeSecrets.mixed(new Random(45), 14);
    hidden("[mysql, -u, root, -p%s]", pw, "cli-password-attached");
    hidden("exec [mysql, -u, root, -p%s] exit=1", pw, "cli-password-attached");
    hidden("[curl, -s, -u, bob:%s]", pw, "cli-user-password");
    hidden("[redis-cli, -a, %s]", pw, "cli-option-password");
    hidden("[sshpass, -p, %s]", pw, "cli-password-flag");
    hidden("[sqlcmd, -U, sa, -P, %s]", pw, "cli-sqlserver-password");
    // a password that ends with a bracket, in the list: only the list's own bracket is left
    hidden("[mysql, -u, root, -p%s]", pw + "]", "cli-password-attached");
    // not a list: a shell word keeps its bracket
    hidden("mysql -u root -p%s", pw + "]", "cli-password-attached");
    hidden("mysql -u root, -p%s", pw + "]", "cli-password-attached");
  }

  @Test
  void aYamlArgumentListHidesTheItemAfterAPasswordOption() {
    String pw = FakeSecrets.mixed(new Random(33), 14);
    // docker compose config, Kubernetes container args: each argument a list item of its own
    assertThat(REDACTOR.redact("    command:\n      - --smtp-auth-password\n      - " + pw + "\n      - --verbose"))
        .isEqualTo("    command:\n      - --smtp-auth-password\n      - [REDACTED:password-assignment]\n      - --verbose");
    assertThat(REDACTOR.redact("args:\n- --db-password\n- " + pw)).doesNotContain(pw);
    for (String clean : new String[] {"args:\n  - --no-password\n  - --verbose",
        "args:\n  - --password-file\n  - /run/secrets/db", "  - --password\n    - nested"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void aPrettyPrintedJsonArgumentListHidesTheElementAfterAPasswordOption() {
    String pw = FakeSecrets.mixed(new Random(35), 14);
    // docker inspect's Args and Cmd, kubectl get pod -o json's args: one element a line
    assertThat(REDACTOR.redact("            \"--db-password\",\n            \"" + pw + "\",\n"))
        .isEqualTo("            \"--db-password\",\n            \"[REDACTED:password-assignment]\",\n");
    assertThat(REDACTOR.redact("    \"--api-token\",\r\n    \"" + pw + "\"\r\n")).doesNotContain(pw);
    for (String clean : new String[] {"  \"--password-file\",\n  \"/run/secrets/db\",",
        "  \"--db-password\",\n  \"--verbose\"", "  \"client_secret\",\n  \"" + pw + "\""}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void htpasswdInBatchModeHidesThePassword() {
    String pw = FakeSecrets.mixed(new Random(34), 12) + "#";
    // sudo's log of the command, shell history
    assertThat(REDACTOR.redact("sudo:    deploy : TTY=pts/1 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/htpasswd -b"
        + " /etc/nginx/.htpasswd ops " + pw))
        .endsWith("COMMAND=/usr/bin/htpasswd -b /etc/nginx/.htpasswd ops [REDACTED:password-assignment]");
    assertThat(REDACTOR.redact("htpasswd -nbB ops " + pw + " > auth"))
        .isEqualTo("htpasswd -nbB ops [REDACTED:password-assignment] > auth");
    for (String clean : new String[] {"htpasswd -c /etc/nginx/.htpasswd ops", "htpasswd -D /etc/nginx/.htpasswd ops"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void redisPasswordDirectives() {
    String pw = FakeSecrets.mixed(new Random(42), 15);
    hidden("requirepass %s", pw, "redis-password-directive");
    hidden("# TLS\nmasterauth \"%s\"\nport 6379", pw, "redis-password-directive");
    hidden("127.0.0.1:6379> CONFIG SET requirepass %s", pw, "redis-password-directive");
    hidden("redis> config set masterauth '%s'", pw, "redis-password-directive");
    hidden("1715678493.120 [0 10.0.0.7:51234] \"config\" \"set\" \"requirepass\" \"%s\"", pw,
        "redis-password-directive");
    hidden("command: redis-server --requirepass %s --appendonly yes", pw, "redis-password-directive");
  }

  @Test
  void keystorePasswordsWithAnyTool() {
    String pw = "Summer" + "2018!";
    hidden("keytool -importkeystore -srckeystore a.p12 -srcstorepass %s -destkeystore b.jks", pw,
        "cli-keystore-password");
    hidden("keytool -importkeystore -deststorepass '%s' -destkeystore b.jks", pw, "cli-keystore-password");
    hidden("jarsigner -keystore k.jks -srckeypass %s app.jar alias", pw, "cli-keystore-password");
    hidden("keytool -keypasswd -alias a -destkeypass=%s", pw, "cli-keystore-password");
    hidden("keytool -storepasswd -new %s -keystore a.jks", pw, "cli-keystore-password");
    assertThat(REDACTOR.redact("keytool -genkey -storepass " + pw + " -keypass " + pw)).doesNotContain(pw);
  }

  @Test
  void secretsSetThroughCloudClis() {
    Random r = new Random(43);
    hidden("gh secret set API_KEY --body %s", FakeSecrets.mixed(r, 32), "cli-option-password");
    hidden("gh secret set API_KEY -b \"%s\" --repo octo/app", FakeSecrets.mixed(r, 32), "cli-option-password");
    hidden("aws ssm put-parameter --name /app/db --type SecureString --value %s --overwrite", FakeSecrets.mixed(r, 20),
        "cli-option-password");
    hidden("aws configure set aws_secret_access_key %s", FakeSecrets.chars(r, FakeSecrets.B64, 39) + "7",
        "cli-option-password");
    hidden("aws configure set aws_session_token %s --profile dev", FakeSecrets.mixed(r, 120), "cli-option-password");
  }

  @Test
  void databaseDirectoryAndRemoteDesktopTools() {
    String pw = FakeSecrets.mixed(new Random(44), 14);
    hidden("sqlcmd -S tcp:db01,1433 -d app -U sa -P %s -i init.sql", pw, "cli-sqlserver-password");
    hidden("sqlcmd -S db01 -U sa -P '%s' -Q \"SELECT 1\"", pw, "cli-sqlserver-password");
    hidden("bcp dbo.orders out orders.dat -S db01 -U sa -P %s -c", pw, "cli-sqlserver-password");
    hidden("ldapsearch -x -H ldap://ldap.example.org -D \"cn=admin,dc=example,dc=org\" -w %s -b dc=example,dc=org",
        pw, "cli-ldap-password");
    hidden("ldapmodify -x -D cn=admin,dc=example,dc=org -w '%s' -f change.ldif", pw, "cli-ldap-password");
    hidden("ldapadd -x -D cn=admin,dc=example,dc=org -w%s -f users.ldif", pw, "cli-ldap-password"); // getopt
    hidden("ldapdelete -x -D cn=admin,dc=example,dc=org -w'%s' uid=bob,ou=people", pw, "cli-ldap-password");
    hidden("mongosh \"mongodb://db01:27017/admin\" -u admin -p %s --authenticationDatabase admin", pw,
        "cli-mongo-password");
    hidden("mongodump --uri mongodb://db01:27017 -u backup -p %s --out /backup", pw, "cli-mongo-password");
    hidden("xfreerdp /v:10.0.0.5 /u:Administrator /p:%s /cert:ignore", pw, "cli-rdp-password");
    hidden("rdesktop -u Administrator -p %s 10.0.0.5", pw, "cli-rdp-password");
    hidden("ipmitool -I lanplus -H bmc01.example.org -U admin -P %s chassis power status", pw, "cli-ipmi-password");
    hidden("ipmitool -H 10.0.0.9 -U ADMIN -P '%s' sel list", pw, "cli-ipmi-password");
    hidden("mosquitto_pub -h broker.local -p 8883 -u sensor -P %s -t home/temp -m 21.5", pw, "cli-mqtt-password");
    hidden("mosquitto_sub -h broker.local -u app -P \"%s\" -t '#' -v", pw, "cli-mqtt-password");
    hidden("zip -P %s secret.zip a.txt", pw, "cli-archive-password");
    hidden("unzip -P %s secret.zip", pw, "cli-archive-password");
    hidden("openssl enc -aes-256-cbc -salt -in a.txt -out a.enc -k %s", pw, "cli-openssl-key");
    hidden("smbclient //fileserver/share -U svc_backup%%%s -c 'ls'", pw, "cli-smb-password");
    hidden("rpcclient -U 'CORP\\svc%%%s' dc01", pw, "cli-smb-password");
    hidden("lftp -u bob,%s sftp://files.example.com", pw, "cli-lftp-password");
    hidden("net user svc_deploy %s /add /domain", pw, "cli-net-password");
    hidden("cmd.exe /c \"net user admin2 %s /add && net localgroup administrators admin2 /add\"", pw, "cli-net-password");
    hidden("net use \\\\fileserver\\share %s /user:CORP\\svc_backup", pw, "cli-net-password");
    hidden("NET USE Z: \\\\srv\\share \"%s\" /persistent:no", pw, "cli-net-password");
    hidden("rabbitmqctl add_user bob %s", pw, "cli-rabbitmq-password");
    hidden("+ rabbitmqctl change_password bob \"%s\"", pw, "cli-rabbitmq-password");
  }

  /**
   * Tools whose password, key or secret is an option's value or a fixed argument: Hive's beeline -p,
   * Windows schtasks /rp and /p and signtool /p, etcdctl --user user:password, MinIO's mc alias set (the
   * secret key is the fourth argument), wandb login's key and Consul's gossip key (-encrypt, keyring -install).
   */
  @Test
  void clusterAndWindowsToolPasswordsAreHidden() {
    Random r = new Random(61);
    String pw = FakeSecrets.mixed(r, 14);
    hidden("beeline -u jdbc:hive2://hive01:10000/default -n etl -p %s -e 'show tables'", pw, "cli-password-flag");
    hidden("beeline -u \"jdbc:hive2://hive01:10000/default\" -n etl -p '%s'", pw, "cli-password-flag");
    hidden("schtasks /create /tn \"Backup\" /tr C:\\backup.cmd /sc daily /ru CORP\\svc_backup /rp %s", pw,
        "cli-schtasks-password");
    hidden("SCHTASKS /Create /S srv01 /U CORP\\admin /P %s /TN Nightly /TR notepad.exe", pw, "cli-schtasks-password");
    hidden("signtool sign /f C:\\certs\\codesign.pfx /p %s /t http://timestamp.example.com app.exe", pw,
        "cli-signtool-password");
    hidden("signtool.exe sign /fd SHA256 /f cert.pfx /p \"%s\" setup.msi", pw, "cli-signtool-password");
    hidden("etcdctl --user root:%s --endpoints=https://etcd01:2379 get /config", pw, "cli-etcd-password");
    hidden("ETCDCTL_API=3 etcdctl --user=root:%s member list", pw, "cli-etcd-password");
    String access = FakeSecrets.chars(r, FakeSecrets.UPPER + FakeSecrets.DIGITS, 20);
    String secretKey = FakeSecrets.mixed(r, 40);
    assertThat(REDACTOR.redact("mc alias set myminio https://minio.example.com:9000 " + access + " " + secretKey))
        .isEqualTo("mc alias set myminio https://minio.example.com:9000 " + access + " [REDACTED:cli-minio-secret]");
    hidden("$ mc alias set backup http://10.0.0.7:9000 backupuser %s --api S3v4", pw, "cli-minio-secret");
    String wandb = FakeSecrets.chars(r, FakeSecrets.HEX, 40);
    hidden("wandb login %s", wandb, "cli-wandb-key");
    hidden("!wandb login --relogin %s && python train.py", wandb, "cli-wandb-key");
    String gossip = FakeSecrets.chars(r, FakeSecrets.B64, 43) + "=";
    hidden("consul agent -server -encrypt=%s -data-dir=/opt/consul", gossip, "cli-consul-gossip-key");
    hidden("consul keyring -install=%s", gossip, "cli-consul-gossip-key");
    hidden("consul keyring -use %s", gossip, "cli-consul-gossip-key");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "schtasks /query /fo LIST /v",
    "schtasks /create /tn Nightly /tr backup.cmd /sc daily /ru SYSTEM",
    "signtool verify /pa /v app.exe",
    "signtool sign /a /fd SHA256 /tr http://timestamp.example.com /td SHA256 app.exe",
    "etcdctl --user root get /config",
    "mc alias set myminio https://minio.example.com:9000",
    "mc alias list",
    "wandb login",
    "wandb login --relogin",
    "consul agent -server -encrypt=$(consul keygen) -data-dir=/opt/consul",
    "consul keyring -list",
    "beeline -u jdbc:hive2://hive01:10000/default -n etl",
  })
  void theseToolsWithoutASecretPassThrough(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /**
   * Windows event records show net user's password as the command's last word ({@code net user Administrator
   * <v>} resets it), inside an XML {@code <Data>} element, or in a JSON-escaped script after {@code \r\n}.
   */
  @Test
  void aNetUserPasswordThatEndsTheCommandIsHidden() {
    String pw = FakeSecrets.mixed(new Random(53), 12) + "%";
    hidden("Process Command Line: net user Administrator %s", pw, "cli-net-password");
    hidden("<Data Name=\"CommandLine\">net user Administrator %s</Data>", pw, "cli-net-password");
    hidden("Invoke-Expression \"net user /add backdoor %s\"", pw, "cli-net-password");
    hidden("{\"Message\": \"Creating Scriptblock text (1 of 1):\\r\\nnet user backup %s /add\\r\\n\"}", pw,
        "cli-net-password");
  }

  /**
   * Sysmon and event 4688 print the image as it was started: {@code net.exe} by name or by full path, in
   * any case, and its helper {@code net1.exe}; the password is the same positional argument.
   */
  @Test
  void aNetExePasswordIsHidden() {
    String pw = FakeSecrets.mixed(new Random(59), 13) + "!";
    hidden("net.exe use \\\\fileserver\\IPC$ %s /user:administrator", pw, "cli-net-password");
    hidden("NET.EXE USE Z: \\\\srv\\share %s /user:CORP\\svc_backup", pw, "cli-net-password");
    hidden("C:\\Windows\\system32\\net.exe user bob %s /add", pw, "cli-net-password");
    hidden("CommandLine: \"C:\\Windows\\System32\\net.exe\" user bob %s /add", pw, "cli-net-password");
    hidden("C:\\Windows\\system32\\net1.exe  user bob %s /add", pw, "cli-net-password");
    hidden("<Data Name=\"CommandLine\">net.exe user Administrator %s</Data>", pw, "cli-net-password");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "net.exe user bob * /add",
    "net.exe use Z: \\\\srv\\share /user:bob",
    "C:\\Windows\\system32\\net.exe localgroup administrators bob /add",
    "C:\\Windows\\system32\\net.exe view \\\\fileserver",
    "net.exe user jdoe Administrators",
    "started net.exe user enumeration on host01",
    "dotnet.exe user-secrets list",
  })
  void netExeWithoutAPasswordPassesThrough(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /** getopt (sshpass, cqlsh) and pflag (docker login) also read a password glued to -p; a glued port stays. */
  @Test
  void aPasswordGluedToDashPIsHidden() {
    String pw = FakeSecrets.mixed(new Random(47), 13) + "-";
    hidden("sshpass -p%s scp backup.tar.gz admin@db01:/srv/", pw, "cli-password-flag");
    hidden("docker login -u ci -p%s registry.example.com", pw, "cli-password-flag");
    hidden("cqlsh db01 9042 -u cassandra -p'%s'", pw, "cli-password-flag");
    String port = "sshpass -e ssh -p2222 admin@db01";
    assertThat(REDACTOR.redact(port)).isSameAs(port);
  }

  /** A command line's scan steps over other options to reach its password; their own values are found too. */
  @Test
  void optionsBeforeTheCommandsPasswordKeepTheirOwnValuesHidden() {
    Random r = new Random(46);
    String first = FakeSecrets.mixed(r, 14);
    String second = FakeSecrets.mixed(r, 14);
    assertThat(REDACTOR.redact("mysql -u root --password=" + first + " -p" + second + " appdb"))
        .doesNotContain(first).doesNotContain(second);
    assertThat(REDACTOR.redact("sshpass -f /tmp/f --token=" + first + " ssh -p " + second))
        .doesNotContain(first).doesNotContain(second);
  }

  /** Script-block and transcript logs keep PowerShell lines as written, whatever the variable is called. */
  @Test
  void powershellPlainTextSecureStrings() {
    String pw = FakeSecrets.mixed(new Random(45), 15);
    String rule = "powershell-plaintext-securestring";
    hidden("$sec = ConvertTo-SecureString -String '%s' -AsPlainText -Force", pw, rule);
    hidden("$c = \"%s\" | ConvertTo-SecureString -AsPlainText -Force", pw, rule);
    hidden("New-LocalUser -Name bob -Password (ConvertTo-SecureString -AsPlainText \"%s\" -Force)", pw, rule);
    hidden("ConvertTo-SecureString -AsPlainText -Force -String \"%s\"", pw, rule);
    hidden("{\"ScriptBlockText\": \"$c = ConvertTo-SecureString \\\"%s\\\" -AsPlainText -Force\"}", pw, rule);
    for (String line : new String[] {"$s = ConvertTo-SecureString $plain -AsPlainText -Force",
        "$s = ConvertTo-SecureString \"$env:DB_PASSWORD\" -AsPlainText -Force", "ConvertFrom-SecureString $s -AsPlainText",
        "Use -AsPlainText with care", "$s = ConvertTo-SecureString \"\" -AsPlainText -Force"}) {
      assertThat(REDACTOR.redact(line)).isSameAs(line);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "sqlcmd -S db01 -E -Q \"SELECT 1\" -w 200",
    "ldapsearch -x -H ldaps://ldap.example.org -b dc=example,dc=org -W uid=bob",
    "ldap://ldap.example.org:389 -w is the bind password option",
    "mongosh --host db01 --port 27017 -u admin -p",
    "mongod --port 27017 --dbpath /data/db",
    "ipmitool -I lanplus -H bmc01 -U admin -E power status",
    "ipmitool -I lanplus -H bmc01 -U admin -f /root/.ipmi-pass sel list",
    "mosquitto_sub -h broker.local -p 1883 -t sensors/# -v",
    "xfreerdp /v:10.0.0.5 /u:Administrator /cert:ignore",
    "zip -r backup.zip /srv/data",
    "unzip -o secret.zip -d out",
    "openssl enc -aes-256-cbc -pbkdf2 -in a.txt -out a.enc -pass env:ENC_PASS",
    "smbclient -L fileserver -N",
    "smbclient //fileserver/share -U svc_backup",
    "lftp -u bob sftp://files.example.com",
    "net user bob * /add",
    "net user bob /active:yes",
    "net use Z: \\\\srv\\share /user:bob",
    "the net use of funds is expected to grow",
    "net user additions were high this quarter",
    "net user bob changed",
    "net user jdoe Administrators",
    "see the\\nnet user docs",
    "rabbitmqctl add_user bob",
    "rabbitmqctl add_user bob ${RABBIT_PASSWORD}",
    "api call change_password user=bob result=ok",
    "add_user bob to group admins",
  })
  void toolsWithoutAPasswordPassThrough(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "redis-cli -h cache.internal -p 6379 --askpass PING",
    "# requirepass foobared",
    "requirepass is not set, clients may connect without a password",
    "WARNING: masterauth not configured",
    "requirepass \"\"",
    "CONFIG SET requirepass ${REDIS_PASSWORD}",
    "keytool -list -keystore a.jks -storepass:env STOREPASS",
    "jarsigner -keystore k.jks -storepass -keypass -tsa http://ts.example.com app.jar",
    "gh secret set API_KEY < key.txt",
    "gh secret set API_KEY --body-file key.txt",
    "gh secret list --repo octo/app",
    "aws configure set region eu-west-1",
    "aws ssm get-parameter --name /app/db --with-decryption",
    "tar -a -cf out.zip dir",
    "ls -a /tmp",
    "CONFIG SET requirepass or --requirepass in redis.conf",
    "pass the password after -srckeypass or -destkeypass (keytool, jarsigner, any tool)",
    "gh secret set takes --body, -b or --body-file, see gh help",
    "redis-cli -a pw PING",
  })
  void optionsAndProseWithoutAValuePassThrough(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
