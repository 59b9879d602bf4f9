package dev.redact4j.internal.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a key such as {@code db_password}, {@code clientSecret}, {@code X-Api-Key} or
 * {@code aws_secret_access_key} names a secret, and of which kind. Allocation-free: it reads the key
 * in place, word by word.
 *
 * <p>A key is split into words at non-alphanumeric characters and at camel-case humps. The last
 * word that is a <em>term</em> ({@code password}, {@code secret}, {@code token}, a qualified
 * {@code key}, ...) gives the kind, unless a word after it names metadata ({@code token_type},
 * {@code password_min_length}, {@code secretName}). A term may be glued to a head
 * ({@code dbpassword}, {@code accesstoken}, {@code apikey}); {@code key} needs a qualifier
 * ({@code api}, {@code secret}, {@code private}, a vendor name, ...) so that {@code cache_key} or
 * {@code primaryKey} are not taken; {@code pass} needs to stand alone or follow a known head so that
 * {@code bypass} and {@code compass} are not taken. A {@code token} after {@code page}, {@code next},
 * {@code continuation} or {@code pagination} is a pagination cursor ({@code next_page_token},
 * {@code nextPageToken}, {@code NextToken}, {@code pagination token: ...}), and a flag ending in
 * {@code stdin} takes no value ({@code --password-stdin}).
 */
public final class KeyNames {
  /**
   * What a key names; the catalog has one rule per kind. {@code NAMED_KEY}: a bare {@code key} after a
   * word no qualifier list knows ({@code brandfetch_key}, {@code mapboxKey}), or with no word at all
   * ({@code key=}, which the detector checks); a secret only when its value is clearly generated.
   * {@code MNEMONIC}: a wallet's recovery phrase ({@code mnemonic},
   * {@code seed phrase}); a secret only when its value is such a phrase.
   */
  public enum Kind { PASSWORD, SECRET, API_KEY, TOKEN, SESSION, SIGNATURE, NAMED_KEY, MNEMONIC }

  private static final int ANY = 0;
  private static final int ALONE = 1;
  private static final int LISTED = 2;
  private static final int QUALIFIED = 3;

  private record Term(String word, Kind kind, int head, String[] suffixes) {}

  private static final String[] PLAIN = {"", "s"};
  private static final String[] SINGLE = {""};

  private static final Term[] TERMS = {
    new Term("password", Kind.PASSWORD, ANY, PLAIN),
    new Term("passwd", Kind.PASSWORD, ANY, SINGLE),
    new Term("passwort", Kind.PASSWORD, ANY, SINGLE), // German, as in Passwort= and db.passwort:
    new Term("kennwort", Kind.PASSWORD, ANY, SINGLE), // German too (Windows, SAP)
    new Term("contrase", Kind.PASSWORD, ANY, new String[] {"", "na", "nas"}), // Spanish contraseña, contrasena
    // Portuguese, Dutch, Czech/Slovak, Polish (hasło), Turkish (şifre), Finnish, Danish, Swedish (lösenord)
    new Term("senha", Kind.PASSWORD, ANY, PLAIN),
    new Term("wachtwoord", Kind.PASSWORD, ANY, SINGLE),
    new Term("heslo", Kind.PASSWORD, ANY, SINGLE),
    new Term("haslo", Kind.PASSWORD, ANY, SINGLE),
    new Term("sifre", Kind.PASSWORD, ANY, SINGLE),
    new Term("salasana", Kind.PASSWORD, ANY, SINGLE),
    new Term("adgangskode", Kind.PASSWORD, ANY, SINGLE),
    new Term("losenord", Kind.PASSWORD, ANY, SINGLE),
    // Norwegian, Italian/Romanian/Turkish, Serbian/Croatian/Bosnian, Slovenian, Estonian
    new Term("passord", Kind.PASSWORD, ANY, SINGLE),
    new Term("parola", Kind.PASSWORD, ANY, SINGLE),
    new Term("lozinka", Kind.PASSWORD, ANY, SINGLE),
    new Term("geslo", Kind.PASSWORD, ANY, SINGLE),
    new Term("parool", Kind.PASSWORD, ANY, SINGLE),
    new Term("passphrase", Kind.PASSWORD, ANY, PLAIN),
    new Term("passcode", Kind.PASSWORD, ANY, SINGLE),
    new Term("pwd", Kind.PASSWORD, ANY, SINGLE),
    new Term("pass", Kind.PASSWORD, LISTED, SINGLE),
    new Term("passe", Kind.PASSWORD, LISTED, SINGLE), // French mot de passe, mot_de_passe
    // French mot de passe's short form, a word of its own only (mdp=, MDP_BDD, mdpAdmin): not cmdp
    new Term("mdp", Kind.PASSWORD, ALONE, SINGLE),
    new Term("pw", Kind.PASSWORD, LISTED, SINGLE), // and OpenLDAP's rootpw, nslcd's bindpw: no word ends in pw
    new Term("secret", Kind.SECRET, ANY, PLAIN),
    new Term("secrete", Kind.SECRET, ANY, SINGLE),
    new Term("secreto", Kind.SECRET, ANY, PLAIN),
    new Term("credential", Kind.SECRET, ANY, PLAIN),
    new Term("creds", Kind.SECRET, ALONE, SINGLE),
    new Term("psk", Kind.SECRET, ALONE, SINGLE),
    new Term("pepper", Kind.SECRET, ALONE, PLAIN),
    new Term("verifier", Kind.SECRET, ALONE, PLAIN), // PKCE's code_verifier redeems its code (its challenge is public)
    new Term("token", Kind.TOKEN, ANY, PLAIN),
    // "Token" in French and Turkish, "key" in Spanish, Portuguese, Polish, Turkish: common words, so a
    // token's rule (a generated value) judges what follows
    new Term("jeton", Kind.TOKEN, ANY, PLAIN),
    new Term("clave", Kind.TOKEN, ANY, SINGLE),
    new Term("chave", Kind.TOKEN, ANY, SINGLE),
    new Term("klucz", Kind.TOKEN, ANY, SINGLE),
    new Term("anahtar", Kind.TOKEN, ANY, SINGLE),
    new Term("auth", Kind.TOKEN, LISTED, SINGLE),
    new Term("pat", Kind.TOKEN, ALONE, SINGLE),
    new Term("bearer", Kind.TOKEN, ALONE, SINGLE),
    new Term("authtok", Kind.TOKEN, ANY, SINGLE), // SSSD's ldap_default_authtok, PAM's word for a password
    new Term("key", Kind.API_KEY, QUALIFIED, PLAIN),
    new Term("session", Kind.SESSION, ANY, new String[] {"", "s", "id", "key", "cookie"}),
    new Term("sessid", Kind.SESSION, ANY, SINGLE),
    new Term("sig", Kind.SIGNATURE, ALONE, SINGLE),
    new Term("signature", Kind.SIGNATURE, ALONE, SINGLE),
    new Term("hmac", Kind.SIGNATURE, ALONE, SINGLE), // a webhook's X-Shopify-Hmac-Sha256, {"hmac": ...}
    new Term("mnemonic", Kind.MNEMONIC, ANY, PLAIN),
  };

  /** Heads that may precede {@code pass} in one word, or stand before it as a word. */
  private static final Words PASS_HEADS = new Words(
    "db", "root", "admin", "user", "ftp", "smtp", "mail", "app", "sudo", "vnc", "wifi", "ldap", "redis", "sql",
    "pg", "my", "master", "sys", "web", "proxy", "store", "key", "http", "basic", "login", "bind", "jks", "trust");

  private static final Words AUTH_HEADS = new Words("x", "basic", "http", "proxy", "api");

  /** Words that make {@code key} a secret: {@code api_key}, {@code AccountKey}, {@code stripe_key}. */
  private static final Words KEY_QUALIFIERS = new Words(
    "api", "apis", "secret", "private", "priv", "auth", "master", "encryption", "encrypt", "decryption",
    "machine", // secretsdump's dpapi_machinekey, ASP.NET's machineKey
    "signing", "sign", "hmac", "client", "app", "application", "consumer", "account", "shared", "preshared",
    "license", "licence", "subscription", "admin", "ssh", "session", "stream", "webhook", "deploy", "root", "service",
    "integration", "management", "storage", "jwt", "aes", "crypto", "cipher", "symmetric",
    "ingest", "ingestion", "server", "developer", "bot", "cloud", "iam",
    "softlayer", "ibm", "azure", "gcp", "google", "firebase", "stripe", "twilio", "sendgrid", "mailgun",
    "mailchimp", "openai", "anthropic", "cohere", "mistral", "groq", "gemini", "algolia", "pusher", "cloudinary",
    "datadog", "dd", "newrelic", "relic", "sentry", "slack", "github", "gitlab", "heroku", "shopify", "square",
    "paypal", "braintree", "okta", "auth0", "cloudflare", "fastly", "mapbox", "maps", "nasa", "hubspot", "zendesk",
    "segment", "mixpanel", "amplitude", "rollbar", "bugsnag", "honeycomb", "pinecone", "replicate", "deepl",
    "twitch", "discord", "telegram", "facebook", "fb", "twitter", "dropbox", "postmark", "sparkpost", "mandrill",
    "nexmo", "vonage", "plivo", "ably", "figma", "notion", "airtable", "asana", "trello", "jira", "atlassian", "sonar",
    "snyk", "circleci", "travis", "codecov", "npm", "nuget", "pypi", "rubygems", "docker", "jfrog", "artifactory",
    "vault", "terraform", "pulumi", "doppler", "linear", "resend", "brevo", "sendinblue", "elastic", "splunk",
    "grafana", "loggly", "logdna", "papertrail", "opsgenie", "pagerduty", "victorops", "statuspage", "adafruit",
    "blynk", "particle", "cloudant", "ibmcloud", "merchant", "payment", "gateway", "recaptcha", "captcha",
    "encoding", "wrapping", "oauth", "consumer", "refresh", "password", "passphrase", "salt", "pepper",
    "enc", "crypt", "seed", "mnemonic", "wallet", "pgp", "gpg", "tls", "ssl", "cert", "sl", "device", "provision",
    "tavily", "exa", "serp", "serpapi", "weatherapi", "geocoding", "places", "youtube", "translate", "speech",
    "vision", "bing", "azureopenai", "cognitive", "ocp", "apim", "mws", "appsync", "kms", "hf", "langchain",
    "langsmith", "wandb", "comet", "neptune", "mlflow", "sauce", "saucelabs", "browserstack", "lambdatest",
    "wireless", "wifi"); // OpenWrt's uci show, wireless.@wifi-iface[0].key='<passphrase>'

  /** Last words that make a key name metadata rather than a secret. */
  private static final Words METADATA = new Words(
    "id", "ids", "name", "names", "type", "types", "url", "uri", "urls", "endpoint", "file", "filename", "files",
    "glob", "globs", // sshKeyFilesGlob: a pattern of file names
    "path", "paths", "dir", "location", "length", "len", "size", "count", "min", "max", "policy", "policies",
    "iterations", // Kafka's password.encoder.iterations: a key derivation's work factor
    "hint", "prompt", "label", "field", "fields", "param", "params", "parameter", "header", "headers", "expires",
    "expiry", "expiration", "exp", "ttl", "lifetime", "timeout", "duration", "age", "at", "in", "version",
    "format", "mode", "enabled", "enable", "required", "optional", "valid", "validity", "strength", "changed",
    "reset", "updated", "created", "rotation", "rotated", "provider", "providers", "source", "ref", "reference",
    "scope", "scopes", "status", "state", "error", "errors", "limit", "rule", "rules", "regex", "pattern",
    "placeholder", "env", "variable", "var", "arn", "usage", "manager", "service", "store", "vault", "algorithm",
    "cmd", "command", // Airflow's secret_key_cmd, password_command: a command that prints the value
    "process", // the AWS CLI's credential_process: a command that prints the credentials
    "flags", // NetworkManager's psk-flags, password-flags: where the secret is kept (0, 1 agent-owned, ...)
    "fds", // subprocess's pass_fds: the file descriptors a child keeps
    "func", "fn", // signature_func, token_fn: a function, passed by its name
    "alg", "algo", "kind", "index", "prefix", "suffix", "issued", "issuer", "audience", "request", "response", "class",
    "method", "generator", "factory", "handler", "holder", "helper", "util", "utils", "repository", "repo",
    "cache", "counter", "metric", "metrics", "callback", "listener", "filter", "validator", "encoder", "decoder",
    "hasher", "hashers", // PASSWORD_HASHERS, password_hasher: the algorithms, like a password encoder
    "converter", "parser", "serializer", "column", "attribute", "attr", "property", "prop", "config",
    "configuration", "settings", "options", "sent", "present", "set", "exists", "missing", "supplied",
    "provided", "match", "matches", "mismatch", "ok", "success", "failed", "failure", "invalid", "incorrect",
    "wrong", "expired", "revoked", "flag", "check", "checked", "last4", "mask", "masked", "hidden", "redacted",
    "encrypted", "hashed", "lookup", "input", "form", "dialog", "view", "page", "screen", "button", "link",
    "text", "message", "msg", "description", "desc", "help", "doc", "docs", "template", "schema", "spec",
    "count", "uses", "used", "assignment", "owner", "user", "users", "username", "email", "login", "from", "to",
    "stdin",
    // how passwords are stored (password_encryption = scram-sha-256), and Vault's token_accessor, which
    // looks a token up or revokes it but does not log in
    "encryption", "scheme", "hashing", "cipher", "accessor",
    // events, components, times and privileges in system logs: macOS Wi-Fi's AuthFail:sts:5_rsn:0,
    // ZooKeeper's [SessionTracker:ZooKeeperServer@325], Teleport's session_start:<time>, Carbon Black's
    // auth_event_action and auth_impersonation_level, Windows' SeCreateTokenPrivilege
    "fail", "fails", "tracker", "start", "stop", "end", "action", "level", "privilege", "privileges",
    // an exception's class, printed before its message: BadCredentialsException: Bad credentials
    "exception", "exceptions",
    // Entra ID's uniqueTokenIdentifier and a JWT's id (token_jti) name a token, as id does
    "identifier", "jti",
    // where a session is reached (D-Bus's DBUS_SESSION_BUS_ADDRESS: a socket and the server's public GUID)
    // and what manages passwords (Windows' Win32_System_PasswordManagement feature), not a credential
    "address", "addresses", "addr", "management",
    // the types a framework names for tokens (Spring Security's OpaqueTokenIntrospector, BearerTokenResolver)
    "introspector", "resolver", "extractor", "customizer", "interceptor",
    // a component that handles them (Android's StorageSessionController tag, before the fields it logs)
    "controller", "controllers",
    // the Kubernetes namespace that holds a Secret (Flux's secretRef.namespace, secretNamespace)
    "namespace", "namespaces");

  /**
   * Words before a bare {@code key} that name what is looked up or ordered by it, not a secret:
   * {@code cache_key}, {@code idempotencyKey}, {@code partition_key}, {@code public_key},
   * {@code LastEvaluatedKey}, {@code sourceKey}, {@code flagKey}; and
   * {@code access_key}, which names the key id beside a secret key (AWS, MinIO, S3-compatible stores).
   */
  private static final Words LOOKUP_KEY_HEADS = new Words(
    "access", "cache", "sort", "primary", "partition", "foreign", "row", "hash", "range", "shard", "lock", "dedup",
    "dedupe", "deduplication", "idempotency", "idempotent", "routing", "route", "message", "event", "request", "trace",
    "lookup", "map", "index", "object", "public", "publishable", "site", "cursor", "next", "last", "start", "page",
    "unique", "composite", "natural", "surrogate", "join", "group", "label", "tag", "property", "config", "field",
    "column", "table", "entity", "record", "item", "schema", "type", "name", "state", "continuation", "pagination",
    "bucket", "file", "path", "etag", "checksum", "digest", "order", "resource", "sequence", "version", "cluster",
    "node", "host", "region", "zone", "locale", "language", "translation", "template", "registry", "hot", "short",
    "parent", "child", "distribution", "dimension", "metric", "counter", "rate", "limit", "queue", "topic", "job",
    "task", "workflow", "correlation", "transaction", "tx", "nonce", "verification", "known", "recipient", "sender",
    // DynamoDB LastEvaluatedKey, S3 CopyObject sourceKey / destinationKey, Pub/Sub orderingKey, Prometheus
    // groupingKey, flag and experiment keys of feature-flag services, keys of stored documents and media
    "evaluated", "source", "destination", "dest", "target", "entry", "batch", "aggregate", "grouping", "ordering",
    "business", "document", "doc", "image", "asset", "blob", "bundle", "experiment", "variant", "variation",
    "flag", "feature",
    // pubKey, verifyKey, verifying_key: the public half of a key pair (NaCl's VerifyKey, ed25519's VerifyingKey)
    "pub", "verify", "verifying",
    // objects in a store, named by their key: s3Key=exports/..., snapshot_key, uploadKey
    "s3", "gcs", "upload", "download", "export", "import", "attachment", "media", "thumbnail", "avatar", "video",
    "photo", "archive", "backup", "snapshot", "dataset", "report");

  /** A certificate's digest is public: {@code ca_cert_hash}, {@code cert-fingerprint}. */
  private static final Words CERTIFICATE_WORDS = new Words("ca", "cert", "certificate", "crt", "pubkey");
  private static final Words DIGEST_WORDS = new Words(
    "hash", "digest", "fingerprint", "thumbprint", "sha", "sha1", "sha256", "pin", "pins");

  /**
   * Words before {@code token} that make it no credential: a pagination cursor ({@code next_page_token},
   * {@code NextToken}), a record's version compared on update, as an ETag is (Square's {@code version_token}),
   * or a token published in DNS (SES's {@code DkimTokens}). One set, so that a token key is looked up once.
   */
  private static final Words CURSOR_HEADS = new Words("page", "next", "continuation", "pagination", "version", "dkim");

  /**
   * "Password" in scripts beyond ASCII, as localised programs and their users name the key: Polish,
   * Turkish, Hungarian, Swedish, Lithuanian, Russian/Ukrainian/Bulgarian, Chinese (simplified and
   * traditional), Japanese, Korean, Hebrew. Anchors of the password rule, and a key ending in one of
   * them names a password ({@link #foreignPasswordKey}).
   */
  public static final List<String> FOREIGN_PASSWORD_WORDS = List.of("hasło", "şifre", "jelszó", "lösenord",
      "slaptažodis", "пароль", "密码", "密碼", "口令", "パスワード", "暗証番号", "비밀번호", "סיסמה");

  /**
   * "Key", "token" and "secret" in Chinese, Japanese, Korean and German as programs name a secret key or
   * an access token: anchors of the token rule, and a key ending in one of them names a token, whose value
   * must look generated, as the words are common in ordinary text. Only {@code schlüssel} costs states
   * (four): the others' letter classes spell paths that {@link #FOREIGN_PASSWORD_WORDS} already made (a
   * run of three Han or Hangul letters, of four kana, now reports too). Not the Russian {@code токен},
   * {@code ключ}, {@code секрет}: their letters are the commonest of Russian, and as the automaton knows
   * them only as one class, every run of four reported: Russian text took 1.8 times as long.
   */
  public static final List<String> FOREIGN_TOKEN_WORDS = List.of("密钥", "秘钥", "私钥", "令牌", "トークン",
      "シークレット", "秘密鍵", "토큰", "비밀키", "시크릿", "schlüssel");

  /** A copula or topic particle that may follow a key word before its value: 是, 为, 為, は, 는, 은. */
  private static final String COPULAS = "是为為は는은";

  private KeyNames() {}

  /**
   * Whether a run of letters in the key {@code text[start, end)} ends with one of
   * {@link #FOREIGN_PASSWORD_WORDS}, in any case: {@code пароль}, {@code db_пароль}, {@code 数据库密码}
   * (a compound ends in its head word), not {@code пароля} (an inflected form in a sentence) nor
   * {@code 密码错误} ("wrong password").
   */
  static boolean foreignPasswordKey(CharSequence text, int start, int end) {
    return foreignKey(text, start, end, FOREIGN_PASSWORD_WORDS);
  }

  /** As {@link #foreignPasswordKey}, for any list of words. */
  private static boolean foreignKey(CharSequence text, int start, int end, List<String> words) {
    for (int j = start + 1; j <= end; j++) {
      if (j < end && Character.isLetter(text.charAt(j))) {
        continue; // not the end of a run of letters
      }
      // 密码为：v, 密码是：v ("the password is"), パスワードは: v, 비밀번호는: v (a topic particle)
      int head = j > start && COPULAS.indexOf(text.charAt(j - 1)) >= 0 ? j - 1 : j;
      for (String word : words) {
        if (endsWithIgnoreCase(text, start, j, word) || endsWithIgnoreCase(text, start, head, word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean endsWithIgnoreCase(CharSequence text, int start, int end, String word) {
    int from = end - word.length();
    if (from < start) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (Character.toLowerCase(text.charAt(from + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Classifies the key {@code text[start, end)}, optionally preceded by a separate word
   * {@code text[prevStart, prevEnd)} (empty when {@code prevEnd <= prevStart}) that can qualify a
   * bare {@code key}, as in {@code API key: ...}.
   *
   * @return the kind, or null when the key does not name a secret
   */
  public static Kind classify(CharSequence text, int start, int end, int prevStart, int prevEnd) {
    Kind kind = null;
    boolean lastWasTerm = false;
    int lastStart = -1;
    int lastEnd = -1;
    int beforeLastStart = -1;
    int beforeLastEnd = -1;
    boolean wide = false; // a character beyond ASCII, which the words below skip as a separator
    boolean privateModule = false; // a dotted path through a private Python module: ._credentials.
    int i = start;
    while (i < end) {
      // Skip separators.
      while (i < end && !isAlnum(text.charAt(i))) {
        char c = text.charAt(i++);
        wide |= c > 0x7f;
        privateModule |= c == '_' && i - 2 >= start && text.charAt(i - 2) == '.';
      }
      if (i >= end) {
        break;
      }
      int ws = i;
      int we = wordEnd(text, i, end);
      i = we;
      Kind t = termOf(text, ws, we, start, prevStart, prevEnd);
      if (t == null && kind == null && lastStart >= 0 && (equalsIgnoreCase(text, ws, we, "key")
          || equalsIgnoreCase(text, ws, we, "keys")) && !LOOKUP_KEY_HEADS.contains(text, lastStart, lastEnd)) {
        t = Kind.NAMED_KEY; // brandfetch_key, mapboxKey: the key of something no qualifier list knows
      }
      // The word before a key that is "token" alone counts too: "pagination token: ...", "next token: ...".
      boolean alone = lastStart < 0 && prevEnd > prevStart;
      if (t == null && kind == null) {
        t = headedWord(text, ws, we, alone ? prevStart : lastStart, alone ? prevEnd : lastEnd);
      }
      int headStart = alone ? prevStart : lastStart;
      int headEnd = alone ? prevEnd : lastEnd;
      if (t == Kind.TOKEN && cursor(text, ws, we, headStart, headEnd)) {
        kind = null; // nextPageToken, ContinuationToken: a position in a listing, not a credential
        t = null;
      }
      if (t == Kind.TOKEN && assemblyPublicKeyToken(text, ws, we, lastStart, lastEnd, beforeLastStart, beforeLastEnd)) {
        kind = null; // .NET's PublicKeyToken=b77a...: a digest of a public key in every assembly's name
        t = null;
      }
      if (t != null) {
        kind = t;
        lastWasTerm = true;
      } else {
        lastWasTerm = false;
      }
      beforeLastStart = lastStart;
      beforeLastEnd = lastEnd;
      lastStart = ws;
      lastEnd = we;
    }
    if (kind == null && wide && foreignPasswordKey(text, start, end)) {
      return Kind.PASSWORD;
    }
    if (kind == null && wide && foreignKey(text, start, end, FOREIGN_TOKEN_WORDS)) {
      return Kind.TOKEN;
    }
    if (kind == null && beforeLastStart >= start
        && wiFiKey(text, start, beforeLastStart, beforeLastEnd, lastStart, lastEnd)) {
      return Kind.API_KEY;
    }
    if (kind == Kind.TOKEN && lastWasTerm && lastStart > start
        && anyWord(text, start, lastStart, FROM_WORD, false)) {
      return null; // CloudTrail's subjectFromWebIdentityToken: a claim read from a token, not the token
    }
    if (kind == null && (customHeaderValue(text, start, end) || equalsIgnoreCase(text, start, end, "securestring"))) {
      // AWS SSM's encrypted parameter type; KeyValueDetector reads it only as a type field's value,
      // {"Type": "SecureString", "Value": v}
      return Kind.SECRET;
    }
    if (kind == null || lastWasTerm) {
      return kind;
    }
    if (beforeLastStart >= 0 && CERTIFICATE_WORDS.contains(text, beforeLastStart, beforeLastEnd)
        && DIGEST_WORDS.contains(text, lastStart, lastEnd)) {
      return null; // --discovery-token-ca-cert-hash sha256:...: a public certificate's digest
    }
    if (kind == Kind.SIGNATURE && hmacAlgorithm(text, start, end)) {
      return null; // "hmac-sha256:<hex>": how Vault's audit log hashed a value, a label inside it, not a header
    }
    if (kind == Kind.SESSION && (equalsIgnoreCase(text, lastStart, lastEnd, "id")
        || equalsIgnoreCase(text, lastStart, lastEnd, "identifier"))) {
      return kind;
    }
    if (kind == Kind.SESSION && sessionScope(text, start, lastStart, lastEnd)) {
      return null; // @@session.character_set_client (MySQL), session.gc_maxlifetime (PHP): a setting's scope
    }
    if (kind == Kind.SIGNATURE && beforeLastStart == start && beforeLastEnd == lastStart && lastEnd == end
        && isDigit(text.charAt(lastStart)) && equalsIgnoreCase(text, start, beforeLastEnd, "sig")) {
      return null; // sig2: Google search's click-tracking hash in a referrer (/url?...&usg=...&sig2=...)
    }
    if (kind == Kind.SECRET && equalsIgnoreCase(text, lastStart, lastEnd, "id") && beforeLastStart >= 0
        && equalsIgnoreCase(text, beforeLastStart, beforeLastEnd, "secret")) {
      return kind; // Vault AppRole's secret_id; KeyValueDetector hides it only as a random UUID
    }
    if (kind == Kind.SECRET && equalsIgnoreCase(text, lastStart, lastEnd, "text") && beforeLastStart >= 0
        && equalsIgnoreCase(text, beforeLastStart, beforeLastEnd, "secret")) {
      return kind; // Microsoft Graph's secretText: an Entra app's new client secret, shown once
    }
    if (privateModule) {
      // azure.identity._credentials.chained: a Python logger's name, as "%(name)s: %(message)s" prints it before
      // its message, a module path when the secret word is not its last
      return null;
    }
    return METADATA.contains(text, lastStart, lastEnd) ? null : kind;
  }

  private static final String HEADER_VALUE_FIELD = "httpheadervalue";

  /**
   * Grafana's datasource field for a custom header's value, {@code httpHeaderValue<n>} (the header's name is in
   * {@code httpHeaderName<n>}), maybe qualified ({@code secureJsonData.httpHeaderValue1}): Grafana keeps it with the
   * encrypted {@code secureJsonData}, since the header authenticates (an API key, a tenant's token). Reads the key's
   * last 17 characters.
   */
  private static boolean customHeaderValue(CharSequence text, int start, int end) {
    int digits = end;
    while (digits > start && end - digits < 2 && isDigit(text.charAt(digits - 1))) {
      digits--;
    }
    int field = digits - HEADER_VALUE_FIELD.length();
    return digits < end && field >= start && (field == start || !isAlnum(text.charAt(field - 1)))
        && regionEqualsIgnoreCase(text, field, HEADER_VALUE_FIELD);
  }

  /** The word before a last word {@code token} that makes the key name what was read from a token. */
  private static final Words FROM_WORD = new Words("from");

  /** Whether the key {@code text[start, end)} is an HMAC algorithm's name alone: {@code hmac-sha256}, {@code hmac_sha1}. */
  private static boolean hmacAlgorithm(CharSequence text, int start, int end) {
    int e = end;
    while (e > start && !isAlnum(text.charAt(e - 1))) {
      e--;
    }
    int j = start + 4;
    if (e - start < 8 || !regionEqualsIgnoreCase(text, start, "hmac") || text.charAt(j) != '-' && text.charAt(j) != '_'
        || !regionEqualsIgnoreCase(text, j + 1, "sha")) {
      return false;
    }
    for (j += 4; j < e; j++) {
      if (!isDigit(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the token word {@code text[s, e)} ends a .NET assembly's {@code PublicKeyToken}: the words
   * {@code public} and {@code key} before it ({@code text[bs, be)}, {@code text[ls, le)}), or glued to it in one
   * word ({@code publickeytoken}).
   */
  private static boolean assemblyPublicKeyToken(CharSequence text, int s, int e, int ls, int le, int bs, int be) {
    if (e - s == 14) {
      return regionEqualsIgnoreCase(text, s, "publickeytoken");
    }
    return e - s == 5 && ls >= 0 && bs >= 0 && equalsIgnoreCase(text, ls, le, "key")
        && equalsIgnoreCase(text, bs, be, "public");
  }

  /** Last words after {@code session.} that still name the session's own value: {@code session.sid}. */
  private static final Words SESSION_VALUE_WORDS = new Words("cookie", "sid", "value", "token");

  /**
   * Whether the key {@code text[start, ...)} is {@code session.} (or {@code @@session.}) and then a setting's
   * name ending in {@code text[lastStart, lastEnd)}: the session is the setting's scope, not its value.
   */
  private static boolean sessionScope(CharSequence text, int start, int lastStart, int lastEnd) {
    int dot = start + 7;
    return lastStart > dot && dot < lastEnd && text.charAt(dot) == '.' && regionEqualsIgnoreCase(text, start, "session")
        && !SESSION_VALUE_WORDS.contains(text, lastStart, lastEnd);
  }

  /** Heads that make a {@code seed} a one-time-password seed: {@code MFA_SEED}, {@code totp.seed}. */
  private static final Words OTP_HEADS = new Words("mfa", "otp", "totp", "hotp", "2fa", "tfa", "twofa", "authenticator");

  /** Heads that make a {@code phrase} or {@code words} a wallet's recovery phrase: {@code seed phrase}. */
  private static final Words PHRASE_HEADS = new Words("seed", "recovery", "backup", "mnemonic", "wallet");

  /**
   * The kind of the word {@code text[s, e)} that names a secret only after a head word
   * {@code text[hs, he)} (none when {@code hs < 0}), since alone it names something else: an Erlang
   * {@code cookie} (RabbitMQ's cluster secret, not an HTTP cookie), an MFA or TOTP {@code seed}, a
   * {@code seed phrase} or {@code recovery phrase}, a {@code clear-text} password (WildFly's credential
   * references), ZooKeeper's {@code superDigest} (the super user's password hash). Any other {@code seed} may be a wallet's phrase,
   * never a random generator's number: its rule hides only a phrase. Looked at only when no term came
   * before, so that {@code password_seed} stays a password.
   */
  private static @Nullable Kind headedWord(CharSequence text, int s, int e, int hs, int he) {
    int len = e - s;
    if (len < 4 || len > 6) {
      return null;
    }
    boolean head = hs >= 0 && he > hs;
    if (equalsIgnoreCase(text, s, e, "cookie")) {
      return head && equalsIgnoreCase(text, hs, he, "erlang") ? Kind.SECRET : null;
    }
    if (equalsIgnoreCase(text, s, e, "text")) { // WildFly's credential-reference={clear-text=...}
      return head && equalsIgnoreCase(text, hs, he, "clear") ? Kind.PASSWORD : null;
    }
    if (equalsIgnoreCase(text, s, e, "digest")) { // ZooKeeper's superDigest=super:<password hash>
      return head && equalsIgnoreCase(text, hs, he, "super") ? Kind.PASSWORD : null; // a hash that can be cracked
    }
    if (equalsIgnoreCase(text, s, e, "seed") || equalsIgnoreCase(text, s, e, "seeds")) {
      if (head && OTP_HEADS.contains(text, hs, he)) {
        return Kind.SECRET;
      }
      return Kind.MNEMONIC;
    }
    if (equalsIgnoreCase(text, s, e, "phrase") || equalsIgnoreCase(text, s, e, "words")) {
      return head && PHRASE_HEADS.contains(text, hs, he) ? Kind.MNEMONIC : null;
    }
    return null;
  }

  /**
   * Whether the key is exactly {@code key} and {@code material} or {@code content}: a Wi-Fi profile's
   * {@code <keyMaterial>} and netsh's {@code Key Content}, the pre-shared key itself. Not after another word
   * ({@code publicKeyMaterial}).
   */
  private static boolean wiFiKey(CharSequence text, int start, int keyStart, int keyEnd, int lastStart, int lastEnd) {
    for (int i = start; i < keyStart; i++) {
      if (isAlnum(text.charAt(i))) {
        return false;
      }
    }
    return equalsIgnoreCase(text, keyStart, keyEnd, "key")
        && (equalsIgnoreCase(text, lastStart, lastEnd, "material")
            || equalsIgnoreCase(text, lastStart, lastEnd, "content"));
  }

  /** Last words of a secret's key that have a plain meaning too: {@code pepper: jalapeno}, {@code seed=42}. */
  private static final Words PLAIN_MEANING_WORDS = new Words("pepper", "peppers", "cookie", "seed", "seeds");

  /**
   * Whether the key {@code text[start, end)} ends with a word that names a secret yet has a plain
   * meaning too ({@code pepper}, an Erlang {@code cookie}, an MFA {@code seed}): its value must look
   * like a secret, not a word.
   */
  public static boolean endsWithPlainMeaningWord(CharSequence text, int start, int end) {
    return lastWordIn(text, start, end, PLAIN_MEANING_WORDS);
  }

  private static final Words MDP = new Words("mdp");

  /**
   * Whether the key {@code text[start, end)} ends with the word {@code mdp}, digits after it aside: French for
   * password, yet also a Markov decision process and a display block ({@code drm/msm/mdp4: flush ...}), so its
   * value must look like a secret. {@code MDP_BDD} and {@code mdpAdmin} name a password plainly.
   */
  public static boolean endsWithMdp(CharSequence text, int start, int end) {
    int e = end;
    while (e > start && isDigit(text.charAt(e - 1))) {
      e--;
    }
    return e - start >= 3 && lastWordIn(text, start, e, MDP);
  }

  /**
   * Whether the token word {@code text[s, e)} names no credential (a cursor, a version, a DKIM record):
   * the word before it ({@code text[prevStart, prevEnd)}, empty when {@code prevStart < 0}) or its own
   * glued head ({@code nextpagetoken}) is one of {@link #CURSOR_HEADS}.
   */
  private static boolean cursor(CharSequence text, int s, int e, int prevStart, int prevEnd) {
    if (prevStart >= 0 && CURSOR_HEADS.contains(text, prevStart, prevEnd)) {
      return true;
    }
    int headEnd = e - ((text.charAt(e - 1) | 0x20) == 's' ? 6 : 5);
    return headEnd > s && CURSOR_HEADS.endsOne(text, s, headEnd);
  }

  /**
   * Words before {@code token} that make it an id a client sends so that a request is not done twice
   * or can be found again, not a credential: AWS {@code ClientToken} / {@code ClientRequestToken},
   * {@code idempotency_token}, Route 53's {@code ChangeToken}, the {@code Postman-Token} header Postman sends
   * with each request.
   */
  private static final Words ID_TOKEN_HEADS = new Words(
    "client", "idempotency", "idempotent", "request", "correlation", "trace", "change", "sync", "retry", "dedup",
    "deduplication", "reservation", "tracking", "transaction", "tx", "cancellation", "device", "push", "invite",
    "invitation", "registration", "payment", "notification", "family", "uuid", "guid", "postman");

  /** Whether a word of the key {@code text[start, end)} makes a token an id ({@link #ID_TOKEN_HEADS}). */
  public static boolean namesIdToken(CharSequence text, int start, int end) {
    return anyWord(text, start, end, ID_TOKEN_HEADS, false) || containsGluedIdHead(text, start, end);
  }

  /** {@code clienttoken}, {@code idempotencytoken}: a head glued to the term in one word. */
  private static boolean containsGluedIdHead(CharSequence text, int start, int end) {
    return anyWord(text, start, end, KeyNames::gluedIdHead);
  }

  private static boolean gluedIdHead(CharSequence text, int s, int e) {
    int headEnd = e - ((text.charAt(e - 1) | 0x20) == 's' ? 6 : 5);
    return headEnd > s && equalsIgnoreCase(text, headEnd, e, e - headEnd == 6 ? "tokens" : "token")
        && ID_TOKEN_HEADS.endsOne(text, s, headEnd);
  }

  /**
   * Whether the key ends in {@code access} then {@code key} ({@code SUMO_ACCESS_KEY}, Azure SignalR's
   * {@code AccessKey}) and names no AWS-style store: an id beside a secret key at AWS, S3 and MinIO, yet
   * the secret itself at Sumo Logic and Azure, where it is 40 or more generated characters.
   */
  public static boolean namesAccessKey(CharSequence text, int start, int end) {
    return endsWithWordThenKey(text, start, end, "access")
        && !anyWord(text, start, end, AWS_WORDS, false); // at AWS the access key is the AKIA... id, by definition
  }

  /**
   * Whether the key ends in {@code routing} then {@code key}: an AMQP routing key (dotted words), or
   * PagerDuty's Events API integration key (32 hex digits), which is a secret.
   */
  public static boolean namesRoutingKey(CharSequence text, int start, int end) {
    return endsWithWordThenKey(text, start, end, "routing");
  }

  /** Whether the word {@code text[start, end)} names a lookup ({@code cache}, {@code primary}): its key is an id. */
  public static boolean namesLookup(CharSequence text, int start, int end) {
    return end > start && LOOKUP_KEY_HEADS.contains(text, start, end);
  }

  /** Whether the key ends in {@code session} then {@code key} ({@code sessionKey}, {@code session_key}). */
  public static boolean namesSessionKey(CharSequence text, int start, int end) {
    return endsWithWordThenKey(text, start, end, "session");
  }

  /** Whether the key's last words are {@code head} then {@code key}, written apart or as camel-case humps. */
  private static boolean endsWithWordThenKey(CharSequence text, int start, int end, String head) {
    int e = end;
    while (e > start && !isAlnum(text.charAt(e - 1))) {
      e--;
    }
    if (e - start < head.length() + 3 || !endsWithIgnoreCase(text, e, "key")) {
      return false;
    }
    int k = e - 3;
    while (k > start && (text.charAt(k - 1) == '_' || text.charAt(k - 1) == '-' || text.charAt(k - 1) == '.')) {
      k--;
    }
    int h = k - head.length();
    return h >= start && endsWithIgnoreCase(text, k, head)
        && (h == start || !isLower(text.charAt(h - 1)) || isUpper(text.charAt(h)));
  }

  private static final Words AWS_WORDS = new Words("aws", "amazon", "s3", "minio");

  private static final Words OPENPGP_WORDS = new Words("gpg", "pgp", "gnupg", "openpgp");

  /**
   * Whether a word of the key names OpenPGP ({@code GPG_KEY}, {@code pgp_key}): Docker's official
   * images set {@code GPG_KEY} to the fingerprint of the key that signs the release they verify.
   */
  public static boolean namesOpenPgp(CharSequence text, int start, int end) {
    return anyWord(text, start, end, OPENPGP_WORDS, false);
  }

  /** Whether the word before the key at {@code keyStart}, one blank away, names OpenPGP: {@code signed with PGP key}. */
  public static boolean openPgpBefore(CharSequence text, int keyStart) {
    int end = keyStart - 1;
    if (end < 1 || text.charAt(end) != ' ') {
      return false;
    }
    int start = end;
    while (start > 0 && end - start < 7 && isAlnum(text.charAt(start - 1))) {
      start--;
    }
    return OPENPGP_WORDS.contains(text, start, end);
  }

  /**
   * Words that make a key name a digest of what it names: {@code hashed_token}, {@code token_hash}. Not an
   * algorithm's name: that may say what a secret is for ({@code HMAC_SHA256_SECRET}, 64 hex digits too).
   */
  private static final Words DIGEST_KEY_WORDS = new Words(
    "hash", "hashed", "digest", "fingerprint", "checksum", "thumbprint");

  /**
   * Hash algorithms that, right after the word {@code key} or {@code token} at a key's end, name that key's
   * digest: S3's {@code x-amz-server-side-encryption-customer-key-MD5}, {@code api_key_sha256}. Elsewhere they
   * say what a secret is for ({@code HMAC_SHA256_SECRET}, {@code md5_secret}, {@code webhook_secret_sha256}) or
   * which hash a MAC uses ({@code X-Shopify-Hmac-Sha256}).
   */
  private static final String[] DIGEST_ALGORITHMS = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3"};

  /**
   * Whether a word of the key {@code text[start, end)} names a digest, GitHub's {@code hashed_token}, or the key
   * ends with a hash algorithm's name after {@code key} or {@code token} ({@code customer-key-MD5},
   * {@code apiKeySha256}).
   */
  public static boolean namesDigest(CharSequence text, int start, int end) {
    return anyWord(text, start, end, DIGEST_KEY_WORDS, false) || endsWithDigestAlgorithm(text, start, end);
  }

  /**
   * Whether the key ends with {@code key} or {@code token} and a word of {@link #DIGEST_ALGORITHMS} (read as one
   * string: the key's words part an algorithm's trailing digits from its letters).
   */
  private static boolean endsWithDigestAlgorithm(CharSequence text, int start, int end) {
    for (String algorithm : DIGEST_ALGORITHMS) {
      int from = end - algorithm.length();
      if (from > start && endsWithIgnoreCase(text, start, end, algorithm)) {
        char before = text.charAt(from - 1);
        int named = before == '-' || before == '_' || before == '.' ? from - 1
            : isLower(before) && isUpper(text.charAt(from)) ? from : -1;
        return named > start
            && (endsWithIgnoreCase(text, start, named, "key") || endsWithIgnoreCase(text, start, named, "token"));
      }
    }
    return false;
  }

  /**
   * Whether the key {@code text[start, end)} is RFC 6455's {@code Sec-WebSocket-Key}: the opening handshake's
   * nonce (16 random bytes in base64), which the server answers in the clear; it authenticates nothing.
   */
  public static boolean namesWebSocketKey(CharSequence text, int start, int end) {
    return endsWithIgnoreCase(text, start, end, "sec-websocket-key");
  }

  private static final Words TLS_WORDS = new Words("ssl", "tls");

  /**
   * Whether the key {@code text[start, end)} names a TLS session's id: {@code ssl_session_id},
   * {@code tlsSessionId}; not a session ticket or its key, which are secrets.
   */
  public static boolean namesTlsSessionId(CharSequence text, int start, int end) {
    return anyWord(text, start, end, TLS_WORDS, false) && lastWordIn(text, start, end, ID_WORD);
  }

  private static final Words ID_WORD = new Words("id");

  /** First words of a call that takes a secret's name, not its value: getSecret("db"). */
  private static final Words ACCESSORS = new Words(
    "get", "find", "lookup", "load", "read", "fetch", "resolve", "retrieve", "has", "contains", "remove",
    "delete", "describe", "list", "create", "exists", "rotate", "require",
    "prompt"); // PromptForCredential("caption", "message"): the dialog's texts

  /** Whether a word of the key {@code text[start, end)} is an accessor verb: {@code getPassword}, {@code secrets.get}. */
  public static boolean hasAccessorWord(CharSequence text, int start, int end) {
    return anyWord(text, start, end, ACCESSORS, false);
  }

  /** Verbs that name what a function does: {@code gnutls_x509_privkey_import}, {@code validateApiKey}. */
  private static final Words CODE_VERBS = new Words(
    "get", "set", "check", "validate", "verify", "decode", "encode", "import", "export", "generate", "parse", "load",
    "read", "write", "fetch", "init", "reinit", "deinit", "sign", "copy", "hash", "derive", "compute", "handle",
    "free", "alloc", "create", "delete", "update", "store", "find", "lookup", "resolve", "retrieve", "normalize",
    "clear", "cpy", "purge", "prompt");

  /** Extensions of source, build and documentation files, and man-page sections: {@code passwd.c}, {@code gpasswd.1}. */
  private static final Words SOURCE_EXTENSIONS = new Words(
    "c", "h", "cc", "cpp", "cxx", "hh", "hpp", "py", "rb", "go", "rs", "java", "kt", "js", "ts", "pl", "pm", "sh",
    "xml", "txt", "md", "rst", "texi", "texinfo", "asc", "in", "am", "ac", "m4", "mk", "html", "dpatch", "patch",
    "diff", "1", "2", "3", "5", "7", "8");

  /**
   * Whether the key {@code text[start, end)} names code rather than a setting: a source or
   * documentation file ({@code passwd.c}, {@code passwd.1.xml}), a C identifier starting with
   * {@code _}, or a function named by a verb among two or more words ({@code gnutls_x509_privkey_import},
   * {@code checkPassword}). Changelogs and application logs follow such a name with a colon and a
   * phrase saying what it does.
   */
  public static boolean namesCode(CharSequence text, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    int dot = end - 1;
    while (dot > start && dot > end - 9 && text.charAt(dot) != '.') {
      dot--;
    }
    if (dot > start && text.charAt(dot) == '.' && SOURCE_EXTENSIONS.contains(text, dot + 1, end)) {
      return true;
    }
    if (text.charAt(start) == '_') {
      return true;
    }
    int words = 0;
    for (int i = start; i < end && words < 2; i++) {
      char c = text.charAt(i);
      if (i == start || (c == '_' || c == '-' || c == '.') && i + 1 < end && isAlnum(text.charAt(i + 1))
          || isUpper(c) && isLower(text.charAt(i - 1))) {
        words++;
      }
    }
    return words >= 2 && anyWord(text, start, end, CODE_VERBS, false);
  }

  /** Whether a word of {@code text[start, end)} is one of {@code words}, or with {@code endsWith} ends with one. */
  private static boolean anyWord(CharSequence text, int start, int end, Words words, boolean endsWith) {
    return anyWord(text, start, end, endsWith ? words.endsOneTest : words.containsTest);
  }

  /** A test of the word {@code text[s, e)}. */
  private interface WordTest {
    boolean test(CharSequence text, int s, int e);
  }

  /** Whether a word of {@code text[start, end)} passes {@code test}. */
  private static boolean anyWord(CharSequence text, int start, int end, WordTest test) {
    int i = start;
    while (i < end) {
      while (i < end && !isAlnum(text.charAt(i))) {
        i++;
      }
      if (i >= end) {
        break;
      }
      int we = wordEnd(text, i, end);
      if (test.test(text, i, we)) {
        return true;
      }
      i = we;
    }
    return false;
  }

  /** Whether the last word of the key {@code text[start, end)} is one of {@code words} (lower-case). */
  public static boolean lastWordIn(CharSequence text, int start, int end, Words words) {
    int i = start;
    int ls = -1;
    int le = -1;
    while (i < end) {
      while (i < end && !isAlnum(text.charAt(i))) {
        i++;
      }
      if (i >= end) {
        break;
      }
      ls = i;
      le = wordEnd(text, i, end);
      i = le;
    }
    return ls >= 0 && words.contains(text, ls, le);
  }

  /** Whether {@code text[j, end)} is digits only: not secret2025-03-14T10, a word glued to a timestamp. */
  private static boolean digitsEnd(CharSequence text, int j, int end) {
    for (int k = j; k < end; k++) {
      if (!isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the digits at {@code j} are followed by a capital that starts the next camel-case word: an index
   * between the key word and an environment's name ({@code password2Prod}), a word of its own as at the end.
   * Only after a word of 3 or more letters: in a generated id, {@code fzPw3Me}, a two-letter word is chance.
   */
  private static boolean digitsBeforeCapital(CharSequence text, int j, int end) {
    int k = j;
    while (k < end && k - j < 4 && isDigit(text.charAt(k))) {
      k++;
    }
    return k < end && isUpper(text.charAt(k));
  }

  /**
   * Whether {@code text[j, end)} is the suffix Hibernate 5 gives a column's alias, numbers each ended by
   * {@code _}: {@code password4_0_0_}, {@code api_key3_0_}, so that the column's name stays a word.
   */
  private static boolean hibernateAlias(CharSequence text, int j, int end) {
    if (end - j < 4 || text.charAt(end - 1) != '_') {
      return false;
    }
    for (int k = j; k < end; k++) {
      char c = text.charAt(k);
      if (!isDigit(c) && (c != '_' || !isDigit(text.charAt(k - 1)))) {
        return false;
      }
    }
    return true;
  }

  /** End of the word starting at {@code i}: letters and digits up to a camel-case hump. */
  private static int wordEnd(CharSequence text, int i, int end) {
    char first = text.charAt(i);
    int j = i + 1;
    if (isUpper(first)) {
      // "APIKey": upper run, the last upper starts the next word if a lower follows.
      int k = j;
      while (k < end && isUpper(text.charAt(k))) {
        k++;
      }
      if (k > j) {
        if (k < end && isLower(text.charAt(k))) {
          return k - 1;
        }
        j = k;
      }
    }
    while (j < end) {
      char c = text.charAt(j);
      if (isDigit(c) && !isDigit(text.charAt(j - 1)) && (digitsEnd(text, j, end) || hibernateAlias(text, j, end)
          || j - i >= 3 && digitsBeforeCapital(text, j, end))) {
        break; // password2, token1: digits that end the key are a word of their own, as after a separator
      } else if (isLower(c) || isDigit(c)) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * The kind the word {@code text[s, e)} names, if any. A bare {@code key} is qualified by an earlier
   * word of the key from {@code keyStart}, or by the word before the key; those are looked at only
   * then, since most keys hold no bare {@code key}.
   */
  private static Kind termOf(CharSequence text, int s, int e, int keyStart, int prevStart, int prevEnd) {
    char last = text.charAt(e - 1);
    if (last >= 'A' && last <= 'Z') {
      last += 32;
    }
    Ending[] candidates = last < 128 ? ENDINGS[last] : null;
    if (candidates == null) {
      return null;
    }
    for (Ending ending : candidates) {
      int headEnd = e - ending.text.length();
      if (headEnd < s || !endsWithIgnoreCase(text, e, ending.text, 1)) {
        continue;
      }
      Term t = ending.term;
      boolean ok;
      switch (t.head) {
        case ANY:
          ok = true;
          break;
        case ALONE:
          ok = headEnd == s;
          break;
        case LISTED:
          Words heads = t.kind == Kind.PASSWORD ? PASS_HEADS : AUTH_HEADS;
          ok = headEnd == s || heads.contains(text, s, headEnd);
          break;
        default: // QUALIFIED
          ok = headEnd > s ? KEY_QUALIFIERS.endsOne(text, s, headEnd)
              : qualifiedBefore(text, keyStart, s, prevStart, prevEnd)
                  && !wordRightBefore(text, keyStart, s, ORDERING_KEY_HEADS);
          break;
      }
      if (ok) {
        return t.kind;
      }
    }
    return null;
  }

  /**
   * Whether a word of the key before {@code end} ends with a qualifier, or, when {@code key} is the
   * key's first word ({@code API key: ...}), the word before the key does. A key with words of its own
   * is not qualified from outside: in {@code pushgateway groupingKey=...} the key names a grouping.
   */
  private static boolean qualifiedBefore(CharSequence text, int keyStart, int end, int prevStart, int prevEnd) {
    return prevEnd > prevStart && !anyAlnum(text, keyStart, end) && KEY_QUALIFIERS.endsOne(text, prevStart, prevEnd)
        || anyWord(text, keyStart, end, KEY_QUALIFIERS, true) && !publicRightBefore(text, keyStart, end);
  }

  /** Keys a vendor makes public on purpose: Stripe's publishable key, reCAPTCHA's site key. */
  private static final Words PUBLIC_KEY_HEADS = new Words("publishable", "public", "pub", "site");

  /**
   * Words right before a bare {@code key} that make it a position or a lookup, whatever qualifies it before
   * that: Windows' {@code ClientProcessStartKey}, {@code clientSortKey}, {@code api_cache_key}.
   */
  private static final Words ORDERING_KEY_HEADS = new Words(
    "start", "sort", "cache", "partition", "shard", "row", "lock", "routing", "idempotency", "dedup", "ordering");

  /**
   * Whether the word of the key right before {@code end} makes it public ({@code STRIPE_PUBLISHABLE_KEY},
   * {@code RECAPTCHA_SITE_KEY}), whatever qualifies it before that.
   */
  private static boolean publicRightBefore(CharSequence text, int keyStart, int end) {
    return wordRightBefore(text, keyStart, end, PUBLIC_KEY_HEADS);
  }

  /** Whether the word of the key {@code text[keyStart, end)} right before {@code end} is one of {@code words}. */
  private static boolean wordRightBefore(CharSequence text, int keyStart, int end, Words words) {
    int we = end;
    while (we > keyStart && !isAlnum(text.charAt(we - 1))) {
      we--;
    }
    int ws = we;
    while (ws > keyStart && isAlnum(text.charAt(ws - 1))) {
      ws--;
      if (isUpper(text.charAt(ws)) && ws > keyStart && isLower(text.charAt(ws - 1))) {
        break; // stripePublishableKey: a camel-case word starts at its capital
      }
    }
    return we > ws && words.contains(text, ws, we);
  }

  private static boolean anyAlnum(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (isAlnum(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code literal} followed by {@code c} (ASCII case ignored) occurs in a term with one of
   * its suffixes ({@code pass} then {@code w} in {@code password}, {@code session} then {@code i} in
   * {@code sessionid}): only then can a word holding them end in a term there.
   */
  static boolean termGoesOn(String literal, char c) {
    String wanted = (literal + c).toLowerCase(Locale.ROOT);
    for (Ending[] bucket : ENDINGS) {
      for (Ending ending : bucket == null ? new Ending[0] : bucket) {
        if (ending.text.contains(wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A term with one of its suffixes, as the text a word must end with. */
  private record Ending(String text, Term term) {}

  /**
   * Every term with each of its suffixes, by the ending's last letter, in {@link #TERMS} order:
   * a word is compared with the few endings that share its last letter, and the first that fits
   * wins as it would in a walk over all terms (the others cannot fit).
   */
  private static final Ending[][] ENDINGS = new Ending[128][];

  static {
    for (Term t : TERMS) {
      for (String suffix : t.suffixes) {
        String whole = t.word + suffix;
        char last = whole.charAt(whole.length() - 1);
        Ending[] bucket = ENDINGS[last];
        Ending[] grown = bucket == null ? new Ending[1] : Arrays.copyOf(bucket, bucket.length + 1);
        grown[grown.length - 1] = new Ending(whole, t);
        ENDINGS[last] = grown;
      }
    }
  }

  /**
   * Whether {@code text[.., e)} ends with {@code w} (lower-case ASCII), ignoring ASCII case; the
   * caller has checked that {@code text} holds {@code w.length()} characters before {@code e}.
   * Compares from the end, where words of one bucket differ first.
   */
  private static boolean endsWithIgnoreCase(CharSequence text, int e, String w) {
    return endsWithIgnoreCase(text, e, w, 0);
  }

  /**
   * {@link #endsWithIgnoreCase(CharSequence, int, String)} when the last {@code known} characters are
   * known to match: for a word of the bucket that {@code text[e - 1]} chose ({@link Words},
   * {@link #ENDINGS}), 1, so the compare starts at the second-last, where such words differ first.
   */
  private static boolean endsWithIgnoreCase(CharSequence text, int e, String w, int known) {
    for (int j = w.length() - 1 - known, k = e - 1 - known; j >= 0; j--, k--) {
      char c = text.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        c += 32;
      }
      if (c != w.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[start, end)} is a word that names metadata ({@code name}, {@code username}, {@code type}). */
  static boolean isMetadataWord(CharSequence text, int start, int end) {
    return METADATA.contains(text, start, end);
  }

  /**
   * Lower-case ASCII words grouped by their last character, so that a lookup compares a
   * handful of them rather than the whole list: the long lists are read for every word of every key.
   */
  static final class Words {
    private final String[][] byLast = new String[128][];
    /** {@link #contains} and {@link #endsOne} as word tests, made once so that a walk allocates nothing. */
    final WordTest containsTest = this::contains;
    final WordTest endsOneTest = this::endsOne;

    Words(String... words) {
      for (String w : words) {
        char last = w.charAt(w.length() - 1);
        String[] bucket = byLast[last];
        String[] grown = bucket == null ? new String[1] : Arrays.copyOf(bucket, bucket.length + 1);
        grown[grown.length - 1] = w;
        byLast[last] = grown;
      }
    }

    private String @Nullable [] bucket(CharSequence text, int s, int e) {
      if (e <= s) {
        return null;
      }
      char last = text.charAt(e - 1);
      if (last >= 'A' && last <= 'Z') {
        last += 32;
      }
      return last < 128 ? byLast[last] : null;
    }

    /** Whether {@code text[s, e)} is one of the words, ignoring ASCII case. */
    boolean contains(CharSequence text, int s, int e) {
      String[] bucket = bucket(text, s, e);
      if (bucket != null) {
        for (String w : bucket) {
          if (w.length() == e - s && regionEqualsIgnoreCase(text, s, w)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether {@code text[s, e)} ends with one of the words, ignoring ASCII case. */
    boolean endsOne(CharSequence text, int s, int e) {
      String[] bucket = bucket(text, s, e);
      if (bucket != null) {
        for (String w : bucket) {
          if (w.length() <= e - s && endsWithIgnoreCase(text, e, w, 1)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  static boolean equalsIgnoreCase(CharSequence text, int s, int e, String w) {
    return w.length() == e - s && regionEqualsIgnoreCase(text, s, w);
  }

  /** Whether {@code text} holds exactly {@code w} at {@code at}; false if it ends first. */
  static boolean regionEquals(CharSequence text, int at, String w) {
    if (at < 0 || at + w.length() > text.length()) {
      return false;
    }
    for (int j = 0; j < w.length(); j++) {
      if (text.charAt(at + j) != w.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** {@code w} is lower-case ASCII. */
  static boolean regionEqualsIgnoreCase(CharSequence text, int at, String w) {
    if (at < 0 || at + w.length() > text.length()) {
      return false;
    }
    for (int j = 0; j < w.length(); j++) {
      char c = text.charAt(at + j);
      if (c >= 'A' && c <= 'Z') {
        c += 32;
      }
      if (c != w.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text[s, e)} contains a term word (any case) where a word of a name can start: after
   * a separator or at the start, in upper case after a letter ({@code apiKey}), or inside a run of
   * lower-case letters only ({@code mysecretkey}). Inside a run that mixes cases or holds digits, a
   * term in lower case is chance ({@code fnJ4EnnpwDMaB1}, {@code XHkey5}).
   */
  static boolean containsTermWord(CharSequence text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = (char) (text.charAt(i) | 0x20);
      if (((c == 'p' && (regionEqualsIgnoreCase(text, i, "passw") || regionEqualsIgnoreCase(text, i, "pwd")))
          || (c == 's' && regionEqualsIgnoreCase(text, i, "secret"))
          || (c == 't' && regionEqualsIgnoreCase(text, i, "token"))
          || (c == 'k' && regionEqualsIgnoreCase(text, i, "key"))
          || (c == 'c' && regionEqualsIgnoreCase(text, i, "credential"))) && wordCanStart(text, s, e, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordCanStart(CharSequence text, int s, int e, int i) {
    if (i == s || !isLower(text.charAt(i)) || !(isLower(text.charAt(i - 1)) || isUpper(text.charAt(i - 1)))) {
      return true;
    }
    int from = i;
    while (from > s && isAlnum(text.charAt(from - 1))) {
      from--;
    }
    for (int j = from; j < e && isAlnum(text.charAt(j)); j++) {
      if (!isLower(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  static boolean isAlnum(char c) {
    return isLower(c) || isUpper(c) || isDigit(c);
  }

  static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
