package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.ChangeValues.MAX_NEW_VALUE;
import static dev.redact4j.internal.engine.ChangeValues.afterPuppetVerb;
import static dev.redact4j.internal.engine.ChangeValues.afterToolMask;
import static dev.redact4j.internal.engine.ChangeValues.throughNewValue;
import static dev.redact4j.internal.engine.CodeShapes.argumentNamedAfterItself;
import static dev.redact4j.internal.engine.CodeShapes.comparedName;
import static dev.redact4j.internal.engine.CodeShapes.concatenated;
import static dev.redact4j.internal.engine.CodeShapes.concatenation;
import static dev.redact4j.internal.engine.CodeShapes.conditionalBranch;
import static dev.redact4j.internal.engine.CodeShapes.memberGetsVariable;
import static dev.redact4j.internal.engine.CodeShapes.methodName;
import static dev.redact4j.internal.engine.CodeShapes.methodOfNamedObject;
import static dev.redact4j.internal.engine.CodeShapes.soleArgument;
import static dev.redact4j.internal.engine.CodeShapes.typedDeclaration;
import static dev.redact4j.internal.engine.CodeShapes.userThenPassword;
import static dev.redact4j.internal.engine.CommandValues.deviceStoredValue;
import static dev.redact4j.internal.engine.CommandValues.htpasswdPassword;
import static dev.redact4j.internal.engine.CommandValues.keyContentAt;
import static dev.redact4j.internal.engine.CommandValues.promptDefaultEnd;
import static dev.redact4j.internal.engine.CommandValues.redisAuth;
import static dev.redact4j.internal.engine.CommandValues.redisAuthPassword;
import static dev.redact4j.internal.engine.CommandValues.regAddData;
import static dev.redact4j.internal.engine.CommandValues.wpaPassphrase;
import static dev.redact4j.internal.engine.IdentifierValues.collectionLink;
import static dev.redact4j.internal.engine.IdentifierValues.goStructPrint;
import static dev.redact4j.internal.engine.IdentifierValues.keyLocation;
import static dev.redact4j.internal.engine.IdentifierValues.logLabel;
import static dev.redact4j.internal.engine.IdentifierValues.lowerHostName;
import static dev.redact4j.internal.engine.IdentifierValues.namespacedName;
import static dev.redact4j.internal.engine.IdentifierValues.objectName;
import static dev.redact4j.internal.engine.IdentifierValues.openPgpKeyId;
import static dev.redact4j.internal.engine.IdentifierValues.postgresSessionId;
import static dev.redact4j.internal.engine.IdentifierValues.sizeInBytes;
import static dev.redact4j.internal.engine.IdentifierValues.spdxId;
import static dev.redact4j.internal.engine.IdentifierValues.tlsSessionId;
import static dev.redact4j.internal.engine.IdentifierValues.trimClosers;
import static dev.redact4j.internal.engine.IdentifierValues.twilioSid;
import static dev.redact4j.internal.engine.KeyBounds.abbreviation;
import static dev.redact4j.internal.engine.KeyBounds.afterWordOfSameKey;
import static dev.redact4j.internal.engine.KeyBounds.bareKey;
import static dev.redact4j.internal.engine.KeyBounds.inUrlQuery;
import static dev.redact4j.internal.engine.KeyBounds.keyEnd;
import static dev.redact4j.internal.engine.KeyBounds.keyStartAround;
import static dev.redact4j.internal.engine.KeyBounds.numberedKey;
import static dev.redact4j.internal.engine.KeyBounds.numberedKeyEnd;
import static dev.redact4j.internal.engine.KeyBounds.parentKeyEnd;
import static dev.redact4j.internal.engine.KeyBounds.queryKey;
import static dev.redact4j.internal.engine.KeyBounds.uciSectionStart;
import static dev.redact4j.internal.engine.LineValues.afterLevelTag;
import static dev.redact4j.internal.engine.LineValues.continuedLines;
import static dev.redact4j.internal.engine.LineValues.instructionBefore;
import static dev.redact4j.internal.engine.LineValues.lineEnd;
import static dev.redact4j.internal.engine.LineValues.namedPairAt;
import static dev.redact4j.internal.engine.ListValues.byteListEnd;
import static dev.redact4j.internal.engine.ListValues.charArrayEnd;
import static dev.redact4j.internal.engine.ListValues.closesOnLine;
import static dev.redact4j.internal.engine.ListValues.containsMapping;
import static dev.redact4j.internal.engine.ListValues.entryNamedValue;
import static dev.redact4j.internal.engine.ListValues.erlangTupleString;
import static dev.redact4j.internal.engine.ListValues.lineIndent;
import static dev.redact4j.internal.engine.ListValues.nextListItem;
import static dev.redact4j.internal.engine.ListValues.nextPrintedListItem;
import static dev.redact4j.internal.engine.ListValues.skipLineBreaks;
import static dev.redact4j.internal.engine.ListValues.wholeStringItem;
import static dev.redact4j.internal.engine.NonSecretKeys.annotationKey;
import static dev.redact4j.internal.engine.NonSecretKeys.builtFile;
import static dev.redact4j.internal.engine.NonSecretKeys.digestAnnotation;
import static dev.redact4j.internal.engine.NonSecretKeys.eximMessageId;
import static dev.redact4j.internal.engine.NonSecretKeys.flagProse;
import static dev.redact4j.internal.engine.NonSecretKeys.goTestVerdict;
import static dev.redact4j.internal.engine.NonSecretKeys.harnessVerdict;
import static dev.redact4j.internal.engine.NonSecretKeys.procSignalMask;
import static dev.redact4j.internal.engine.NonSecretKeys.kindName;
import static dev.redact4j.internal.engine.NonSecretKeys.licenseNamed;
import static dev.redact4j.internal.engine.NonSecretKeys.loguruPlace;
import static dev.redact4j.internal.engine.NonSecretKeys.mavenArtifact;
import static dev.redact4j.internal.engine.NonSecretKeys.namedScript;
import static dev.redact4j.internal.engine.NonSecretKeys.pamModuleBefore;
import static dev.redact4j.internal.engine.NonSecretKeys.promptingFlag;
import static dev.redact4j.internal.engine.NonSecretKeys.providerReference;
import static dev.redact4j.internal.engine.NonSecretKeys.sourceFile;
import static dev.redact4j.internal.engine.NonSecretKeys.syslogPriority;
import static dev.redact4j.internal.engine.ProseKeys.namesSecretObject;
import static dev.redact4j.internal.engine.ProseKeys.proseAfter;
import static dev.redact4j.internal.engine.ProseKeys.proseBefore;
import static dev.redact4j.internal.engine.ProseValues.afterNetrcLogin;
import static dev.redact4j.internal.engine.ProseValues.proseWord;
import static dev.redact4j.internal.engine.Separators.deepEscapedQuote;
import static dev.redact4j.internal.engine.Separators.encodedEnd;
import static dev.redact4j.internal.engine.Separators.escapeAt;
import static dev.redact4j.internal.engine.Separators.escapedQuoteAt;
import static dev.redact4j.internal.engine.Separators.escapedSeparator;
import static dev.redact4j.internal.engine.Separators.hexEscape;
import static dev.redact4j.internal.engine.Separators.separator;
import static dev.redact4j.internal.engine.Separators.separatorFollows;
import static dev.redact4j.internal.engine.Separators.skipEncodedBlanks;
import static dev.redact4j.internal.engine.Separators.skipKeyClosers;
import static dev.redact4j.internal.engine.Separators.unicodeEscape;
import static dev.redact4j.internal.engine.SiblingEntries.namedBySibling;
import static dev.redact4j.internal.engine.SiblingEntries.precedingValue;
import static dev.redact4j.internal.engine.SiblingEntries.siblingValue;
import static dev.redact4j.internal.engine.TableCells.barAfterRowKey;
import static dev.redact4j.internal.engine.TableCells.cefHeaderField;
import static dev.redact4j.internal.engine.TableCells.cellBarBefore;
import static dev.redact4j.internal.engine.TableCells.cellWordEnd;
import static dev.redact4j.internal.engine.TableCells.isCellBar;
import static dev.redact4j.internal.engine.TableCells.labelStart;
import static dev.redact4j.internal.engine.TableCells.secretCell;
import static dev.redact4j.internal.engine.TableCells.secretCellAfter;
import static dev.redact4j.internal.engine.TableCells.shortWordInsideId;
import static dev.redact4j.internal.engine.TableCells.tabCellSeparator;
import static dev.redact4j.internal.engine.TableCells.tableRow;
import static dev.redact4j.internal.engine.ValueEnds.bracedEnd;
import static dev.redact4j.internal.engine.ValueEnds.closingQuote;
import static dev.redact4j.internal.engine.ValueEnds.cmdletAt;
import static dev.redact4j.internal.engine.ValueEnds.htmlAmpersand;
import static dev.redact4j.internal.engine.ValueEnds.htmlQuote;
import static dev.redact4j.internal.engine.ValueEnds.htmlQuoteIndex;
import static dev.redact4j.internal.engine.ValueEnds.isCall;
import static dev.redact4j.internal.engine.ValueEnds.unquotedEnd;
import static dev.redact4j.internal.engine.ValueShapes.allDigits;
import static dev.redact4j.internal.engine.ValueShapes.containsBlank;
import static dev.redact4j.internal.engine.ValueShapes.containsDigit;
import static dev.redact4j.internal.engine.ValueShapes.containsIgnoreCase;
import static dev.redact4j.internal.engine.ValueShapes.fillerRun;
import static dev.redact4j.internal.engine.ValueShapes.identifierNamingSecret;
import static dev.redact4j.internal.engine.ValueShapes.isCodeReference;
import static dev.redact4j.internal.engine.ValueShapes.isPlaceholder;
import static dev.redact4j.internal.engine.ValueShapes.isUuid;
import static dev.redact4j.internal.engine.ValueShapes.looksGenerated;
import static dev.redact4j.internal.engine.ValueShapes.looksSecret;
import static dev.redact4j.internal.engine.ValueShapes.lowVariety;
import static dev.redact4j.internal.engine.ValueShapes.namesPasswordInCode;
import static dev.redact4j.internal.engine.WrappedValues.dumpedWrapperValue;
import static dev.redact4j.internal.engine.WrappedValues.wrappedValue;
import static dev.redact4j.internal.engine.XmlElements.closingInlineTag;
import static dev.redact4j.internal.engine.XmlElements.namespacePrefixBefore;
import static dev.redact4j.internal.engine.XmlElements.nestedValueElement;
import static dev.redact4j.internal.engine.XmlElements.startTagEnd;
import static dev.redact4j.internal.engine.XmlElements.uiLabel;
import static dev.redact4j.internal.engine.XmlElements.xmlValue;

import dev.redact4j.internal.engine.KeyNames.Kind;
import org.jspecify.annotations.Nullable;

/**
 * A value assigned to a key that names a secret, in the shapes logs use: {@code k=v}, {@code k: v},
 * {@code "k":"v"}, {@code \"k\":\"v\"} (JSON inside a JSON string), {@code k => v}, {@code k := v},
 * console-table leaders {@code k ....... v} / {@code k ---- v},
 * YAML, query strings {@code ?k=v&} (also URL-encoded: {@code k%3Dv%26}, {@code user%5Bk%5D=v},
 * {@code user[k]=v}), {@code toString} dumps {@code Foo{k=v, ...}}, XML
 * {@code <k>v</k>}, {@code key="k" value="v"} and {@code <entry key="k">v</entry>}, lists of string
 * literals {@code k: ['v1', 'v2']} (every element must be a value), command-line flags {@code --k v} /
 * {@code --k=v}, and the legacy Dockerfile {@code ENV K v} / {@code ARG K v} and csh
 * {@code setenv K v}, whose value is the rest of the line.
 *
 * <p>Name/value entries name the key in a sibling field (Kubernetes and ECS environment lists,
 * CloudFormation parameters and tags): {@code {"name":"DB_PASSWORD","value":"v"}},
 * {@code {'Key': 'API_KEY', 'Value': 'v'}}, {@code EnvVar(name=DB_PASSWORD, value=v)}, and YAML
 * {@code - name: DB_PASSWORD} with {@code value: v} on a following line. The key is then the whole
 * value of a {@code name}, {@code key}, {@code ParameterKey}, {@code ParameterName} or
 * {@code OptionName} field, and the value is that of a {@code value} or {@code ParameterValue} field
 * at most four fields and 256 characters later, before anything closes the entry, or, in JSON and
 * {@code toString} forms, as many fields before the name field, after anything opens it
 * ({@code {"value":"v","name":"DB_PASSWORD"}}); {@code valueFrom} is not a value field.
 *
 * <p>The anchor is a term such as {@code password}; the whole key around it ({@code db_password},
 * {@code X-Api-Key}, {@code aws_secret_access_key}) is classified by {@link KeyNames}, and the rule
 * accepts only keys of its own {@link Kind}, so each key is claimed by one rule.
 *
 * <p>Placeholders are not secrets: empty, {@code null}, {@code true}/{@code false}, {@code ${VAR}},
 * {@code $VAR}, {@code %s}, {@code {}} (SLF4J), {@code {{ var }}}, {@code <...>}, {@code ****},
 * already-redacted text, objects and arrays other than lists of literals (their own keys are
 * checked), function calls and unquoted code references such as {@code env.DB_PASSWORD}; a quoted
 * value is a literal, never a reference.
 * After a command-line flag an unexpanded {@code $VAR} or {@code %VAR%} is hidden (see
 * {@link ValueShapes#isPlaceholder(CharSequence, int, int, boolean)}). Password values need 4
 * characters; secret and key values 6 and a shape that is not a plain word; token, session and
 * signature values 8 and a random-looking shape; a bare {@code key} of an unknown vendor
 * ({@link Kind#NAMED_KEY}) a generated value ({@link ValueShapes#looksGenerated}), with an upper-case
 * letter when no word qualifies the key.
 *
 * <p>A password, secret or key name alone at the start of its line ({@code key: value with spaces},
 * {@code key = a,b}) owns the rest of the line, up to a comment or another {@code key=} pair. A
 * password, secret or key name directly followed by a parenthesis and a quote takes that literal
 * ({@code secret("value")}, {@code .password("value")}), unless it is an accessor
 * ({@code getSecret("name")}) or a type ({@code new Credential("user")}).
 *
 * <p>Reads at most 48 characters before the anchor (plus {@link SiblingEntries#SPAN} for a value
 * field before its name field) and {@link SiblingEntries#SPAN} + {@link #MAX_VALUE} + 80 after it.
 * Allocates nothing.
 */
public final class KeyValueDetector implements Detector {
  /** Longest value read; a longer quoted value is hidden up to here. */
  static final int MAX_VALUE = 4096;
  /** How far an unquoted value is read before {@link #keyAgain} is asked where it must end at the latest. */
  static final int SHORT_READ = 96;
  /** How {@code Optional.toString()} opens a present value. */
  private static final String OPTIONAL = "Optional[";
  /** How Swift prints a present optional string: {@code Optional("v")}. */
  private static final String SWIFT_OPTIONAL = "Optional(\"";
  /** How Rust's {@code {:?}} opens a present {@code Option}: {@code Some("v")}, or {@code Some(} and a line break. */
  private static final String RUST_SOME = "Some(";
  private static final String HASKELL_JUST = "Just \"";
  /** How Go's {@code %#v} opens a slice of strings, the values of an {@code http.Header} key. */
  private static final String GO_STRINGS = "[]string{";
  /** The OpenTelemetry Collector's debug exporter prints a string attribute as {@code Str(<value>)}. */
  private static final String OTEL_STR = "Str(";
  private static final String OTEL_SLICE = "Slice([";
  /** How Spring's {@code FieldError} introduces the value it rejected, after {@code on field 'name':}. */
  private static final String REJECTED_VALUE = "rejected value [";
  /** Longest rejected value read. */
  private static final int MAX_REJECTED = 128;
  /** How Kafka's {@code ConfigException} quotes a value before the key it was given for. */
  private static final String INVALID_VALUE = "Invalid value ";
  /** What follows the value in Kafka's {@code ConfigException}, before the key. */
  private static final String FOR_CONFIGURATION = " for configuration ";
  /** How Micronaut's property resolver quotes a value before the property it resolved, at TRACE. */
  private static final String RESOLVED_VALUE = "Resolved value [";
  /** What follows the value in Micronaut's trace, before the property's name. */
  private static final String FOR_PROPERTY = "] for property: ";
  /** Flink's GlobalConfiguration: "Loading configuration property: <key>, <value>". */
  private static final String LOADING_PROPERTY = "configuration property: ";
  /** How MySQL's duplicate-key error quotes the value, before {@code ' for key '<index>'}. */
  private static final String DUPLICATE_ENTRY = "Duplicate entry '";
  /** The characters of a constant's name: {@code AES_CM_128_HMAC_SHA1_80}. */
  private static final CharClass CONSTANT_CHARS = CharClass.of("A-Z0-9_");
  /** What follows the value in MySQL's duplicate-key error, before the index's name. */
  private static final String FOR_KEY = "' for key '";
  /** How Spring 5 joins a cause's message to its exception's: {@code for property 'pin'; nested exception is ...}. */
  private static final String NESTED_EXCEPTION = "; nested exception is ";
  /** How {@code NumberFormatException} quotes the text it failed on, after its class name's {@code Number}. */
  private static final String FOR_INPUT_STRING = "FormatException: For input string: ";
  /** How PostgreSQL's error detail names a unique or foreign key's column, before {@code )=(<v>)}. */
  private static final String KEY_COLUMN = "Key (";
  /** Fewest digits of an all-digit token value (longer than any numeric id or code). */
  private static final int NUMERIC_TOKEN = 24;
  static final int MAX_KEY = 48;
  /** Longest key from the start of its anchor word on. */
  private static final int MAX_KEY_FROM_ANCHOR = MAX_KEY + 8;
  static final int MAX_GAP = 32;

  private final @Nullable Kind kind;
  private final CharClass valueClass;
  private final int minValue;
  private final int maxValue;
  /** How far an unquoted or quoted value is read before it counts as too long for this rule. */
  private final int readLimit;
  private final Validator validator;
  private final KeyNames.@Nullable Words lastWords;

  /** A generic rule: keys of {@code kind} (see {@link KeyNames}), values of any shape that is not a placeholder. */
  public KeyValueDetector(Kind kind) {
    this(kind, CharClass.ALNUM, 0, MAX_VALUE, Validator.ANY);
  }

  /**
   * A vendor rule: any key containing the anchor ({@code HEROKU_API_KEY}, {@code okta_token}) whose
   * whole value is {@code min..max} characters of {@code valueClass} and passes {@code validator}.
   */
  public KeyValueDetector(CharClass valueClass, int min, int max, Validator validator) {
    this(null, valueClass, min, max, validator);
  }

  /**
   * A vendor rule for keys that name an account rather than a secret word: the key contains the anchor
   * and its last word is one of {@code lastWords} (lower-case), as in {@code CLOUDANT_USERID} or
   * {@code sl_user_id}.
   */
  public KeyValueDetector(CharClass valueClass, int min, int max, Validator validator, String... lastWords) {
    this(null, valueClass, min, max, validator, lastWords);
  }

  private KeyValueDetector(@Nullable Kind kind, CharClass valueClass, int min, int max, Validator validator,
      String... lastWords) {
    this.lastWords = lastWords.length == 0 ? null : new KeyNames.Words(lastWords);
    this.kind = kind;
    this.valueClass = valueClass;
    this.minValue = min;
    this.maxValue = max;
    this.validator = validator;
    // A longer value is refused whatever it holds, so its end need not be found exactly: a flood of
    // keys (vsts=vsts=...) costs each one this many reads, not MAX_VALUE.
    this.readLimit = kind == null ? Math.min(max + 1, MAX_VALUE)
        : kind == Kind.NAMED_KEY ? ValueShapes.MAX_GENERATED + 1 : MAX_VALUE;
  }

  @Override
  public int window() {
    return 2 * MAX_KEY + SiblingEntries.SPAN + MAX_VALUE + 80 + MAX_NEW_VALUE;
  }

  /** The words between a key word and its value are the key's own ({@code client_secret_key}) or a separator. */
  @Override
  public boolean keyBeforeSpan() {
    return true;
  }

  /**
   * A key rule's anchor is a term word ({@code auth}, {@code pat}, {@code pass}); followed by a
   * lower-case letter that no term goes on with, it is the start of another word ({@code Authenticate},
   * {@code path}, {@code passed}), and a term elsewhere in the key has an anchor of its own. Vendor
   * rules look for their anchor anywhere in the key and reject nothing.
   */
  @Override
  public boolean rejectsAnchorFollowedBy(String literal, char c) {
    return kind != null && KeyNames.isLower(c) && !KeyNames.termGoesOn(literal, c);
  }

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    long span = locate(text, anchorStart, anchorEnd);
    if (span == NO_MATCH || kind == null) {
      return span;
    }
    int start = Detector.start(span);
    if (start > 0 && text.charAt(start - 1) == ':' && loguruPlace(text, start)) {
      return NO_MATCH; // loguru: | app.auth:login:42 - message, a record's module, function and line
    }
    int earlier = DiagnosedLocals.earlierValue(text, anchorStart, start);
    if (earlier >= 0) {
      span = Detector.pack(earlier, Detector.end(span)); // loguru: the values of the variables right of this one
    }
    int keyStart = keyStartAround(text, anchorStart);
    int keyEnd = CharClass.KEY.skip(text, anchorEnd, Math.min(text.length(), anchorEnd + MAX_KEY));
    if (keyEnd < text.length() && text.charAt(keyEnd) == ' ' && idWordAt(text, keyEnd + 1)) {
      keyEnd += 3; // Secret ID = v: the key's second word (see locate)
    }
    return namesAnId(text, keyStart, keyEnd, Detector.start(span), Detector.end(span)) ? NO_MATCH
        : throughNewValue(text, span);
  }

  /** Whether the key's own convention makes the value {@code text[start, end)} an id, however it looks. */
  private boolean namesAnId(CharSequence text, int keyStart, int keyEnd, int start, int end) {
    if (kind != Kind.PASSWORD && (KeyNames.namesDigest(text, keyStart, keyEnd) || digestAnnotation(text, keyStart))
        && ValueShapes.digestValue(text, start, end)) {
      return true; // GitHub's hashed_token, token_hash=sha256:<hex>: a token's digest (a password's may be cracked)
    }
    // lengths and a first character before any other read: floods of short values stay cheap
    if (end - start >= 34 && KeyNames.lastWordIn(text, keyStart, keyEnd, SID_WORDS)
        && twilioSid(text, start, trimClosers(text, start, end))) {
      return true; // Twilio's credential_sid, session_sid: the stored credential's or session's id (CR + 32 hex)
    }
    if (end - start > 10 && text.charAt(start) == 'h'
        && collectionLink(text, keyStart, keyEnd, start, trimClosers(text, start, end))) {
      return true; // "links":{"access_tokens":"https://.../AccessTokens"}: where the collection is listed
    }
    switch (kind) {
      case TOKEN:
        // ClientToken, idempotency_token, x-request-token: an id that only dedupes a request
        return isUuid(text, start, end) && (KeyNames.namesIdToken(text, keyStart, keyEnd)
            || KeyNames.lastWordIn(text, keyStart, keyEnd, UNIQUE_ID_WORDS));
      case SESSION:
        // Check Point's session_uid:"<uuid>": a key ending in uid, uuid or guid names the session's id
        return isUuid(text, start, end) && KeyNames.lastWordIn(text, keyStart, keyEnd, UNIQUE_ID_WORDS)
            // ssl_session_id: the TLS handshake sends its session id (up to 32 bytes) in the clear
            || KeyNames.namesTlsSessionId(text, keyStart, keyEnd) && tlsSessionId(text, start, end);
      case NAMED_KEY:
        if (end - start == 24 && KeyNames.namesWebSocketKey(text, keyStart, keyEnd)
            && ValueShapes.digestValue(text, start, end)) {
          return true; // Sec-WebSocket-Key: the handshake's nonce, 16 bytes in base64
        }
        if (bareKey(text, keyStart, keyEnd) && !queryKey(text, keyStart, keyEnd)) {
          // key=<hex> is as often a cache entry's digest as a key: only a value with an upper-case letter, or
          // lower-case letters and digits alone with a letter beyond f, as no digest is printed and many vendors
          // issue keys; Azure's key1 and key2 are 32 lower-case hex digits (Cognitive Services) as often as base64
          return !numberedKey(keyStart, keyEnd) && (ValueShapes.charKinds(text, start, end) & ValueShapes.UPPER) == 0
                  && !(CharClass.LOWER_ALNUM.skip(text, start, end) == end && CharClass.HEX.skip(text, start, end) < end)
              || ValueShapes.labelledDigest(text, start, end); // actions/cache's key: Linux-node-<sha256>
        }
        // access_key=AKIA...: AWS, MinIO and Alibaba key ids have 20 to 32 characters, upper case or
        // shorter than 32 when mixed (LTAI...), while 32+ mixed-case characters are a vendor's secret
        // (SHODAN_ACCESS_KEY); an AMQP routing key is dotted words, and only PagerDuty's 32 hex digits are a secret
        return KeyNames.namesAccessKey(text, keyStart, keyEnd) && end - start < 40
            && !(end - start >= 32 && Validators.MIXED_CASE_AND_DIGIT.valid(text, start, end))
            || KeyNames.namesRoutingKey(text, keyStart, keyEnd)
                && !(end - start == 32 && CharClass.HEX.skip(text, start, end) == end);
      case SECRET:
        // secret_id: a Vault AppRole secret only as a random UUID; --secret-id prod/db names a stored one
        return KeyNames.lastWordIn(text, keyStart, keyEnd, ID_WORD) && !ValueShapes.isRandomUuid(text, start, end)
            // a pepper or a cookie that is a plain word (jalapeno, chocolate) is food; closing punctuation
            // after it ("jalapeno`", "chocolate:") does not make it a secret
            || KeyNames.endsWithPlainMeaningWord(text, keyStart, keyEnd)
                && !looksSecret(text, start, trimClosers(text, start, end), 16)
            // nginx.ingress.kubernetes.io/auth-secret: basic-auth: an annotation names a Secret object
            || annotationKey(text, keyStart) && objectName(text, start, trimClosers(text, start, end))
            // External Secrets' "ExternalSecret":"<namespace>/<name>": a kind's name keys the object reconciled
            || kindName(text, keyStart, keyEnd) && namespacedName(text, start, trimClosers(text, start, end))
            // Helm values: existingSecret: db-creds names the Kubernetes Secret that holds the password
            || ValueShapes.containsIgnoreCase(text, keyStart, keyEnd, "existingsecret")
                && objectName(text, start, trimClosers(text, start, end))
            // PKCE's code_verifier is generated; a word or a class there names a checker (NoopHostnameVerifier)
            || KeyNames.lastWordIn(text, keyStart, keyEnd, VERIFIER_WORDS)
                && !ValueShapes.looksGenerated(text, start, trimClosers(text, start, end))
            // fetch's credentials: include, WebAuthn's discoverable_credentials: preferred: a mode, not a credential
            || KeyNames.lastWordIn(text, keyStart, keyEnd, CREDENTIAL_WORDS)
                && (CREDENTIALS_MODES.contains(text, start, trimClosers(text, start, end))
                    // a presigned URL's X-Goog-Credential / X-Amz-Credential: the signer and the signature's scope
                    || ValueShapes.signingScope(text, start, trimClosers(text, start, end)));
      case API_KEY:
        // GitHub's "license":{"key":"apache-2.0"}: a license's SPDX id, not a license key
        if (end - start >= 5 && spdxId(text, start, trimClosers(text, start, end))
            && licenseNamed(text, keyStart, keyEnd)) {
          return true;
        }
        // GPG_KEY=<40 hex>: an OpenPGP key is named by its fingerprint or key id; the key itself is armoured
        return (KeyNames.namesOpenPgp(text, keyStart, keyEnd) || KeyNames.openPgpBefore(text, keyStart))
                && openPgpKeyId(text, start, end)
            // yum's gpgkey=https://.../RPM-GPG-KEY-x (or file:///etc/pki/...): where the public key is
            || (KeyNames.namesOpenPgp(text, keyStart, keyEnd)
                || KeyNames.equalsIgnoreCase(text, keyStart, keyEnd, "gpgkey")) && keyLocation(text, start, end)
            // MarkLogic's sessionKey=<digits>: a session numbered, as under a session key
            || KeyNames.namesSessionKey(text, keyStart, keyEnd) && ValueShapes.printedNumber(text, start, end);
      case PASSWORD:
        // mdp: a password in French, a display block in a kernel changelog (mdp4: flush ...): a secret's make-up only
        return KeyNames.endsWithMdp(text, keyStart, keyEnd)
            && !looksSecret(text, start, trimClosers(text, start, end), 16);
      default:
        return false;
    }
  }

  private static final KeyNames.Words ID_WORD = new KeyNames.Words("id");
  private static final KeyNames.Words SID_WORDS = new KeyNames.Words("sid", "sids");
  private static final KeyNames.Words CREDENTIAL_WORDS = new KeyNames.Words("credential", "credentials");
  /** The Fetch API's request credentials modes and WebAuthn's requirement levels. */
  private static final KeyNames.Words CREDENTIALS_MODES = new KeyNames.Words(
      "include", "omit", "same-origin", "required", "preferred", "discouraged");

  /**
   * Whether what surrounds the key {@code text[keyStart, keyEnd)}, its separator {@code sep} characters long at
   * {@code i}, says it names no secret: a file's name before an arrow, an Exim message id, a built file, a syslog
   * priority, a {@code /proc} signal mask, Maven coordinates, an ARN, a config provider's reference, a URL's host
   * name, a CEF header field, a PAM service, a conditional's branch, a DKIM result, a test's verdict. Each test
   * reads as its own method says. Kept out of {@link #locate}, whose bytecode must stay under the JIT's 8,000-byte
   * limit for huge methods ({@code EngineMethodSizeTest}).
   */
  private static boolean surroundingsNameNoSecret(CharSequence text, int keyStart, int keyEnd, int afterKey, int i,
      int sep) {
    int n = text.length();
    if (keyStart > 0 && text.charAt(keyStart - 1) == '/' && sep == 2 && text.charAt(i) == '-') {
      return true; // f:/etc/pam.d/common-password -> r:pam_pwhistory: a file's name before an arrow
    }
    if (eximMessageId(text, keyStart, keyEnd)) {
      return true; // Exim: 1j84Z4-00011u-PW => bob <bob@example.org>: a message id whose tail spells PW
    }
    if ((sep == 0 || sep >= 2 && text.charAt(i) == '!') && builtFile(text, keyStart, keyEnd)) {
      return true; // -MF high_pass_filter.o.pp   x.cpp, bad-woff-sig.html != ref.html: a file, not a key
    }
    if (sep == 1 && text.charAt(i) == ':' && syslogPriority(text, keyStart, keyEnd)) {
      return true; // syslog: auth.info: sshd[30993]: a facility and a severity, not a key
    }
    if (sep == 1 && text.charAt(i) == ':' && procSignalMask(text, keyStart, keyEnd)) {
      return true; // /proc/<pid>/status: SigPnd:\t0000000000000000, a set of signals in hex
    }
    if (sep == 1 && i == keyEnd && text.charAt(i) == ':' && mavenArtifact(text, keyStart, i + 1)) {
      return true; // Maven: snapshot org.example:auth:1.5.0-SNAPSHOT: an artifact's coordinates
    }
    if (keyStart > 0 && text.charAt(keyStart - 1) == ':' && ValueShapes.insideArn(text, keyStart - 1)) {
      return true; // arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf names a secret
    }
    if (sep == 1 && text.charAt(i) == ':' && providerReference(text, keyStart, i + 1)) {
      return true; // Kafka's config providers: ${secrets:aws/secret-key} names where the value is kept
    }
    if (keyStart >= 3 && text.charAt(keyStart - 1) == '/' && KeyNames.regionEquals(text, keyStart - 3, "://")
        && containsDot(text, keyStart, keyEnd)) {
      return true; // "http://passwords.example.com" "Mozilla/4.08": a URL's host name, then the next field
    }
    if (keyStart > 0 && text.charAt(keyStart - 1) == '|' && cefHeaderField(text, keyStart - 1)) {
      return true; // CEF:0|Thycotic Software|Secret Server|11.7|...: a product's name, not a key
    }
    if (keyStart > 0 && text.charAt(keyStart - 1) == '(' && pamModuleBefore(text, keyStart - 1)) {
      return true; // syslog: pam_unix(passwd:chauthtok): the PAM service passwd, not a key
    }
    if (keyStart >= 2 && text.charAt(keyStart - 1) == ' ' && text.charAt(keyStart - 2) == '?' && i > afterKey
        && i < n && text.charAt(i) == ':' && conditionalBranch(text, i + 1)) {
      return true; // code: a ? SECRET : UNDECIDED; a conditional's branches, not a key and its value
    }
    if (sep == 1 && keyStart > 0 && text.charAt(keyStart - 1) == '=' && text.charAt(i) == ':'
        && KeyNames.equalsIgnoreCase(text, keyStart, keyEnd, "pass") && lowerHostName(text, skipBlanks(text, i + 1))) {
      return true; // Authentication-Results: dkim-adsp=pass: host.example.org, a method's result and its host
    }
    if (sep == 1 && text.charAt(i) == ':' && goTestVerdict(text, keyStart, keyEnd, i + 1)) {
      return true; // go test -v: --- PASS: TestName (0.00s), a test's verdict and time
    }
    if (sep == 1 && text.charAt(i) == ':' && harnessVerdict(text, keyStart, keyEnd, i + 1)) {
      return true; // make check: PASS: t/t0001-init.sh, a test's verdict and name
    }
    return false;
  }

  /**
   * Where the key that was walked back to {@code keyStart} starts past the digits of an escape before it: a
   * percent escape's ({@code %26password%3D}, {@code user%5Bpassword%5D=}) or a unicode escape's (an escaped
   * {@code &} or quote before the key, as Gson writes it). Reads at most 5 characters. Kept out of {@link #locate}
   * for its bytecode size ({@link #surroundingsNameNoSecret}).
   */
  private static int afterEscapeDigits(CharSequence text, int keyStart, int anchorStart) {
    if (keyStart > 0 && text.charAt(keyStart - 1) == '%' && keyStart + 2 <= anchorStart
        && CharClass.HEX.contains(text.charAt(keyStart)) && CharClass.HEX.contains(text.charAt(keyStart + 1))) {
      return keyStart + 2;
    }
    if (keyStart > 0 && keyStart + 5 <= anchorStart && text.charAt(keyStart - 1) == '\\' && text.charAt(keyStart) == 'u'
        && CharClass.HEX.contains(text.charAt(keyStart + 1)) && CharClass.HEX.contains(text.charAt(keyStart + 2))
        && CharClass.HEX.contains(text.charAt(keyStart + 3)) && CharClass.HEX.contains(text.charAt(keyStart + 4))) {
      return keyStart + 5;
    }
    return keyStart;
  }

  /** Whether the word at {@code i} is {@code ID} or {@code Id}, alone: the second word of {@code Secret ID}. */
  private static boolean idWordAt(CharSequence text, int i) {
    int n = text.length();
    return i + 2 <= n && text.charAt(i) == 'I' && (text.charAt(i + 1) == 'D' || text.charAt(i + 1) == 'd')
        && (i + 2 == n || !KeyNames.isAlnum(text.charAt(i + 2)));
  }
  private static final KeyNames.Words VERIFIER_WORDS = new KeyNames.Words("verifier", "verifiers");

  /** AWS SSM's type of an encrypted parameter, whose {@code Value} is the secret whatever the parameter's name. */
  private static final String SECURE_STRING = "securestring";

  private static final KeyNames.Words UNIQUE_ID_WORDS = new KeyNames.Words("uid", "uuid", "guid");

  private long locate(CharSequence text, int anchorStart, int anchorEnd) {
    if (anchorEnd - anchorStart == SECURE_STRING.length() && KeyNames.regionEqualsIgnoreCase(text, anchorStart,
        SECURE_STRING) && !namedBySibling(text, anchorStart)) {
      return NO_MATCH; // SecureString names a secret only as an SSM parameter's type: {"Type": "SecureString", ...}
    }
    if (kind == Kind.NAMED_KEY && !afterWordOfSameKey(text, anchorStart) && !queryKey(text, anchorStart, anchorEnd)
        && !(bareKey(text, anchorStart, anchorEnd) && (separatorFollows(text, numberedKeyEnd(text, anchorEnd))
            || namedBySibling(text, anchorStart)))) {
      // "keys pending", "monkey", "keyring": cheap, before the walk below; a bare key named by a sibling field
      // ({"keyName": "key1", ..., "value": ...}) reads on
      return NO_MATCH;
    }
    int n = text.length();
    // 1. The key around the anchor, and what follows it: cheap checks first, most hits end here.
    // Counted from the anchor's start, so that the key word found (pass or password) does not matter.
    int keyEnd = keyEnd(text, anchorEnd, anchorStart + MAX_KEY_FROM_ANCHOR);
    if (keyEnd - anchorStart >= MAX_KEY_FROM_ANCHOR) {
      return NO_MATCH;
    }
    int i = skipKeyClosers(text, keyEnd);
    int afterKey = i;
    i = skipBlanks(text, i);
    int sep = separator(text, i);
    int secondWord = sep == 0 && i == keyEnd + 1 ? (idWordAt(text, i) ? 2 : keyContentAt(text, anchorStart, i)) : 0;
    if (secondWord > 0) {
      // Nomad's "Secret ID    = <token>": a key of two words, the second naming its id, read as secret_id is;
      // netsh wlan's "Key Content            : <key>", read as keyContent is
      int j = skipBlanks(text, i + secondWord);
      int idSep = separator(text, j);
      if (idSep > 0) {
        keyEnd = i + secondWord;
        afterKey = keyEnd;
        i = j;
        sep = idSep;
      }
    }
    if (sep == 0 && i == keyEnd + 1 && i < n && text.charAt(i) == '[') {
      // aws configure's "AWS Secret Access Key [None]: <v>", "[****************abcd]: <v>": a prompt
      // shows the current value in brackets, then echoes what is typed after the colon
      int close = promptDefaultEnd(text, i);
      int j = close < 0 ? -1 : skipBlanks(text, close);
      if (j >= 0 && j < n && text.charAt(j) == ':' && separator(text, j) == 1) {
        afterKey = keyEnd;
        i = j;
        sep = 1;
      }
    }
    int typed = typedDeclaration(text, i, sep);
    if (typed >= 0) {
      i = typed; // var apiToken string = "v", apiToken: String = "v": the value follows the = after the type
      sep = 1;
    }
    int keyStart = anchorStart;
    int keyLimit = Math.max(0, anchorStart - MAX_KEY);
    while (keyStart > keyLimit && CharClass.KEY.contains(text.charAt(keyStart - 1))) {
      keyStart--;
    }
    keyStart = uciSectionStart(text, keyStart, keyLimit);
    if (i < n && text.charAt(i) == ':' && afterKey <= keyEnd + 1) {
      if (SiblingEntries.phpDeclaringClass(text, keyStart, keyEnd)) {
        // print_r's [credentials:Credentials:private] =>, var_dump's ["ttl":"TokenStore":private]=>: a class
        return NO_MATCH;
      }
      int property = i == keyEnd ? SiblingEntries.printrPropertyEnd(text, keyStart, keyEnd) : -1;
      if (property > 0) { // print_r's [password:protected] => v: the visibility is part of the key
        afterKey = property;
        i = skipBlanks(text, property);
        sep = separator(text, i);
      }
    }
    keyStart = afterEscapeDigits(text, keyStart, anchorStart);
    if (sep == 0 && i == keyEnd + 1) {
      int data = regAddData(text, keyStart, i);
      if (data >= 0) {
        i = data; // reg add ... /v DefaultPassword /t REG_SZ /d <v>: the value's data follows /d
        sep = 2;
      }
    }
    // A boxed CLI table's row (aws --output table, exo, netlify env:list, doppler secrets): | SecretAccessKey | <v> |,
    // the key a whole cell and its value the next cell's first word; only a value with a secret's make-up counts.
    // psql's rows without a header or in its expanded display (key | v), a Markdown table without its outer bars,
    // a bar between tabs: the key starts its row, so the bar after it is a column's
    boolean bar = sep == 0 && i < n && isCellBar(text.charAt(i));
    boolean cell = bar && cellBarBefore(text, keyStart);
    if (bar && !cell && secretCellAfter(text, i)) { // the cheap test first: floods of bars and keys stop there
      int rowKeyStart = labelStart(text, keyStart);
      cell = cellBarBefore(text, rowKeyStart) || barAfterRowKey(text, rowKeyStart, i);
    }
    // a tab right after the key first: one read rules out nearly every hit
    int tabCell = sep == 0 && !cell && keyEnd < n && text.charAt(keyEnd) == '\t'
        && !shortWordInsideId(text, keyStart, keyEnd, anchorStart, anchorEnd)
        ? tabCellSeparator(text, keyStart, keyEnd, afterKey, i) : -1;
    if (tabCell >= 0 && kind != Kind.PASSWORD && kind != Kind.SECRET
        && ValueShapes.snakeName(text, tabCell + 1, cellWordEnd(text, tabCell + 1))) {
      tabCell = -1; // a TSV header's next column (Zeek's #fields ... server_signature<TAB>server_cert_sha1)
    }
    if (tabCell >= 0) {
      i = tabCell; // a TSV row (env dumps, config exports, aws ssm --output text): key<TAB>v, a cell's rules
      cell = true;
    }
    if (cell) {
      sep = 1;
    }
    long before = valueBeforeKey(text, keyStart, keyEnd);
    if (before != NOT_BEFORE) {
      return before;
    }
    if (sep == 0 && i + 1 < n && text.charAt(i) == ',' && text.charAt(i + 1) == ' '
        && keyStart >= LOADING_PROPERTY.length()
        && KeyNames.regionEquals(text, keyStart - LOADING_PROPERTY.length(), LOADING_PROPERTY)) {
      sep = 1; // Flink logs each key and its value with ", " between them; it masks only the keys it knows
    }
    if (surroundingsNameNoSecret(text, keyStart, keyEnd, afterKey, i, sep)) {
      return NO_MATCH; // a file, a message id, a test's verdict, a host name... (kept out of locate: see its note)
    }
    boolean flag = text.charAt(keyStart) == '-' && (keyStart == 0 || text.charAt(keyStart - 1) <= ' '
        || text.charAt(keyStart - 1) == '"' || text.charAt(keyStart - 1) == '\''
        || text.charAt(keyStart - 1) == '[' && i == keyEnd && i < n && text.charAt(i) == ',');
    if (flag && sep == 0 && KeyNames.regionEquals(text, keyStart, "--no-")) {
      return NO_MATCH; // curl --no-sessionid https://...: a negated option takes no value
    }
    if (flag && sep > 0 && (text.charAt(i) == '.' || text.charAt(i) == '-') && text.charAt(i + sep - 1) != '>') {
      sep = 0; // help text: --password ........ the password to use (a leader, then a description)
    }
    boolean xmlElement = keyStart > 0 && (text.charAt(keyStart - 1) == '<' || namespacePrefixBefore(text, keyStart));
    int valueAt;
    boolean slashPair = false; // a password key's "X / Y": see withSlashPair
    char terminator = 0;
    boolean loose = false;
    boolean xml = false;
    long sibling = NO_MATCH;
    boolean instruction = false;
    boolean hereString = false;
    if (sep == 1 && flag && text.charAt(i) == ':' && (KeyNames.regionEquals(text, i + 1, "file ")
        || KeyNames.regionEquals(text, i + 1, "env "))) {
      return NO_MATCH; // keytool -storepass:file pass.txt, -storepass:env VAR: where the password is, not it
    }
    int dumped = sep > 0 ? SiblingEntries.phpDumpString(text, keyStart, keyEnd) : -1;
    boolean prose = sep == 0 && !flag && proseBefore(text, keyStart) && proseAfter(text, afterKey, i)
        && !passwordCommandAt(text, keyStart, keyEnd, i);
    // protobuf's text format: key: "x-api-key" value: "v", the name's value field then a blank, not prose
    long blankParted = sep == 0 && i > afterKey && text.charAt(afterKey - 1) == '"' && namedBySibling(text, keyStart)
        ? siblingValue(text, afterKey) : NO_MATCH;
    prose &= blankParted == NO_MATCH;
    // INSERT INTO users (name, password) VALUES ('bob', 'v'): the literal in the key's column, not prose
    int sqlValue = sep == 0 && !flag ? SqlInsertValues.valueAt(text, keyStart, keyEnd) : -1;
    prose &= sqlValue < 0;
    int typedEnd = -1;
    // loguru's diagnose, better-exceptions: password)\n   │ └ 'v', the value printed below the key's column
    int diagnosed = sep == 0 && !flag && sqlValue < 0 ? DiagnosedLocals.valueAt(text, keyStart, keyEnd) : -1;
    prose &= diagnosed < 0;
    // log.info("token {}", chars): SLF4J prints a char[] one character at a time after the key word
    boolean charList = sep == 0 && !flag && i > afterKey && i < n && text.charAt(i) == '['
        && charArrayEnd(text, i) > 0;
    prose &= !charList;
    int labelled = sep == 0 && !flag ? SiblingEntries.cefLabelledValue(text, keyStart, keyEnd) : -1;
    // Fluentd, Fluent Bit, nginx: a setting's name at the start of its line, then one word that ends the line
    boolean valueKind = kind == Kind.PASSWORD || kind == Kind.SECRET || kind == Kind.TOKEN || kind == Kind.API_KEY;
    int directive = sep == 0 && !flag && valueKind && i > afterKey && i < n && atLineStart(text, keyStart)
        ? ProseValues.directiveWord(text, i, kind == Kind.TOKEN || kind == Kind.API_KEY) : -1;
    // Only keys that can be a variable's name (no separator) or the issecret property read more: floods stay cheap.
    int pipelineValue = sep == 0 || sep == 1 && kind == Kind.SECRET
        ? AzurePipelinesCommands.valueAt(text, keyStart, keyEnd) : AzurePipelinesCommands.NONE;
    if (pipelineValue == AzurePipelinesCommands.PROPERTY) {
      return NO_MATCH; // ##vso[task.setvariable variable=x;issecret=true]: a flag of the command
    } else if (pipelineValue >= 0) {
      valueAt = pipelineValue; // ##vso[task.setvariable variable=dbPassword]<v>: the value after the command
      terminator = ' ';
    } else if (blankParted != NO_MATCH) {
      valueAt = Detector.end(blankParted);
    } else if (sqlValue >= 0) {
      valueAt = sqlValue;
      typedEnd = SqlBindValues.typedValueEnd(text, sqlValue); // MyBatis: ==> Parameters: bob(String), v(String)
    } else if (diagnosed >= 0) {
      valueAt = diagnosed;
    } else if (charList) {
      valueAt = i;
    } else if (labelled >= 0) {
      valueAt = labelled; // CEF: cs1Label=password cs1=<v>, the label names the custom field that holds the value
      terminator = ' ';
    } else if (directive >= 0) {
      valueAt = directive; // password <v>, hec_token <v>: the setting's one word
      terminator = ' ';
    } else if (prose) {
      // A key word in prose: of the shapes below only a value in prose can follow it (most key words
      // in logs end here, so they skip the tests of every other shape). A shape added below that can
      // start at a letter, digit or ' - ' after the key, or after a word before it, must be excluded
      // in proseBefore or proseAfter.
      if (kind == Kind.PASSWORD || kind == Kind.SECRET) {
        int v = proseValue(text, i, keyStart, keyEnd, anchorStart);
        if (v == ProseValues.NONE) {
          return NO_MATCH;
        }
        valueAt = v < 0 ? ~v : v;
        terminator = v < 0 ? ' ' : 0;
      } else if ((kind == Kind.TOKEN || kind == Kind.API_KEY) && ((valueAt = proseWord(text, i, 16)) > 0
              // API key below:\n<v>, the value alone on its line
              || (valueAt = ProseValues.belowLine(text, i)) > 0 && proseWord(text, valueAt, 16) == valueAt
                  && ProseValues.endsLine(text, valueAt))
          && (!isUuid(text, valueAt, Math.min(n, valueAt + 36))
              || tableRow(text, keyStart, afterKey, i) && ValueShapes.isRandomUuid(text, valueAt, valueAt + 36))) {
        terminator = ' ';
      } else {
        return NO_MATCH;
      }
    } else if (dumped == SiblingEntries.NO_STRING) {
      return NO_MATCH; // var_dump: ["password":protected]=> alone on its line, or a value of no string type
    } else if (dumped >= 0) {
      valueAt = dumped; // var_dump: ["password":protected]=>\n  string(14) "value"
    } else if (sep == 0 && (valueAt = partBody(text, keyStart, afterKey)) > 0) {
      // multipart/form-data: Content-Disposition: form-data; name="password", a blank line, the value
    } else if (sep > 0) {
      valueAt = skipBlanks(text, i + sep);
      if (valueAt > i + 1 && sep == 1 && i == keyEnd && text.charAt(i) == '=' && inUrlQuery(text, keyStart)) {
        return NO_MATCH; // GET /x?aToken= HTTP/1.1: a query ends at the blank, the parameter was sent empty
      }
      if (valueAt > i + 1 && sep == 1 && i == keyEnd && text.charAt(i) == ':'
          && ValueEnds.goEmptyField(text, keyStart, valueAt)) {
        return NO_MATCH; // Go's %+v: {User:app Password: SSLMode:require}, the field is empty, the next one follows
      }
      if (valueAt > i + 1 && sep == 1 && i == keyEnd && text.charAt(i) == '=' && flag) {
        return NO_MATCH; // wget --password= <url>: a shell word ends at the blank, the option was given empty
      }
      char first = valueAt < n ? text.charAt(valueAt) : 0; // one read: floods of keys pass here
      if (isQuote(first) && sep == 1 && i == keyEnd && text.charAt(i) == ':' && keyStart > 0
          && text.charAt(keyStart - 1) == first && (valueAt + 1 == n || text.charAt(valueAt + 1) <= ' ')) {
        // expect "Password:" { send "v\r" }: the quote closes a prompt (a blank follows it, where a value's
        // opening quote, "msg":"apiKey: "v", is followed by the value); its answer is what is sent to it
        valueAt = ProseValues.promptAnswer(text, valueAt + 1);
        if (valueAt < 0) {
          return NO_MATCH;
        }
        first = text.charAt(valueAt);
      }
      int keyClosed = first == '*' || first == '_' ? InlineMarkup.afterKeyEmphasis(text, keyStart, valueAt)
          : first == '<' && closingInlineTag(text, valueAt) > 0 ? closingInlineTag(text, valueAt) : valueAt;
      if (keyClosed > valueAt && keyClosed < n && text.charAt(keyClosed) == ' ') {
        valueAt = skipBlanks(text, keyClosed); // **Password:** <v>, <b>Password:</b> <v>: the key's markup closes
        first = valueAt < n ? text.charAt(valueAt) : 0;
      }
      int marked = first == '*' || first == '_' || first == '`' || first == '<' || first == '&'
          ? InlineMarkup.valueInside(text, valueAt) : valueAt;
      if (marked > valueAt) {
        int markedEnd = InlineMarkup.valueEnd(text, valueAt, marked, n);
        if (ValueShapes.isPlaceholder(text, marked, markedEnd, false)
            || (first == '*' || first == '<') && InlineMarkup.lettersOnly(text, marked, markedEnd)) {
          // password: **redacted**, <strong>********</strong>: a mask, formatted; keyring.c: *style*, a word
          // stressed (read as a mask before, as was every value that opens with * or <)
          return NO_MATCH;
        }
        valueAt = marked; // chat, tickets, HTML mail: password: **<v>**, Kennwort:&nbsp;<v>, <strong><v></strong>
        first = text.charAt(valueAt);
      }
      // SQL sets a column with a blank or a quote before '=' (password = $1, "api_token" = $1); a shell's
      // PASSWORD=$1 and Perl's $password = $1 take an argument, not a bind value
      int bound = first == '$' && sep == 1 && text.charAt(i) == '=' && i > 0
          && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '"' || text.charAt(i - 1) == '`')
          && (keyStart == 0 || text.charAt(keyStart - 1) != '$') ? SqlBindValues.number(text, valueAt) : -1;
      if (bound > 0 && (bound = SqlBindValues.valueOf(text, valueAt + 1, bound, true)) >= 0) {
        valueAt = bound; // SET password = $1 WHERE id = $2 ["v", 42]: the value bound to the placeholder
      } else if (first == '[') {
        valueAt = SqlBindValues.afterJdbcType(text, valueAt); // Hibernate 5: ([password4_0_0_] : [VARCHAR]) - [v]
      }
      if (text.charAt(i) == '%') {
        valueAt = skipEncodedBlanks(text, valueAt); // %22password%22%3A%20%22v%22: JSON or GraphQL in a URL
      }
      if (sep == 1 && text.charAt(i) == '=' && SiblingEntries.namesValueAttribute(text, keyStart, keyEnd, valueAt)) {
        return NO_MATCH; // <add key="Smtp:Password" value="v"/>: the key attribute names the value attribute
      }
      if (valueAt + 1 < n && text.charAt(valueAt) == 'N' && text.charAt(valueAt + 1) == '\'') {
        valueAt++; // SQL Server: WITH PASSWORD = N'v', a Unicode string literal
      }
      if ((kind == Kind.PASSWORD || kind == Kind.SECRET) && !flag && !cell) {
        int second = afterUserSlash(text, valueAt); // creds: admin / <v>, as people type a pair: the password
        // under a key that names a password, X of "X / Y" may be the password itself: X is read as the value,
        // and the span goes on through Y (withSlashPair)
        slashPair = second != valueAt && kind == Kind.PASSWORD;
        valueAt = slashPair ? valueAt : second;
      }
      // blanks on both sides of = (a property dump's "password = v") are the usual ones, as after a colon
      boolean usualBlank = text.charAt(i + sep - 1) == ':' || i > 0 && text.charAt(i - 1) == ' ';
      if (valueAt > i + sep && !cell && namedPairAt(text, valueAt, usualBlank)) {
        return NO_MATCH; // secret= token: <nil>, password= user=bob: an empty value, then the next pair
      }
      valueAt = bytesLiteralQuote(text, valueAt); // Python's repr: {'password': b'value'}
      if (sep == 1 && text.charAt(i) == ':' && ProseValues.terraformProgress(text, valueAt)
          && containsDot(text, anchorEnd, keyEnd)) {
        return NO_MATCH; // aws_kms_key.main: Refreshing state... [id=...]: a resource address, not a key
      }
      int cty = sep == 1 && text.charAt(i) == ':' ? ProseValues.terraformCtyString(text, valueAt) : -1;
      if (cty >= 0) {
        valueAt = cty; // .password: planned value cty.StringVal("value"): the string, not the message
      }
    } else if (i < n && fieldSeparator(text, i) && namedBySibling(text, keyStart)
        && (sibling = siblingValue(text, i)) != NO_MATCH) {
      valueAt = Detector.end(sibling); // {"name":"DB_PASSWORD","value":"..."}, - name: X\n  value: ...
      terminator = text.charAt(i) == '[' ? ']' : 0; // [name: JSESSIONID][value: v][domain: ...]
    } else if (i < n && (sibling = precedingValue(text, keyStart)) != NO_MATCH) {
      valueAt = Detector.end(sibling); // {"value":"...","name":"DB_PASSWORD"}: the value field first
    } else if (keyEnd < n && text.charAt(keyEnd) == '<'
        && (valueAt = SiblingEntries.elementValue(text, keyStart, keyEnd)) >= 0) {
      xml = true; // Hadoop's <name>fs.s3a.secret.key</name><value>value</value>, web.xml, property lists
    } else if (i < n && text.charAt(i) == '{' && afterKey > keyEnd
        && (valueAt = SiblingEntries.variableDefault(text, keyStart, i)) >= 0) {
      // Terraform: variable "db_password" { default = "value" }, the value an argument of the block
    } else if (xmlElement && (valueAt = startTagEnd(text, keyEnd)) > 0) {
      xml = true; // <password>value</password>, <password encrypted="false">value</password>
      int nested = nestedValueElement(text, valueAt);
      valueAt = nested > 0 ? nested : valueAt; // unattend.xml: <Password><Value>value</Value><PlainText>...
    } else if (i < n && text.charAt(i) == '>' && afterKey == keyEnd + 1 && keyStart >= 6
        && isQuote(text.charAt(keyStart - 1)) && (KeyNames.regionEqualsIgnoreCase(text, keyStart - 5, "key=")
            && text.charAt(keyStart - 6) <= ' ' || keyStart >= 11 && KeyNames.regionEquals(text, keyStart - 11, "<Set name=")
            || keyStart >= 14 && KeyNames.regionEquals(text, keyStart - 14, "<string name="))) {
      valueAt = i + 1; // Java properties XML: <entry key="db.password">value</entry>; Jetty: <Set name="Password">
      xml = true; // Android's SharedPreferences XML: <string name="refresh_token">value</string>
    } else if (i < n && text.charAt(i) == '>' && afterKey == keyEnd + 1 && keyStart >= 6
        && isQuote(text.charAt(keyStart - 1)) && KeyNames.regionEqualsIgnoreCase(text, keyStart - 6, "name=")
        && (valueAt = nestedValueElement(text, i + 1)) > 0) {
      xml = true; // Spring: <property name="password">\n  <value>v</value>, the value in a nested element
    } else if (i < n && KeyNames.regionEqualsIgnoreCase(text, i, "value=") && afterKey > keyEnd) {
      valueAt = i + 6; // <add key="DbPassword" value="..."/>
    } else if (i < n && KeyNames.regionEqualsIgnoreCase(text, i, "content=") && afterKey > keyEnd && keyStart >= 6
        && KeyNames.regionEqualsIgnoreCase(text, keyStart - 6, "name=") && isQuote(text.charAt(keyStart - 1))) {
      valueAt = i + 8; // <meta name="csrf-token" content="...">: a meta tag named for a secret holds it
    } else if (i < n && text.charAt(i) == ',' && afterKey == keyEnd && keyStart > 0 && text.charAt(keyStart - 1) == '{'
        && (valueAt = erlangTupleString(text, i + 1)) > 0) {
      // Erlang terms: {password, "v"}, RabbitMQ's {default_pass, <<"v">>}: a pair whose value is a string
    } else if (i + 1 < n && text.charAt(i) == ',' && afterKey == keyEnd && keyStart > 0
        && text.charAt(keyStart - 1) == '(' && containsDot(text, keyStart, keyEnd) && text.charAt(i + 1) > ' '
        && !isQuote(text.charAt(i + 1))) {
      valueAt = i + 1; // Spark prints its properties as Scala tuples: (spark.hadoop.fs.s3a.secret.key,v)
    } else if (i + 2 < n && text.charAt(i) == ',' && text.charAt(i + 1) == ' ' && afterKey == keyEnd && !flag
        && keyStart > 0 && text.charAt(keyStart - 1) == '[' && ListValues.pairValueCloses(text, i + 2)) {
      // .NET prints a KeyValuePair<string, string> as [Key, Value] (headers joined: [X-Api-Key, v], [Accept, ...]);
      // the value must look generated, as [password, username], a list of two names, holds none
      valueAt = i + 2;
      terminator = ']';
      loose = true;
    } else if (i < n && text.charAt(i) == ',' && afterKey > keyEnd) {
      valueAt = skipBlanks(text, i + 1); // ('sonar.login', 'value'), ["API_KEY", "value"]
      if (flag && valueAt < n && (text.charAt(valueAt) == '\n' || text.charAt(valueAt) == '\r')) {
        // docker inspect, kubectl get pod -o json: "Args": [\n  "--db-password",\n  "value",
        valueAt = skipBlanks(text, valueAt + (text.charAt(valueAt) == '\r' && valueAt + 1 < n
            && text.charAt(valueAt + 1) == '\n' ? 2 : 1));
      }
      valueAt = bytesLiteralQuote(text, valueAt); // httpcore's headers: [(b'x-api-key', b'value')]
      if (KeyNames.regionEquals(text, valueAt, "<<\"")) {
        valueAt += 2; // an Erlang pair of binaries: {<<"secret">>,<<"value">>}
      }
      if (valueAt >= n || !isQuote(text.charAt(valueAt)) || !wholeStringItem(text, keyStart)) {
        return NO_MATCH;
      }
      // define('DB_PASSWORD', 'v') assigns a password, any password, as $db_password = 'v' does; other
      // constants' values must look generated (WordPress's AUTH_KEY ships as 'put your unique phrase here')
      loose = kind != Kind.PASSWORD || !phpConstant(text, keyStart);
    } else if (i > afterKey && i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r'
        && instructionBefore(text, keyStart)) {
      valueAt = i; // Dockerfile ENV KEY value (the legacy form), csh setenv KEY value: the rest of the line
      instruction = true;
    } else if (flag && i < n && (text.charAt(i) == '\n' || text.charAt(i) == '\r')
        && (valueAt = nextListItem(text, keyStart, i)) > 0) {
      terminator = ' '; // YAML argument lists (compose command:, Kubernetes args:): - --db-password\n  - value
    } else if (flag && i == keyEnd && (valueAt = nextPrintedListItem(text, keyStart, i)) > 0) {
      terminator = ','; // Java's printed argument list (ProcessBuilder.command()): [mysql, --password, value]
    } else if (flag && i > afterKey && i < n && text.charAt(i) != '-') {
      if (promptingFlag(text, keyStart, keyEnd)) {
        return NO_MATCH; // wget --ask-password <url>, ansible-playbook --ask-pass site.yml: it prompts instead
      }
      valueAt = i;
      terminator = ' ';
      if (KeyNames.regionEquals(text, i, "<<<")) {
        valueAt = skipBlanks(text, i + 3); // --password <<< 'v', --password-stdin <<< 'v': a here-string
        hereString = true;
      } else if (KeyNames.regionEquals(text, i, "stdin")
          && (i + 5 == n || !CharClass.KEY.contains(text.charAt(i + 5)))) {
        return NO_MATCH; // openssl -pass stdin: where the password is read from
      }
    } else if (i < n && text.charAt(i) == '(' && kind == Kind.SECRET && keyEnd - keyStart >= 12
        && KeyNames.regionEqualsIgnoreCase(text, keyEnd - 12, "pscredential")) {
      // PowerShell: New-Object PSCredential('user', (ConvertTo-SecureString 'v' -AsPlainText -Force))
      return psCredentialPassword(text, i);
    } else if (i == keyEnd && i + 1 < n && text.charAt(i) == '(' && isQuote(text.charAt(i + 1)) && kind != null
        && (kind == Kind.PASSWORD || kind == Kind.SECRET || kind == Kind.API_KEY
            // a method's only literal; not OAuth('<key>', '<secret>', ...) (a type) nor GITHUB_PAT("<regex>")
            || kind == Kind.TOKEN && methodName(text, keyStart, keyEnd) && soleArgument(text, i + 1))
        && !KeyNames.hasAccessorWord(text, keyStart, keyEnd) && !methodOfNamedObject(text, keyStart, keyEnd, anchorStart)
        && !KeyNames.regionEqualsIgnoreCase(text, keyStart - 4, "new ")) {
      // secret("value"), setPassword("value"), .password("value"), setAccessToken("value") (a token's
      // value must still look random): a literal given to the key; not
      // getSecret("name") (an accessor) nor new NetworkCredential("user", ...) (a type)
      valueAt = userThenPassword(text, keyStart, keyEnd, i + 1);
      if (valueAt < 0) {
        return NO_MATCH; // DirectCredentials("realm", "host", "user", ****): no literal password
      }
    } else if (i > afterKey && i < n && kind == Kind.PASSWORD && text.charAt(i) == '-' && keyEnd - keyStart >= 8
        && KeyNames.regionEqualsIgnoreCase(text, keyEnd - 8, "htpasswd")
        && (valueAt = htpasswdPassword(text, i)) > 0) {
      terminator = ' '; // htpasswd -b file user <password>, htpasswd -nb user <password>
    } else if (i > afterKey && i < n && kind == Kind.PASSWORD && keyEnd - keyStart == 14
        && KeyNames.equalsIgnoreCase(text, keyStart, keyEnd, "wpa_passphrase") && (valueAt = wpaPassphrase(text, i)) > 0) {
      terminator = ' '; // wpa_passphrase <ssid> <passphrase>
    } else if (i > afterKey && i < n && (kind == Kind.PASSWORD || kind == Kind.SECRET)) {
      // \" : the message is inside a JSON string (not wpa_passphrase \"ssid\", a command's argument)
      if (isQuote(text.charAt(i)) || escapedQuoteAt(text, i) && !passwordCommandAt(text, keyStart, keyEnd, i)) {
        if (kind == Kind.SECRET && namesSecretObject(text, keyStart, keyEnd, i) || blockLabel(text, i)) {
          return NO_MATCH;
        }
        if (KeyNames.equalsIgnoreCase(text, keyStart, keyEnd, "pass")
            && !(text.charAt(keyStart) == 'p' && atLineStart(text, keyStart))
            && (keyStart < 2 || !isQuote(text.charAt(keyStart - 2))) && proseWord(text, i + 1, 8) < 0) {
          // not after a quoted argument (user "bob" pass "v"), nor before a word with a secret's make-up
          return NO_MATCH; // the verb: to pass "--quiet" down, or pass 'ignore'; a DSL's pass "v" starts its line
        }
        if (isQuote(text.charAt(keyEnd)) && keyStart > 0 && text.charAt(keyStart - 1) > ' '
            && !isQuote(text.charAt(keyStart - 1))) {
          // "https://shop.example/p/Secret" "Mozilla/5.0": the key word is glued to the end of a longer
          // quoted field (a URL's last segment), so the next field is not its value; "db password" "v" is
          return NO_MATCH;
        }
        valueAt = i; // Gradle and friends: password "value"
      } else {
        int v = proseValue(text, i, keyStart, keyEnd, anchorStart);
        if (v == ProseValues.NONE) {
          return NO_MATCH;
        }
        valueAt = v < 0 ? ~v : v;
        terminator = v < 0 ? ' ' : 0;
      }
    } else if (kind == Kind.TOKEN && i > afterKey && i < n && text.charAt(i) == '"' && redisAuth(text, keyStart, keyEnd)) {
      valueAt = redisAuthPassword(text, i); // Redis MONITOR: "AUTH" "<password>", "AUTH" "<user>" "<password>"
    } else if (i > afterKey && i < n && (kind == Kind.TOKEN || kind == Kind.API_KEY) && !flag
        && (valueAt = proseWord(text, i, 16)) > 0
        && (!isUuid(text, valueAt, Math.min(n, valueAt + 36)) // Revoked token <uuid> for bob: an id in prose
            || tableRow(text, keyStart, afterKey, i) && ValueShapes.isRandomUuid(text, valueAt, valueAt + 36))) {
      terminator = ' '; // prose: retrying with token 8f3a2c1d9e7b6a5f...
    } else if (i > afterKey && (kind == Kind.TOKEN || kind == Kind.API_KEY) && !flag && escapedQuoteAt(text, i)) {
      valueAt = i; // a rendered message in a JSON string (Serilog's @m): with token \"v\"; the value's shape decides
    } else if (i > afterKey && i < n && (kind == Kind.TOKEN || kind == Kind.API_KEY) && !flag && isQuote(text.charAt(i))
        && quotedWord(text, i) && !(isQuote(text.charAt(keyEnd)) && keyStart > 0 && text.charAt(keyStart - 1) > ' '
            && !isQuote(text.charAt(keyStart - 1)))) {
      // Redshift: UNLOAD ... SECRET_ACCESS_KEY '<v>', a key word then a literal (its shape decides), though not
      // after a longer quoted field the key word ends ("https://example.com/docs/api-key" "Mozilla/5.0")
      valueAt = i;
    } else {
      return reversedComparison(text, keyStart);
    }
    if (valueAt >= n || (valueAt = afterToolMask(text, afterPuppetVerb(text, valueAt))) < 0) {
      return NO_MATCH;
    }
    if (flag && flagProse(text, valueAt, keyStart, keyEnd, terminator == ' ')) {
      return NO_MATCH; // --password=PASSWORD (a help text's metavar), gpg: Support --passphrase with --quick-gen-key
    }
    // 2. Masks and rule ids are not keys: [REDACTED:password-assignment] stays as it is.
    if (keyStart >= 9 && KeyNames.regionEqualsIgnoreCase(text, keyStart - 9, "redacted:")) {
      return NO_MATCH;
    }
    // 3. Classify the key; a separate word before it may qualify a bare "key" ("API key: ...").
    int prevEnd = keyStart;
    int prevStart = keyStart;
    if (keyStart >= 2 && text.charAt(keyStart - 1) == ' ' && KeyNames.isAlnum(text.charAt(keyStart - 2))) {
      prevEnd = keyStart - 1;
      prevStart = prevEnd;
      int limit = Math.max(0, prevEnd - 24);
      while (prevStart > limit && KeyNames.isAlnum(text.charAt(prevStart - 1))) {
        prevStart--;
      }
    } else if ((prevEnd = parentKeyEnd(text, keyStart)) > 0) {
      // {"Jwt": {"Key": "<v>"}}: the object's own key qualifies the first key in it (.NET's Jwt:Key)
      prevStart = prevEnd;
      int limit = Math.max(0, prevEnd - 24);
      while (prevStart > limit && KeyNames.isAlnum(text.charAt(prevStart - 1))) {
        prevStart--;
      }
    } else {
      prevEnd = keyStart;
    }
    // lengths first: most keys are decided without another read, so floods stay cheap
    if (prevEnd - prevStart == 6 && prevStart >= 7 && KeyNames.equalsIgnoreCase(text, keyStart, keyEnd, "key")
        && KeyNames.equalsIgnoreCase(text, prevStart, prevEnd, "access") && text.charAt(prevStart - 1) == ' '
        && KeyNames.regionEqualsIgnoreCase(text, prevStart - 7, "secret")
        && (prevStart == 7 || !KeyNames.isAlnum(text.charAt(prevStart - 8)))) {
      // "Secret access key: v" (a label, prose): the secret qualifies the key, as in
      // AWS_SECRET_ACCESS_KEY; "access key" alone names the key id
      prevEnd = prevStart - 1;
      prevStart = prevEnd - 6;
    }
    Kind named = kind == null ? null : KeyNames.classify(text, keyStart, keyEnd, prevStart, prevEnd);
    if (kind != null && named != kind
        && !(hereString && keyEnd - keyStart > 6 && KeyNames.regionEqualsIgnoreCase(text, keyEnd - 6, "-stdin")
            && KeyNames.classify(text, keyStart, keyEnd - 6, prevStart, prevEnd) == kind) // --password-stdin <<< v
        && !(kind == Kind.NAMED_KEY && (queryKey(text, keyStart, keyEnd) || KeyNames.namesAccessKey(text, keyStart, keyEnd)
            || KeyNames.namesRoutingKey(text, keyStart, keyEnd)
            // key=<v> that no word qualifies; not "cache key=<v>" nor {"cache": {"key": <v>}}
            || named == null && bareKey(text, keyStart, keyEnd) && !KeyNames.namesLookup(text, prevStart, prevEnd)))) {
      return NO_MATCH;
    }
    if (lastWords != null && !KeyNames.lastWordIn(text, keyStart, keyEnd, lastWords)) {
      return NO_MATCH;
    }
    if (lastWords != null && anchorStart > keyStart && KeyNames.isAlnum(text.charAt(anchorStart - 1))
        && abbreviation(text, anchorStart, anchorEnd)) {
      return NO_MATCH; // sasl_username, ssl_user: sl_user (SoftLayer) glued to the end of another word
    }
    if (text.charAt(valueAt - 1) == ':' && KeyNames.isDigit(text.charAt(valueAt))
        && sourceFile(text, keyStart, keyEnd)) {
      return NO_MATCH; // auth.go:200:SignInPost(), token.py:41: a source file and a line number
    }
    if (kind == Kind.PASSWORD && KeyNames.equalsIgnoreCase(text, keyStart, keyEnd, "pwd")
        && (text.charAt(valueAt) == '/' || text.charAt(valueAt) == '~')) {
      return NO_MATCH; // PWD=/home/app is the working directory
    }
    if (sibling != NO_MATCH) {
      // A value field that starts its line is YAML, where an unquoted value owns the rest of the line.
      return value(text, valueAt, terminator, (char) 0, false, atLineStart(text, Detector.start(sibling)), false,
          false);
    }
    if (xml) {
      // The same key and value checks as every other shape: <relativePath>../pom.xml</relativePath>
      // names no secret.
      long span = xmlValue(text, valueAt);
      if (span != NO_MATCH && keyStart >= 14 && KeyNames.regionEquals(text, keyStart - 14, "<string name=")
          && uiLabel(text, Detector.start(span), Detector.end(span))) {
        return NO_MATCH; // strings.xml, named as SharedPreferences are: <string name="password">Password</string>
      }
      return span == NO_MATCH || acceptable(text, Detector.start(span), Detector.end(span)) ? span : NO_MATCH;
    }
    if (sep == 1 && text.charAt(i) == ':' && afterKey == keyEnd && !flag) {
      long yaml = yamlNextLines(text, keyStart, valueAt);
      // Your new password:\n<v>: a value alone on the next line (or the one after a blank), which YAML would
      // read as no value or as a plain scalar
      int below = (yaml == NO_MATCH || yaml == NOT_YAML) && (kind == Kind.PASSWORD || kind == Kind.SECRET)
          ? ProseValues.valueBelow(text, valueAt) : -1;
      if (below >= 0) {
        valueAt = below;
        terminator = ' ';
      } else if (yaml != NOT_YAML) {
        return yaml; // client_secret: >-\n  value, api_keys:\n  - value
      }
    }
    if (sep == 1 && text.charAt(i) == ':' && KeyNames.regionEquals(text, valueAt, REJECTED_VALUE)) {
      return rejectedValue(text, valueAt + REJECTED_VALUE.length());
    }
    // 4. The value. A key opened by a quote that the separator did not close is a string literal
    //    being concatenated: "password=" + pwd.
    char openQuote = keyStart > 0 ? text.charAt(keyStart - 1) : 0;
    boolean keyInString = (openQuote == '"' || openQuote == '\'') && afterKey == keyEnd;
    if (sep == 1 && text.charAt(i) == ':' && valueAt == i + 1 && !isQuote(openQuote) && closesPrompt(text, valueAt)) {
      return NO_MATCH; // sudo -p "[sudo via ansible, key=...] password:" -u root: the quote closes a prompt
    }
    if (sep == 1 && text.charAt(i) == ':' && valueAt > i + 1 && !flag
        && ProseValues.sentence(text, valueAt, KeyNames.namesCode(text, keyStart, keyEnd),
            ProseValues.repeatsKeyWord(text, valueAt, keyStart, keyEnd))) {
      // A changelog's or a log's sentence about a name, not a value: "credential: refuse to operate when
      // ...", "src/passwd.c: Report failure ...", "checkPassword: comparing hashes"
      return NO_MATCH;
    }
    // 5. A strong key alone at the start of its line (YAML, .properties, INI, .env) owns the rest of the
    //    line: aws_secret_access_key: value with spaces. Another key=value on the line ends it.
    boolean lineValue = sep > 0 && afterKey == keyEnd && !flag
        && (sep == 1 ? text.charAt(i) != '!' : text.charAt(i) == ':' && text.charAt(i + 1) == '=')
        && (kind == Kind.PASSWORD || kind == Kind.SECRET || kind == Kind.API_KEY)
        && (atLineStart(text, keyStart) || afterLevelTag(text, keyStart))
        || instruction;
    boolean glued = sep == 1 && text.charAt(i) == '=' && valueAt == i + 1;
    boolean urlEncoded = (sep == 3 || sep == 5) && text.charAt(i) == '%';
    if (sep == 1 && text.charAt(i) == '=' && memberGetsVariable(text, keyStart, valueAt)) {
      return NO_MATCH; // this.password = password;
    }
    if (glued && argumentNamedAfterItself(text, keyStart, keyEnd, valueAt)) {
      return NO_MATCH; // psycopg2.connect(host=h, password=password): a variable passed by name
    }
    if (lineValue && !instruction && glued && ValueEnds.endsAtBlankAfterAll(text, keyStart, keyEnd, valueAt)) {
      // PGPASSWORD=<v> psql -h db; password=<v> for bob: the first word alone, when it is a value that
      // ends at the blank; else the line as before (v<CO)tRQ0DTdCm>+ for bob is no value word by itself)
      long word = value(text, valueAt, terminator, keyInString ? openQuote : 0, loose, false, flag, urlEncoded,
          keyStart, keyEnd);
      if (word != NO_MATCH && Detector.end(word) < text.length() && text.charAt(Detector.end(word)) == ' ') {
        return withSlashPair(text, slashPair, word);
      }
    }
    if (typedEnd > valueAt) {
      // a value MyBatis binds runs to its class's name, blanks and all
      return accepts(text, valueAt, typedEnd, flag, false, loose) ? Detector.pack(valueAt, typedEnd) : NO_MATCH;
    }
    if (cell && terminator == 0) {
      terminator = text.charAt(i); // the next bar ends the cell's value: |token|token|... reads each cell once
    }
    if (sep >= 2 && text.charAt(i + 1) == '=' && (text.charAt(i) == '=' || text.charAt(i) == '!')
        && comparedName(text, valueAt)) {
      return NO_MATCH; // if token == tokenize.COMMENT:, password != data['confirm']: code compares two names
    }
    long found = value(text, valueAt, terminator, keyInString ? openQuote : 0, loose, lineValue, flag, urlEncoded,
        keyStart, keyEnd);
    found = withSlashPair(text, slashPair, found);
    if (kind == Kind.NAMED_KEY && found != NO_MATCH) {
      found = withMoreServerKeys(text, found);
    }
    if (cell && found != NO_MATCH) {
      found = Detector.pack(Detector.start(found), cellWordEnd(text, Detector.end(found)));
    }
    boolean plainCell = cell && found != NO_MATCH && (!secretCell(text, Detector.start(found), Detector.end(found))
        // FreeSWITCH: /^(AES_CM_256_HMAC_SHA1_80|AES_CM_128_NULL_AUTH)$/, names joined by bars, no table
        || kind != Kind.PASSWORD && kind != Kind.SECRET && i == keyEnd && valueAt == i + 1
            && ValueShapes.constantName(text, keyStart, keyEnd) && ValueShapes.constantName(text, valueAt,
                CONSTANT_CHARS.skip(text, valueAt, Detector.end(found))));
    return plainCell ? NO_MATCH : found;
  }

  /** {@link #valueBeforeKey}: no phrase that puts the value before its key is there. */
  private static final long NOT_BEFORE = -2;

  /**
   * The value that a message prints before the key naming it: Kafka's {@code Invalid value <v> for configuration
   * k}, Micronaut's {@code Resolved value [<v>] for property: k}, MySQL's {@code Duplicate entry '<v>' for key
   * 'k'}, PostgreSQL's {@code Key (k)=(<v>)}, a {@code NumberFormatException}'s {@code For input string: "<v>"}
   * after {@code for property 'k'}; {@link #NOT_BEFORE} when no such phrase is there, {@link #NO_MATCH} when one
   * is and holds no value. Kept out of {@link #locate}, which must stay under HotSpot's huge-method limit
   * ({@code EngineMethodSizeTest}).
   */
  private long valueBeforeKey(CharSequence text, int keyStart, int keyEnd) {
    int n = text.length();
    if (keyStart >= FOR_CONFIGURATION.length() && text.charAt(keyStart - 1) == ' ' // the phrase's last character
        && KeyNames.regionEquals(text, keyStart - FOR_CONFIGURATION.length(), FOR_CONFIGURATION)
        && keyOfKind(text, keyStart, keyEnd)) {
      // Kafka: "Invalid value <v> for configuration ssl.truststore.password: <why>", the value before the key
      long quoted = configExceptionValue(text, keyStart - FOR_CONFIGURATION.length());
      if (quoted != NO_MATCH) {
        return quoted;
      }
    }
    if (keyStart >= FOR_PROPERTY.length() && text.charAt(keyStart - 1) == ' ' // the phrase's last character
        && KeyNames.regionEquals(text, keyStart - FOR_PROPERTY.length(), FOR_PROPERTY)
        && keyOfKind(text, keyStart, keyEnd)) {
      // Micronaut: "Resolved value [<v>] for property: datasources.default.password", the value before the key
      long quoted = quotedBefore(text, keyStart - FOR_PROPERTY.length(), RESOLVED_VALUE);
      if (quoted != NO_MATCH) {
        return quoted;
      }
    }
    int index = keyStart;
    boolean quotedIndex = keyEnd < text.length() && text.charAt(keyEnd) == '\'';
    while (quotedIndex && index > 0 && index > keyStart - MAX_KEY
        && text.charAt(index - 1) != '\'' && text.charAt(index - 1) > ' ') {
      index--; // MySQL 8 qualifies a quoted index with its table: 'api_keys.token_UNIQUE'
    }
    if (quotedIndex && index >= FOR_KEY.length() && KeyNames.regionEquals(text, index - FOR_KEY.length(), FOR_KEY)
        && keyOfKind(text, keyStart, keyEnd)) {
      // MySQL: "Duplicate entry '<v>' for key 'api_keys.token_UNIQUE'", an index on a secret's column
      long quoted = quotedBefore(text, index - FOR_KEY.length(), DUPLICATE_ENTRY);
      if (quoted != NO_MATCH) {
        return quoted;
      }
    }
    if (keyStart >= KEY_COLUMN.length() && text.charAt(keyStart - 1) == '('
        && KeyNames.regionEquals(text, keyStart - KEY_COLUMN.length(), KEY_COLUMN)
        && KeyNames.regionEquals(text, keyEnd, ")=(") && keyOfKind(text, keyStart, keyEnd)) {
      // PostgreSQL: "Detail: Key (token)=(<v>) already exists.", one column's value in parentheses
      return keyColumnValue(text, keyEnd + 3);
    }
    char afterKeyChar = keyEnd + 1 < n ? text.charAt(keyEnd) : 0;
    if (afterKeyChar == '\'' || afterKeyChar == ':' && text.charAt(keyEnd + 1) == ' ') {
      // for property 'dbPassword'; nested exception is java.lang.NumberFormatException: For input string: "<v>"
      // (Spring 5), Bad otp secret: java.lang.NumberFormatException: ...: a parse that failed on the key's value
      long input = inputStringValue(text, keyEnd);
      if (input != NO_MATCH && keyOfKind(text, keyStart, keyEnd)) {
        return input;
      }
    }
    return NOT_BEFORE;
  }

  /**
   * The value after a password or secret key word that no separator follows, from {@code i}, the
   * first character after the blanks: for a password, the prose of {@link ProseValues#passwordInProse}
   * or a {@code .netrc} entry's token; else, for both, a word with a secret's make-up
   * ({@link ProseValues#proseWord}: {@code login failed with password Hunter2024!}).
   *
   * @return the start of a value that ends at its closing quote; the complement ({@code ~start}) of
   *     one that ends at the next blank; or {@link ProseValues#NONE}
   */
  private int proseValue(CharSequence text, int i, int keyStart, int keyEnd, int anchorStart) {
    int stored = deviceStoredValue(text, i);
    if (stored >= 0) {
      return ~stored; // username admin password 7 <v>, set passwd ENC <v>: a device's marker, then the value
    }
    if (kind == Kind.PASSWORD) {
      // prose: the password is 'value'; Generated password for user admin: G3JxacV9H6-S0rC
      int value = ProseValues.passwordInProse(text, i, keyStart, keyEnd);
      if (value != ProseValues.NONE) {
        return value;
      }
      if (afterNetrcLogin(text, anchorStart)) {
        return ~i; // .netrc: machine host login user password value
      }
    }
    int word = proseWord(text, i, 8); // prose: login failed with password Hunter2024!
    if (word == i && keyEnd - keyStart == 4 && KeyNames.equalsIgnoreCase(text, keyStart, keyEnd, "pass")
        && KeyNames.isLower(text.charAt(keyStart + 1)) && ValueShapes.codeWord(text, word)) {
      // the verb before code: Pass HTTP_FLAG_IGNORE_IPv4, pass FcChar8* pointers (not POP3's and FTP's PASS <v>)
      return ProseValues.NONE;
    }
    return word > 0 ? ~word : ProseValues.NONE;
  }

  /**
   * Whether a password key is a command's name whose arguments {@link #locate} reads in a shape of
   * their own: {@code wpa_passphrase <ssid> <v>} (a key of 14 characters), or any key before a dash,
   * as {@code htpasswd -b file user <v>}.
   */
  private boolean passwordCommandAt(CharSequence text, int keyStart, int keyEnd, int i) {
    return kind == Kind.PASSWORD && (keyEnd - keyStart == 14 || text.charAt(i) == '-');
  }

  /**
   * The value Spring's {@code FieldError} prints after a field's name, logged with every failed
   * validation ({@code MethodArgumentNotValidException}, {@code BindException}):
   * {@code Field error in object 'form' on field 'password': rejected value [v]; codes [...]}. The value
   * starts at {@code start} and ends at the first {@code ]} followed by {@code ;}, a blank or the end of
   * the text, on its line: a {@code ]} inside it followed by anything else belongs to it. Reads at most
   * {@value #MAX_REJECTED} characters, so that a flood of the phrase stays cheap (a form field's value is short).
   */
  private long rejectedValue(CharSequence text, int start) {
    int n = text.length();
    int limit = Math.min(n, start + MAX_REJECTED);
    int end = -1;
    for (int j = start; j < limit && text.charAt(j) != '\n' && text.charAt(j) != '\r'; j++) {
      if (text.charAt(j) == ']' && (j + 1 == n || text.charAt(j + 1) == ';' || text.charAt(j + 1) == ' ')) {
        end = j;
        break;
      }
    }
    return end > start && accepts(text, start, end, false, true, false) ? Detector.pack(start, end) : NO_MATCH;
  }

  /**
   * The text {@code NumberFormatException} quotes ({@code For input string: "v"}, the quotes maybe escaped, as in a
   * JSON log) when its exception's message follows the key ending at {@code keyEnd} at once: after the key's closing
   * quote and Spring 5's {@code ; nested exception is }, or after {@code : } (a colon at {@code keyEnd} is one the
   * caller saw a blank follow). Reads at most
   * {@value #MAX_REJECTED} characters of class name and of value, so that a flood of keys stays cheap.
   */
  private long inputStringValue(CharSequence text, int keyEnd) {
    int n = text.length();
    int j = keyEnd;
    if (text.charAt(j) == ':') {
      j += 2; // the caller read the blank after the colon
    } else if (KeyNames.regionEquals(text, j + 1, NESTED_EXCEPTION)) {
      j += 1 + NESTED_EXCEPTION.length();
    } else {
      return NO_MATCH;
    }
    int limit = Math.min(n, j + MAX_REJECTED);
    while (j < limit && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '.' || text.charAt(j) == '$')) {
      j++; // the class name: java.lang.NumberFormatException
    }
    int phrase = j - "FormatException".length();
    if (phrase < keyEnd || !KeyNames.regionEquals(text, phrase, FOR_INPUT_STRING)) {
      return NO_MATCH;
    }
    int start = phrase + FOR_INPUT_STRING.length();
    start += start < n && text.charAt(start) == '\\' ? 1 : 0; // a JSON log's escaped quote
    if (start >= n || text.charAt(start) != '"') {
      return NO_MATCH;
    }
    start++;
    int stop = Math.min(n, start + MAX_REJECTED);
    int end = start;
    while (end < stop && text.charAt(end) != '"' && text.charAt(end) != '\n'
        && !(text.charAt(end) == '\\' && end + 1 < n && text.charAt(end + 1) == '"')) {
      end++;
    }
    return end > start && end < stop && accepts(text, start, end, false, false, false)
        ? Detector.pack(start, end) : NO_MATCH;
  }

  /**
   * The value Kafka's {@code ConfigException} quotes, {@code Invalid value <v>}, ending at {@code end}
   * where {@code for configuration <key>} follows: the nearest {@code Invalid value } on the line, at
   * most {@value #MAX_REJECTED} characters back, so that a flood of the phrase stays cheap.
   */
  private long configExceptionValue(CharSequence text, int end) {
    return quotedBefore(text, end, INVALID_VALUE);
  }

  /**
   * The value between the nearest {@code opener} on the line, at most {@value #MAX_REJECTED} characters
   * back, and {@code end}: Kafka's {@code Invalid value <v>}, MySQL's {@code Duplicate entry '<v>},
   * Micronaut's {@code Resolved value [<v>}.
   */
  private long quotedBefore(CharSequence text, int end, String opener) {
    char last = opener.charAt(opener.length() - 1);
    int limit = Math.max(0, end - MAX_REJECTED - opener.length());
    for (int j = end - 1; j >= limit && text.charAt(j) != '\n' && text.charAt(j) != '\r'; j--) {
      if (text.charAt(j) == last && j + 1 - opener.length() >= 0
          && KeyNames.regionEquals(text, j + 1 - opener.length(), opener)) {
        int start = j + 1;
        return start < end && accepts(text, start, end, false, false, false) ? Detector.pack(start, end) : NO_MATCH;
      }
    }
    return NO_MATCH;
  }

  /**
   * Whether the key {@code text[keyStart, keyEnd)}, standing alone (no word before it qualifies it),
   * names this rule's kind of secret, as {@link #locate} checks every key: {@code ssl.keystore.type} and
   * {@code token.endpoint.url} name settings about a secret.
   */
  private boolean keyOfKind(CharSequence text, int keyStart, int keyEnd) {
    return (kind == null || KeyNames.classify(text, keyStart, keyEnd, keyStart, keyStart) == kind)
        && (lastWords == null || KeyNames.lastWordIn(text, keyStart, keyEnd, lastWords));
  }

  /**
   * The value in PostgreSQL's {@code Key (column)=(<v>)}, from {@code start} to the first {@code )}
   * followed by a blank, a line break or the end of the text (what follows is the detail's prose,
   * {@code already exists.}), on its line and at most {@value #MAX_REJECTED} characters.
   */
  private long keyColumnValue(CharSequence text, int start) {
    int n = text.length();
    int limit = Math.min(n, start + MAX_REJECTED);
    for (int j = start; j < limit; j++) {
      char c = text.charAt(j); // read once: a flood of Key (token)=( costs every rule of the anchor this walk
      if (c == '\n' || c == '\r') {
        break;
      }
      if (c == ')' && (j + 1 == n || text.charAt(j + 1) <= ' ')) {
        return j > start && accepts(text, start, j, false, true, false) ? Detector.pack(start, j) : NO_MATCH;
      }
    }
    return NO_MATCH;
  }

  /** Whether a quote (or {@code \"}, escaped in JSON) at {@code at} is followed by a blank: it closes, it opens no value. */
  private static boolean closesPrompt(CharSequence text, int at) {
    int q = at < text.length() && text.charAt(at) == '\\' ? at + 1 : at;
    return q + 1 < text.length() && isQuote(text.charAt(q)) && text.charAt(q + 1) == ' ';
  }

  /**
   * End of an unquoted value from {@code from}, read no further than {@link #readLimit} nor than
   * where its key comes again ({@link #keyAgain}: {@code pat=a-pat=b}, as in a flood of them). The look
   * for the key comes first, and reads no further than the value's first blank: a value is read about
   * twice, and each key of a flood only up to the next one.
   */
  private int valueEnd(CharSequence text, int from, char terminator, int keyStart, int keyEnd) {
    return unquotedEnd(text, from, terminator,
        Math.min(readLimit, keyAgain(text, from, terminator, keyStart, keyEnd) - from));
  }

  /**
   * Where an unquoted value read from {@code from} meets its own key {@code text[keyStart, keyEnd)}
   * again ({@code key=a-key=a-…}, as in a flood of them): the value ends there at the
   * latest, else every key of such a flood reads up to {@link #MAX_VALUE} characters and a line of
   * them costs hundreds of times a clean one. The key counts where a word can start (not
   * {@code …rKey=} at the end of base64) and followed by {@code =}, {@code :} or an escape ({@code %3D}). Reads no further than
   * a blank, a quote or the {@code terminator}, where an unquoted value ends anyway; the text's length when the
   * key does not come again or is empty.
   */
  private int keyAgain(CharSequence text, int from, char terminator, int keyStart, int keyEnd) {
    if (keyEnd <= keyStart) {
      return text.length();
    }
    int n = text.length();
    int limit = Math.min(n - (keyEnd - keyStart), from + readLimit);
    char first = text.charAt(keyStart);
    for (int j = from; j < limit; j++) {
      char c = text.charAt(j);
      if (c <= ' ' || c == '"' || c == '\'' || c == '`' || c == terminator) {
        break;
      }
      if (c != first) {
        continue; // the key written the same way starts with its first character: one read at most places
      }
      int at = j + keyEnd - keyStart;
      char after = text.charAt(at);
      // = or :, also URL-encoded (%3D, %3A, %253D) or escaped (pw\:, \"pw\":): a flood of _auth%3D is a flood of
      // its key too
      if ((after == '=' || after == ':' || after == '%' || after == '\\' && escapedSeparator(text, at))
          && Detector.anchorAgain(text, j, keyStart, keyEnd)) {
        return j;
      }
    }
    return n;
  }

  private static final long NOT_YAML = -2L;

  /**
   * A YAML value on the lines after its key, when the key starts its line: a block scalar
   * ({@code key: |}, {@code key: >-}, then more indented lines, all of them the value) or a block
   * list ({@code key:}, then {@code - item} lines, every item a value of the key's kind, none of them a
   * mapping such as {@code - name: x}). Reads at most {@link #MAX_VALUE} characters.
   *
   * @return the span, {@link #NO_MATCH} if the lines hold no value, or {@link #NOT_YAML} if the key's
   *     line goes on after the colon with an ordinary value
   */
  private long yamlNextLines(CharSequence text, int keyStart, int valueAt) {
    int n = text.length();
    int j = valueAt;
    boolean block = j < n && (text.charAt(j) == '|' || text.charAt(j) == '>');
    if (block) {
      j++;
      while (j < n && (text.charAt(j) == '-' || text.charAt(j) == '+' || KeyNames.isDigit(text.charAt(j)))) {
        j++;
      }
      j = skipBlanks(text, j);
    }
    if (j < n && text.charAt(j) == '\r') {
      j++;
    }
    if (j >= n || text.charAt(j) != '\n') {
      return NOT_YAML;
    }
    int keyIndent = lineIndent(text, keyStart);
    if (keyIndent < 0) {
      return NOT_YAML;
    }
    int limit = Math.min(n, j + MAX_VALUE);
    int first = -1;
    int last = -1;
    int items = 0;
    int line = j + 1;
    while (line < limit) {
      int content = line;
      while (content < limit && text.charAt(content) == ' ') {
        content++;
      }
      int lineEnd = content;
      while (lineEnd < limit && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int indent = content - line;
      if (content == lineEnd) {
        if (!block || lineEnd >= limit) {
          break; // a blank line ends a list; a block scalar may hold one
        }
      } else if (block) {
        if (indent <= keyIndent) {
          break;
        }
        if (first < 0) {
          first = content;
        }
        last = lineEnd;
      } else {
        if (indent < keyIndent || text.charAt(content) != '-' || content + 1 >= lineEnd
            || text.charAt(content + 1) != ' ' || ++items > 16) {
          break;
        }
        int s = skipBlanks(text, content + 2);
        int e = lineEnd;
        while (e > s && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
          e--;
        }
        if (s < e && isQuote(text.charAt(s)) && text.charAt(e - 1) == text.charAt(s) && e - s >= 2) {
          s++;
          e--;
        }
        if (containsMapping(text, s, e) || !accepts(text, s, e, false, false, false)) {
          return NO_MATCH; // - name: DB_PASSWORD, - ${TOKEN}: not a list of values
        }
        if (first < 0) {
          first = s;
        }
        last = e;
      }
      line = lineEnd < n && text.charAt(lineEnd) == '\r' ? lineEnd + 1 : lineEnd;
      line++;
    }
    if (first < 0) {
      return NO_MATCH;
    }
    if (block) {
      int firstEnd = first;
      while (firstEnd < last && text.charAt(firstEnd) != '\n' && text.charAt(firstEnd) != '\r') {
        firstEnd++;
      }
      if (isPlaceholder(text, first, firstEnd) || !acceptable(text, first, firstEnd)) {
        return NO_MATCH;
      }
    }
    return Detector.pack(first, last);
  }

  /** Whether the brace at {@code start} opens an object: a quote, blank or brace follows it, or the value closes it. */
  private static boolean braceOpensObject(CharSequence text, int start, int end) {
    char next = start + 1 < end ? text.charAt(start + 1) : 0;
    return next <= ' ' || isQuote(next) || next == '\\' || next == '{' || next == '}'
        || text.charAt(end - 1) == '}' && (ValueShapes.containsIgnoreCase(text, start, end, ":")
            || ValueShapes.containsIgnoreCase(text, start, end, "=") || !ValueShapes.looksSecret(text, start + 1, end - 1,
            Integer.MAX_VALUE)); // {a=1}, {a: 1}, {name}; "{BSd92ub9k$y5v)uvombU}" is a password
  }

  /**
   * Whether the double-quoted string at {@code quoteAt} labels a block that opens after it, as HCL writes one
   * ({@code credentials "app.terraform.io" {}: the host whose token the block holds). A label that looks
   * generated stays a value.
   */
  private static boolean blockLabel(CharSequence text, int quoteAt) {
    int n = text.length();
    if (text.charAt(quoteAt) != '"') {
      return false;
    }
    int close = closingQuote(text, quoteAt + 1, '"', false);
    if (close >= n || text.charAt(close) != '"' || looksGenerated(text, quoteAt + 1, close)) {
      return false;
    }
    int j = close + 1;
    while (j < n && j - close < 8 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    return j > close + 1 && j < n && text.charAt(j) == '{';
  }

  private static boolean containsDot(CharSequence text, int start, int end) {
    for (int j = start; j < end; j++) {
      if (text.charAt(j) == '.') {
        return true;
      }
    }
    return false;
  }

  /** Code that compares a literal with the key: {@code if ("value" == password)}. */
  private long reversedComparison(CharSequence text, int keyStart) {
    int j = keyStart - 1;
    while (j >= 0 && j > keyStart - 4 && text.charAt(j) == ' ') {
      j--;
    }
    int ops = 0;
    while (j >= 0 && ops < 3 && (text.charAt(j) == '=' || text.charAt(j) == '!')) {
      j--;
      ops++;
    }
    if (ops < 2 || text.charAt(j + 1) == '=' && ops == 2 && text.charAt(j + 2) != '=') {
      return NO_MATCH;
    }
    while (j >= 0 && j > keyStart - 12 && text.charAt(j) == ' ') {
      j--;
    }
    if (j < 1 || !isQuote(text.charAt(j))) {
      return NO_MATCH;
    }
    char quote = text.charAt(j);
    int end = j;
    int limit = Math.max(0, end - 512);
    int start = end - 1;
    while (start >= limit && text.charAt(start) != quote && text.charAt(start) != '\n') {
      start--;
    }
    if (start < limit || text.charAt(start) != quote || start + 1 >= end) {
      return NO_MATCH;
    }
    int ps = start + 1;
    if (isPlaceholder(text, ps, end) || !acceptable(text, ps, end)) {
      return NO_MATCH;
    }
    return Detector.pack(ps, end);
  }

  /** How a multipart part names its field, before the quoted name: {@code Content-Disposition: form-data; name="k"}. */
  private static final String FORM_DATA_NAME = "form-data; name=";
  /**
   * The blank line that ends a part's headers: CRLF or LF twice, real, escaped in a logged string or as Apache
   * HttpClient's wire log prints them ({@code [\r][\n][\r][\n]}).
   */
  private static final String[] PART_BODY_STARTS = {"\r\n\r\n", "\n\n", "\\r\\n\\r\\n", "\\n\\n",
      "[\\r][\\n][\\r][\\n]", "[\\n][\\n]"};

  /**
   * Where the body of a multipart/form-data part starts when the key at {@code keyStart} is the part's
   * quoted name ({@code form-data; name="k"}, the quote escaped too: {@code name=\"k\"}) and its closers
   * end at {@code afterKey} on the blank line that ends the part's headers; a part with another
   * parameter ({@code ; filename="k.txt"}) or header is a file, not a value. Reads at most 18
   * characters before the key and 16 after its closers.
   *
   * @return the body's start, or -1
   */
  private static int partBody(CharSequence text, int keyStart, int afterKey) {
    int quote = keyStart - 1;
    if (quote < 0 || text.charAt(quote) != '"') {
      return -1;
    }
    int name = quote > 0 && text.charAt(quote - 1) == '\\' ? quote - 1 : quote;
    if (name < FORM_DATA_NAME.length()
        || !KeyNames.regionEqualsIgnoreCase(text, name - FORM_DATA_NAME.length(), FORM_DATA_NAME)) {
      return -1;
    }
    for (String blankLine : PART_BODY_STARTS) {
      if (KeyNames.regionEquals(text, afterKey, blankLine)) {
        return afterKey + blankLine.length();
      }
    }
    return -1;
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '`';
  }

  /** Only blanks between the start of the line (or text) and {@code keyStart}, at most 64 of them. */
  static boolean atLineStart(CharSequence text, int keyStart) {
    int limit = Math.max(-1, keyStart - 65);
    int j = keyStart - 1;
    while (j > limit && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j--;
    }
    return j < 0 || text.charAt(j) == '\n' || text.charAt(j) == '\r';
  }

  /**
   * {@code found} for a password key's {@code X / Y} pair ({@code slashPair}): the span of X goes on through Y's
   * word when it ends before {@code " / "} ({@code password: deploy / <v>}, {@code password=<v> / abc}), for
   * which half is the password is not known. Y ends where an unquoted value would ({@link ValueEnds#unquotedEnd}).
   */
  private static long withSlashPair(CharSequence text, boolean slashPair, long found) {
    if (!slashPair || found == NO_MATCH) {
      return found;
    }
    int n = text.length();
    int end = Detector.end(found);
    if (end + 3 >= n || !KeyNames.regionEquals(text, end, " / ")) {
      return found;
    }
    int j = ValueEnds.unquotedEnd(text, end + 3, (char) 0, MAX_VALUE); // where a value there would end
    return j > end + 3 ? Detector.pack(Detector.start(found), j) : found;
  }

  /**
   * Where the password of a {@code user / password} pair at {@code i} starts ({@code creds: admin / <v>}):
   * a user name of letters, digits and {@code . _ - @} with a letter, at most 64, then {@code " / "} and a
   * character that is no blank nor another slash; else {@code i}. Reads at most 68 characters.
   */
  private static int afterUserSlash(CharSequence text, int i) {
    int n = text.length();
    int limit = Math.min(n, i + 64);
    int j = i;
    boolean letter = false;
    while (j < limit && (KeyNames.isAlnum(text.charAt(j)) || ".-_@".indexOf(text.charAt(j)) >= 0)) {
      letter |= KeyNames.isLower(text.charAt(j)) || KeyNames.isUpper(text.charAt(j));
      j++;
    }
    boolean pair = letter && j + 3 < n && text.charAt(j) == ' ' && text.charAt(j + 1) == '/'
        && text.charAt(j + 2) == ' ' && text.charAt(j + 3) > ' ' && text.charAt(j + 3) != '/';
    return pair ? j + 3 : i;
  }

  /**
   * The value at {@code i}. {@code urlEncoded}: the separator was {@code %3D} or {@code %3A} (or {@code %253D}), so the
   * value ends at an encoded {@code &} or quote ({@code %26}, {@code %22}) too, and an encoded opening
   * quote is not part of it.
   */
  private long value(CharSequence text, int i, char terminator, char literalQuote, boolean loose,
      boolean lineValue, boolean flag, boolean urlEncoded) {
    return value(text, i, terminator, literalQuote, loose, lineValue, flag, urlEncoded, 0, 0);
  }

  /** As above; an unquoted value ends where its key {@code text[keyStart, keyEnd)} comes again ({@link #keyAgain}). */
  private long value(CharSequence text, int i, char terminator, char literalQuote, boolean loose,
      boolean lineValue, boolean flag, boolean urlEncoded, int keyStart, int keyEnd) {
    int n = text.length();
    if (kind == Kind.MNEMONIC) {
      return phraseValue(text, i);
    }
    if (urlEncoded && i + 3 < n && text.charAt(i) == '%' && text.charAt(i + 1) == '2' && text.charAt(i + 2) == '2') {
      i += 3; // %22password%22%3A%22value%22
    }
    char c = text.charAt(i);
    if (c == '&' && htmlAmpersand(text, i) > 0) {
      return NO_MATCH; // ?user=bob&amp;password=&amp;remember=1: an empty value, then an escaped &
    }
    int entity = c == '&' ? htmlQuoteIndex(text, i) : -1;
    if (entity >= 0) {
      // password=&quot;value&quot;: a quote escaped for HTML or XML opens the value, and the same closes it
      int start = i + htmlQuote(text, i);
      int end = start;
      int limit = Math.min(n, start + MAX_VALUE);
      while (end < limit && text.charAt(end) != '\n' && !(text.charAt(end) == '&' && htmlQuoteIndex(text, end) == entity)) {
        end++;
      }
      return end < limit && end > start && accepts(text, start, end, flag, true, loose) ? Detector.pack(start, end)
          : NO_MATCH;
    }
    if (c == '\\' && (unicodeEscape(text, i, "0027") || unicodeEscape(text, i, "0022"))) {
      // A quote escaped as Gson or .NET write it inside a JSON string (backslash, u0027 or u0022)
      return escapedQuoteValue(text, i, true, unicodeEscape(text, i, "0027") ? "0027" : "0022", flag, loose);
    }
    if (c == '\\' && (hexEscape(text, i, "22") || hexEscape(text, i, "27"))) {
      // A quote escaped as \x22 or \x27 (nginx, JavaScript)
      return escapedQuoteValue(text, i, false, hexEscape(text, i, "22") ? "22" : "27", flag, loose);
    }
    if (c == '@' && i + 1 < n && text.charAt(i + 1) == '"') {
      c = text.charAt(++i); // C# verbatim string @"..."
    }
    if (c == '<' && i + 2 < n && text.charAt(i + 1) == '<' && text.charAt(i + 2) == '"') {
      c = text.charAt(i += 2); // an Erlang or Elixir binary, <<"...">>: the string inside it
    }
    if (c == 'O' && KeyNames.regionEquals(text, i, SWIFT_OPTIONAL)) {
      c = text.charAt(i += SWIFT_OPTIONAL.length() - 1); // Swift's print or dump, token: Optional("v"): the string
    }
    if (c == 'J' && KeyNames.regionEquals(text, i, HASKELL_JUST)) {
      c = text.charAt(i += HASKELL_JUST.length() - 1); // Haskell's show of a record, token = Just "v": the string
    }
    if (c == 'S' && KeyNames.regionEquals(text, i, RUST_SOME)) {
      // Rust's {:?}, token: Some("v"), and {:#?}, which puts the string on a line of its own: the string inside
      int quote = skipLineBreaks(text, i + RUST_SOME.length(), Math.min(n, i + RUST_SOME.length() + 2));
      if (quote < n && text.charAt(quote) == '"') {
        c = text.charAt(i = quote);
      }
    }
    int valueStart;
    int valueEnd;
    int wordEnd = -1;
    int continuedEnd = -1;
    boolean quoted = true;
    if (c == literalQuote && concatenation(text, i + 1)) {
      return NO_MATCH; // "password=" + pwd: the quote closed a string literal
    }
    if (i + 2 < n && (c == '"' || c == '\'') && text.charAt(i + 1) == '$' && text.charAt(i + 2) == '{') {
      return NO_MATCH; // "${VAR}"
    }
    if ((c == '"' || c == '\'') && i + 3 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c) {
      // TOML and Python: secret_key = """v""", on one line, up to the closing triple quote
      int start = i + 3;
      boolean block = start + 1 < n && text.charAt(start) == '\n' && text.charAt(start + 1) != c;
      if (block) {
        // TOML trims a line break right after the opening quotes: password = """\nv"""; a Java or Kotlin
        // text block indents its lines: password = """\n    v\n    """, the value the first line's text
        start = skipBlanks(text, start + 1);
      }
      int end = start;
      int limit = Math.min(n - 2, start + MAX_VALUE);
      while (end < limit && text.charAt(end) != '\n'
          && !(text.charAt(end) == c && text.charAt(end + 1) == c && text.charAt(end + 2) == c)) {
        end++;
      }
      boolean closed = end < limit && (text.charAt(end) == c || block && text.charAt(end) == '\n');
      return closed && end > start && accepts(text, start, end, flag, true, loose)
          ? Detector.pack(start, end) : NO_MATCH;
    }
    if (c == '"' || c == '\'' || c == '`') {
      valueStart = i + 1;
      valueEnd = closingQuote(text, valueStart, c, false, readLimit);
      if (valueEnd > valueStart) {
        valueEnd = ValueEnds.gluedQuotedEnd(text, valueStart, valueEnd, readLimit);
      }
      if (c == '\'' && valueEnd > valueStart && keyEnd > keyStart) {
        // IntelliJ's generated toString prints a password that holds a quote between quotes of the same kind
        valueEnd = ValueEnds.dumpQuotedEnd(text, keyStart, valueStart, valueEnd);
      }
    } else if (c == '\\' && i + 1 < n && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\'')) {
      valueStart = i + 2;
      valueEnd = closingQuote(text, valueStart, text.charAt(i + 1), true);
    } else if (c == '\\' && deepEscapedQuote(text, i) > 0) {
      // JSON in JSON in JSON: \\\"; JSON in a JSON string printed as Python bytes (aws --debug): \\"; and
      // deeper, as log shippers wrap a record in one another's (Fluent Bit in Vector in CloudWatch): \\\\\\\"
      valueStart = i + deepEscapedQuote(text, i);
      valueEnd = closingQuote(text, valueStart, '"', true);
      while (valueEnd > valueStart && text.charAt(valueEnd - 1) == '\\') {
        valueEnd--;
      }
    } else {
      quoted = false;
      char next = i + 1 < n ? text.charAt(i + 1) : 0;
      if (c == '[' && KeyNames.regionEquals(text, i, GO_STRINGS) && i + GO_STRINGS.length() < n) {
        // Go's %#v of an http.Header or url.Values, "X-Api-Key":[]string{"v"}: the first string is the value
        return value(text, i + GO_STRINGS.length(), (char) 0, (char) 0, false, false, false, false);
      }
      if (c == 'S' && KeyNames.regionEquals(text, i, OTEL_SLICE) && i + OTEL_SLICE.length() < n) {
        // the collector's debug exporter, -> http.request.header.x-api-key: Slice(["v"]): the first string
        return value(text, i + OTEL_SLICE.length(), (char) 0, (char) 0, false, false, false, false);
      }
      if (c == 'S' && KeyNames.regionEquals(text, i, OTEL_STR)) {
        // the collector's debug exporter, -> process.env.API_TOKEN: Str(v), the ) closing the line. The
        // read stops at a blank or a ( too, where the next key's Str( would start: floods stay linear.
        int start = i + OTEL_STR.length();
        int end = start;
        int limit = Math.min(n, start + MAX_VALUE);
        while (end < limit && text.charAt(end) > ' ' && text.charAt(end) != '(') {
          end++;
        }
        boolean lineEnds = end == n || text.charAt(end) == '\n' || text.charAt(end) == '\r';
        return lineEnds && end - 1 > start && text.charAt(end - 1) == ')'
            && accepts(text, start, end - 1, flag, false, loose) ? Detector.pack(start, end - 1) : NO_MATCH;
      }
      int chars = c == '[' && (kind == Kind.PASSWORD || kind == Kind.SECRET || kind == Kind.TOKEN
          || kind == Kind.API_KEY) ? charArrayEnd(text, i) : -1;
      if (chars > 0) {
        return Detector.pack(i, chars); // a char[] as Java prints it, one character at a time
      }
      int bytes = c == '[' && kind != Kind.MNEMONIC ? byteListEnd(text, i) : -1;
      if (bytes > 0) {
        return Detector.pack(i, bytes); // network_key: [78, 91, ...], a Solana keypair: key material as bytes
      }
      if (c == 'O' && KeyNames.regionEquals(text, i, OPTIONAL)) {
        // an Optional as Java prints it, Optional[<value>]: the value inside is the secret. The read
        // stops at a blank or a [ too, where the next key's Optional[ would start: floods stay linear.
        int start = i + OPTIONAL.length();
        int end = start;
        int limit = Math.min(n, start + MAX_VALUE);
        while (end < limit && text.charAt(end) > ' ' && text.charAt(end) != ']' && text.charAt(end) != '[') {
          end++;
        }
        return end < limit && text.charAt(end) == ']' && accepts(text, start, end, flag, false, loose)
            ? Detector.pack(start, end) : NO_MATCH;
      }
      if (kind == Kind.PASSWORD && (c == '(' || c == '[' || c == '{' || c == '|')) {
        // a generated password may start with an opener that never closes: password=(<rest>, password=|<rest>
        int end = valueEnd(text, i + 1, terminator, keyStart, keyEnd);
        if (ValueShapes.openerStartsPassword(text, i, end)
            && !((c == '[' || c == '{') && closesOnLine(text, end, c == '[' ? ']' : '}'))) {
          return accepts(text, i, end, flag, false, loose) ? Detector.pack(i, end) : NO_MATCH;
        }
      }
      if (c == '[' && terminator == 0 && !loose && !flag) {
        return listValue(text, i); // {'secret': ['value']}, "api_keys":["v1","v2"]
      }
      int schemeEnd = c == '{' && kind == Kind.PASSWORD ? ValueShapes.passwordSchemeEnd(text, i) : -1;
      if (schemeEnd > 0) {
        // Dovecot's passdb, LDAP: password={PLAIN}<v>, the scheme names how the rest is stored; the rest is the value
        int end = valueEnd(text, schemeEnd, terminator, keyStart, keyEnd);
        return accepts(text, schemeEnd, end, flag, false, loose) ? Detector.pack(schemeEnd, end) : NO_MATCH;
      }
      if (c == '{' && kind == Kind.PASSWORD && next != '{' && next != '}' && i > 0 && text.charAt(i - 1) == '='
          && wrappedValue(text, i) < 0) {
        int close = bracedEnd(text, i + 1);
        if (close > i + 1) {
          // ODBC: Pwd={kcSn8Z;cfSeFtBV9}; braces quote a value that holds ; or {, and }} is a brace
          return accepts(text, i + 1, close, flag, false, false) ? Detector.pack(i + 1, close) : NO_MATCH;
        }
      }
      if (c == '{' && terminator == 0 && !loose && !flag) {
        int inner = wrappedValue(text, i);
        if (inner > 0) {
          // "credentials": {"value": "..."}: a secret held in a one-field wrapper object
          return value(text, inner, (char) 0, (char) 0, false, false, false, false);
        }
      }
      if ((c == '$' && (next == '{' || !flag && !ValueShapes.sigilStartsValue(text, i, valueEnd(text, i, terminator, keyStart, keyEnd))))
          || (c == '%' && next == '{') || c == '{' || c == '[' || c == '('
          || c == '<' || (c == '/' && !ValueShapes.slashStartsValue(text, i, valueEnd(text, i, terminator, keyStart, keyEnd)))) {
        return NO_MATCH; // a placeholder, object or path: decided without reading much, so floods stay cheap
      }
      int dumped = KeyNames.isUpper(c) ? dumpedWrapperValue(text, i) : -1;
      if (dumped > 0 && dumpedWrapperValue(text, dumped) < 0) {
        // apiKey=Secret[value=v], password=Password(value=v): a secret type's toString, its value field
        // (one level: a wrapper in a wrapper is an object, so a flood of them cannot recurse)
        return value(text, dumped, (char) 0, (char) 0, false, false, false, false);
      }
      if (KeyNames.isUpper(c) && ValueShapes.objectDump(text, i, Math.min(n, i + 100))) {
        return NO_MATCH; // credential=MongoCredential{mechanism=null, ...}: an object, its own keys are checked
      }
      if (KeyNames.isUpper(c) && cmdletAt(text, i)) {
        // PowerShell: $pw = ConvertTo-SecureString -String "v" -AsPlainText; any other cmdlet is code
        return KeyNames.regionEqualsIgnoreCase(text, i, "convertto-securestring ") ? secureStringArgument(text, i)
            : NO_MATCH;
      }
      valueStart = i;
      valueEnd = valueEnd(text, i, terminator, keyStart, keyEnd);
      int field = kind != null && keyEnd > keyStart ? ValueEnds.dumpFieldEnd(text, keyStart, i, valueEnd) : valueEnd;
      if (field > valueEnd && !isCall(text, i, valueEnd) && !isPlaceholder(text, i, valueEnd)
          && !(text.charAt(valueEnd) == ' ' && lettersOnly(text, i, valueEnd))) { // auth=token <v>: a scheme word
        valueEnd = field; // Foo{password=a b, c=d}, Go's {Password:a b User:bob}: to the next field
      }
      if (kind == Kind.SIGNATURE) {
        if (ValueShapes.signalName(text, i)) {
          return NO_MATCH; // strace's WIFSTOPPED,sig=SIGTRAP: a signal
        }
        valueEnd = schemeListEnd(text, i, valueEnd); // Stripe-Signature: t=<time>,v1=<hex>: past the time
      }
      if (urlEncoded) {
        valueEnd = encodedEnd(text, i, valueEnd);
      } else {
        continuedEnd = continuedLines(text, i, valueEnd, terminator); // password=abc\, a line break, def
      }
      if (lineValue && valueEnd > i && !isPlaceholder(text, i, valueEnd) && !isCall(text, i, valueEnd)) {
        wordEnd = valueEnd;
        valueEnd = Math.max(valueEnd, lineEnd(text, i)); // not "new Foo(...)", "null", "${X} ..."
      }
      if (isCall(text, valueStart, valueEnd)) {
        return NO_MATCH; // getPassword(), os.environ["X"], Buffer.from(...)
      }
    }
    if (valueEnd <= valueStart) {
      return NO_MATCH;
    }
    char first = text.charAt(valueStart);
    if ((first == '[' || first == '(' || first == '{' && (!quoted || braceOpensObject(text, valueStart, valueEnd)))
        && !(quoted && kind == Kind.PASSWORD && ValueShapes.openerStartsPassword(text, valueStart, valueEnd))) {
      // An object, array or group: its own keys are checked where they occur. Quoted, a brace must
      // open an object: "{mxQayu5b2oAM3hc" is a password that starts with one.
      return NO_MATCH;
    }
    if (quoted && (first == '+' && concatenated(text, valueStart, valueEnd)
        || (first == ' ' && valueStart + 1 < valueEnd && text.charAt(valueStart + 1) == '+'))) {
      return NO_MATCH; // "password=" + value: the quote closed a string literal
    }
    // Quotes nested inside the value ("'$VAR'") do not make a placeholder a secret.
    int ps = valueStart;
    int pe = valueEnd;
    while (ps < pe && isQuote(text.charAt(ps))) {
      ps++;
    }
    while (pe > ps && isQuote(text.charAt(pe - 1))) {
      pe--;
    }
    if (accepts(text, ps, pe, flag, quoted, loose)) {
      return Detector.pack(valueStart, Math.max(valueEnd, continuedEnd));
    }
    if (wordEnd > valueStart && wordEnd < valueEnd && accepts(text, valueStart, wordEnd, flag, false, loose)) {
      // The rest of the line read as code (a term word and a '/'), but its first word is a value:
      // password=<value> {a z/key/b
      return Detector.pack(valueStart, wordEnd);
    }
    return NO_MATCH;
  }

  /** Whether {@code text[start, end)} is ASCII letters only: a word, such as an auth scheme before its token. */
  static boolean lettersOnly(CharSequence text, int start, int end) {
    for (int j = start; j < end; j++) {
      if (!KeyNames.isLower(text.charAt(j)) && !KeyNames.isUpper(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a signature header's scheme list ends when the value read from {@code start} to {@code end}
   * is only its timestamp and a comma follows ({@code t=1700000000} of Stripe's
   * {@code t=<time>,v1=<hex>,v0=<hex>}): the signatures after the comma, up to a blank, a quote or a
   * closing bracket; else {@code end}. Reads at most {@link #MAX_VALUE} characters.
   */
  private static int schemeListEnd(CharSequence text, int start, int end) {
    int n = text.length();
    if (end - start < 3 || end + 1 >= n || text.charAt(end) != ',' || text.charAt(start) != 't'
        || text.charAt(start + 1) != '=') {
      return end;
    }
    for (int j = start + 2; j < end; j++) {
      if (!KeyNames.isDigit(text.charAt(j))) {
        return end;
      }
    }
    int j = end;
    int limit = Math.min(n, start + MAX_VALUE);
    while (j < limit && text.charAt(j) > ' ' && !isQuote(text.charAt(j)) && text.charAt(j) != '}'
        && text.charAt(j) != ']' && text.charAt(j) != ';') {
      j++;
    }
    while (j > end && text.charAt(j - 1) == ',') {
      j--; // {stripe-signature=t=..,v1=.., host=...}: the comma before the next entry
    }
    return j;
  }

  /**
   * A recovery phrase at {@code i}, bare or in quotes ({@code "..."}, {@code \"...\"}): the words
   * whole, which no other value shape reads past their first blank.
   */
  private static long phraseValue(CharSequence text, int i) {
    int n = text.length();
    int start = i;
    char quote = 0;
    if (start < n && isQuote(text.charAt(start))) {
      quote = text.charAt(start++);
    } else if (start + 1 < n && text.charAt(start) == '\\' && isQuote(text.charAt(start + 1))) {
      quote = text.charAt(start + 1);
      start += 2;
    }
    int end = ValueShapes.phraseEnd(text, start, n);
    if (end < 0 || quote != 0 && (end >= n || text.charAt(end) != quote && text.charAt(end) != '\\')) {
      return NO_MATCH;
    }
    return Detector.pack(start, end);
  }

  /**
   * The quote of a Python bytes literal whose {@code b} is at {@code at} ({@code b'value'}, as {@code repr}
   * prints bytes: httpcore's header tuples, a dict of bytes) or of a Python 2 unicode literal ({@code u'value'});
   * else {@code at}.
   */
  static int bytesLiteralQuote(CharSequence text, int at) {
    return at + 1 < text.length() && (text.charAt(at) == 'b' || text.charAt(at) == 'u') && isQuote(text.charAt(at + 1))
        ? at + 1 : at;
  }

  /**
   * Whether the quoted key at {@code keyStart} is the first argument of PHP's {@code define(}: the name of a
   * constant, whose value is assigned to it (WordPress's {@code define('DB_PASSWORD', 'v')}), not one string
   * of a list. Reads at most a dozen characters back.
   */
  private static boolean phpConstant(CharSequence text, int keyStart) {
    int j = keyStart - 1; // the key's opening quote
    if (j < 1 || !isQuote(text.charAt(j))) {
      return false;
    }
    int blanks = 0;
    while (j > 0 && text.charAt(j - 1) == ' ' && blanks < 4) {
      j--;
      blanks++;
    }
    return j >= 7 && text.charAt(j - 1) == '(' && KeyNames.regionEqualsIgnoreCase(text, j - 7, "define")
        && (j == 7 || !KeyNames.isAlnum(text.charAt(j - 8)) && text.charAt(j - 8) != '_');
  }

  private boolean accepts(CharSequence text, int ps, int pe, boolean flag, boolean quoted, boolean loose) {
    return pe > ps && !isPlaceholder(text, ps, pe, flag) && !isCodeReference(text, ps, pe, quoted)
        && acceptable(text, ps, pe)
        && !(loose && (pe - ps < 12 || !looksSecret(text, ps, pe, 24) || identifierNamingSecret(text, ps, pe)
            // ["bearer-token", "oauth-authorization-code"]: a list of names; a password may be a passphrase
            || kind != Kind.PASSWORD && ValueShapes.kebabName(text, ps, pe)
            // "Security_Credentials", "Security_Cryptography": a crate's feature names, Pascal case joined by _
            || kind != Kind.PASSWORD && ValueShapes.pascalSnakeName(text, ps, pe)
            // ["Application Access Token", "Token Impersonation/Theft"]: titles; no token or key holds a
            // blank (a password, a secret and a mnemonic may)
            || (kind == Kind.TOKEN || kind == Kind.API_KEY || kind == Kind.SESSION)
                && ValueShapes.containsBlank(text, ps, pe)))
        && !ValueShapes.isPublicKey(text, ps, pe) && !ValueShapes.identityToString(text, ps, pe)
        && !ValueShapes.printedPointer(text, ps, pe) // Go's %+v of a *string field: {Password:0xc000012345}
        && !ValueShapes.identityToStringThenField(text, ps, pe) // Spring Security's printed token
        && !(kind == Kind.PASSWORD && ValueShapes.nsswitchSources(text, ps, pe))
        // "sig": "MEUCIQ...": a DER signature in a document (Sigstore, TUF); a query string's sig= stays hidden
        && !(kind == Kind.SIGNATURE && quoted && ValueShapes.derSignature(text, ps, pe))
        // "js-tokens": "^4.0.0", go-libsecret v0.0.0-<time>-<hash>: a lockfile's dependency and its version
        && !ValueShapes.dependencyVersion(text, ps, pe, kind != Kind.PASSWORD || pinned(text, ps))
        && !ValueShapes.keyFilePath(text, ps, pe); // certbot's privkey = live/<domain>/privkey.pem names a file
  }

  /** Whether a pip or gem pin operator ({@code ==}, {@code ~=}, {@code >=}) ends right before {@code ps}. */
  private static boolean pinned(CharSequence text, int ps) {
    return ps >= 2 && text.charAt(ps - 1) == '=' && "=~><!".indexOf(text.charAt(ps - 2)) >= 0;
  }

  /**
   * A list at {@code i} ({@code [}): from the first element's value to the last one's, when every
   * element is a value of the key's kind. Elements are string literals ({@code ['v1', 'v2']}), string
   * literals inside a JSON string ({@code [\"v1\",\"v2\"]}), or bare words as Java's
   * {@code List.toString} and YAML flow sequences print them ({@code [v1, v2]}), which must look
   * generated ({@link ValueShapes#looksGenerated}), since bare lists hold names and roles as often as
   * values; the list may be pretty-printed over lines. A list whose first element is a wrapper object
   * ({@code [{"value": "v"}]}, see {@link WrappedValues#wrappedValue}) hides that wrapper's value. A list holding
   * anything
   * else (another object, a placeholder,
   * {@code 'required'}) is not hidden: it is a schema, rules or references. At most 16 elements
   * within {@link #MAX_VALUE} characters.
   */
  private long listValue(CharSequence text, int i) {
    int limit = Math.min(text.length(), i + MAX_VALUE);
    int j = skipLineBreaks(text, skipBlanks(text, i + 1), limit); // pretty-printed: [\n  "v"\n]
    if (j >= limit) {
      return NO_MATCH;
    }
    if (text.charAt(j) == '{') {
      // Hoverfly's header matchers, "X-Api-Key": [{"matcher": "exact", "value": "v"}]: the first wrapper's value
      int inner = wrappedValue(text, j);
      inner = inner > 0 ? inner : entryNamedValue(text, j, limit);
      return inner > 0 ? value(text, inner, (char) 0, (char) 0, false, false, false, false) : NO_MATCH;
    }
    char open = text.charAt(j);
    boolean escaped = open == '\\' && j + 1 < limit && isQuote(text.charAt(j + 1));
    boolean bare = !escaped && !isQuote(open);
    int first = -1;
    for (int elements = 0; elements < 16 && j < limit; elements++) {
      int s;
      int e;
      int after;
      if (bare) {
        s = j;
        e = j;
        // a one-element MultiValueMap list may hold =, a quote or a comma without the blank List.toString puts
        // after its own, password=[a=b'c,d]; decided at its ] below
        boolean entryCandidate = elements == 0 && (kind == Kind.PASSWORD || i > 0 && text.charAt(i - 1) == '=');
        boolean structured = false;
        while (e < limit && (text.charAt(e) != ',' || entryCandidate && e + 1 < limit && text.charAt(e + 1) > ' ')
            && text.charAt(e) != ']' && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
          char c = text.charAt(e);
          if (entryCandidate && (c == '=' || c == ',' || isQuote(c))) {
            structured = true;
          } else if (isQuote(c) || c == '[' || c == '{' || c == '(' || c == '=' || c == '\\') {
            return NO_MATCH; // nested structures, key=value elements, quoting: not a list of bare values
          }
          e++;
        }
        after = e;
        while (e > s && text.charAt(e - 1) == ' ') {
          e--;
        }
        // Spring's MultiValueMap prints each value as a list, {username=[alice], password=[v]}; Spring
        // Security's Password=[PROTECTED] is a mask
        // (any kind of key after key=, when blank-free: client_secret=[<v>] may hold . or ~ that no generated
        // value shows, while SharedAccessKey=[Shared Access key goes here] is a template's hint)
        boolean multiValueMapEntry = (kind == Kind.PASSWORD
            || i > 0 && text.charAt(i - 1) == '=' && !ValueShapes.containsBlank(text, s, e)) && elements == 0
            && after < limit && text.charAt(after) == ']' && !isPlaceholder(text, i, after + 1);
        if (!(multiValueMapEntry || !structured && looksGenerated(text, s, e))
            || !accepts(text, s, e, false, false, false)) {
          return NO_MATCH;
        }
      } else {
        char quote = text.charAt(escaped ? j + 1 : j);
        if (escaped ? text.charAt(j) != '\\' || !isQuote(quote) : !isQuote(quote)) {
          return NO_MATCH;
        }
        s = j + (escaped ? 2 : 1);
        e = closingQuote(text, s, quote, escaped);
        if (e >= limit || text.charAt(e) != (escaped ? '\\' : quote) || e <= s || isPlaceholder(text, s, e)
            || isCodeReference(text, s, e, true) || !acceptable(text, s, e)) {
          return NO_MATCH;
        }
        after = e + (escaped ? 2 : 1);
      }
      if (first < 0) {
        first = s;
      }
      j = skipLineBreaks(text, skipBlanks(text, after), limit);
      if (j < limit && text.charAt(j) == ']') {
        return Detector.pack(first, e);
      }
      if (j >= limit || text.charAt(j) != ',') {
        return NO_MATCH;
      }
      j = skipLineBreaks(text, skipBlanks(text, j + 1), limit);
    }
    return NO_MATCH;
  }

  /**
   * Whether what ends a name field's value at {@code i} may come before its sibling value field: a comma,
   * a semicolon, a line break (also escaped, in a JSON string), or {@code ][} between fields in brackets of their
   * own. One or two reads: floods of
   * key words pass here at every key.
   */
  private static boolean fieldSeparator(CharSequence text, int i) {
    char c = text.charAt(i);
    return c == ',' || c == '\n' || c == '\r' || c == ';' || c == '[' && text.charAt(i - 1) == ']'
        || SiblingEntries.escapedLineBreak(text, i, text.length());
  }

  private boolean acceptable(CharSequence text, int start, int end) {
    int len = end - start;
    if (kind == null) {
      int chars = Escapes.runLength(valueClass, text, start, end); // an escaped + in JSON is one character
      return chars >= minValue && chars <= maxValue && validator.valid(text, start, end);
    }
    if (kind == Kind.TOKEN ? lowVariety(text, start, end) : fillerRun(text, start, end)) {
      // 0000000000aa, AP6xxxxxx, XXXX...XXXX-us2 (a vendor's placeholder): filler; a password may be anything
      // but x runs
      return false;
    }
    if (sizeInBytes(text, start, end)) {
      return false; // kubectl describe prints each value's size in bytes, not the value
    }
    if (ValueShapes.timestamp(text, start, end, kind == Kind.PASSWORD)) {
      return false; // a time (Vault audit logs print token_issue_time), not a secret
    }
    if (kind != Kind.PASSWORD && ValueShapes.decimalNumber(text, start, end)) {
      return false; // a measure: GitLab logs redis_sessions_duration_s in seconds
    }
    if (ValueShapes.opensWithMetadataAssignment(text, start, end)) {
      return false; // secret: name=db-creds: a heading before fields, each judged under its own key
    }
    if (!containsDigit(text, start, end)
        && (ValueShapes.containsWord(text, start, end, "fake") || ValueShapes.containsWord(text, start, end, "dummy"))) {
      // somefakekey, a-fake-key: fixtures. Only without digits: generated values (Fake-a7PW...) stay hidden.
      return false;
    }
    if (kind != Kind.PASSWORD && len >= 6
        && (ValueShapes.algorithmName(text, start, end) || ValueShapes.emailAddress(text, start, end))) {
      return false; // how to authenticate or who does: auth=scram-sha-256, --mail-auth bob@example.com
    }
    switch (kind) {
      case PASSWORD:
        return len >= 4 && !namesPasswordInCode(text, start, end) && !ValueShapes.cjkText(text, start, end);
      case SECRET:
        return len >= 6 && !identifierNamingSecret(text, start, end);
      case API_KEY:
        return len >= 6 && !identifierNamingSecret(text, start, end) && looksSecret(text, start, end, 16)
            && !ValueShapes.upperSnakeName(text, start, end); // RequestHeader(apiKey=CONTROLLER_REGISTRATION
      case SIGNATURE:
        // A URL or token signature is one word; "signature": "Best regards, Bob" is an e-mail's.
        return len >= 16 && looksSecret(text, start, end, 20) && !containsBlank(text, start, end);
      case NAMED_KEY:
        int keyAt = afterServerName(text, start, end); // DEVELOCITY_ACCESS_KEY=ge.example.com=<key>
        return looksGenerated(text, keyAt, end) && !identifierNamingSecret(text, keyAt, end);
      case MNEMONIC:
        return ValueShapes.phraseEnd(text, start, end) == end;
      case TOKEN:
        // A random UUID is a token here (Consul, Nomad, legacy Vault, Splunk HEC, Spring OAuth2
        // tokens), unless the key names an idempotency or request id (clientToken: see match());
        // a time- or name-based one is an id.
        // A number is a count, an id or a one-time code; 24 digits and more are none of those (an id
        // fits in 20), but a vendor's numeric token (x_api_token=<32 digits>)
        return len >= 8 && (!allDigits(text, start, end) || len >= NUMERIC_TOKEN)
            && !identifierNamingSecret(text, start, end) && looksSecret(text, start, end, 20)
            && !ValueShapes.versionNumber(text, start, end) // a version (auth-plugin=528.0.0-0) or an OID
            && !logLabel(text, start, end) && !namedScript(text, start, end)
            && !ValueShapes.wordBeyondAscii(text, start, end) // token: inválido, anahtar: bulunamadı: words
            && !goStructPrint(text, start, end) // via OAuth2: Session{email:...}: oauth2-proxy's session
            && (!isUuid(text, start, end) || ValueShapes.isRandomUuid(text, start, end));
      default: // SESSION
        // Session: 30546173_4261722401 (Windows CBS), sessionid: 0x14ede63a5a70002 (ZooKeeper): a session
        // numbered, not a session token, which holds letters
        return len >= 8 && !ValueShapes.printedNumber(text, start, end) && !ValueShapes.versionNumber(text, start, end)
            && !ValueShapes.nodeAndCounters(text, start, end) // Cisco ISE's AcsSessionID=<node>/<n>/<n>
            // F5 APM and FortiGate print session ids of 8 hex digits, a 32-bit number; a session cookie is longer
            && !(len == 8 && CharClass.HEX.skip(text, start, end) == end)
            && !postgresSessionId(text, start, end) && !logLabel(text, start, end)
            && !identifierNamingSecret(text, start, end)
            && looksSecret(text, start, end, 20);
    }
  }

  /**
   * The value, widened over the further {@code ;<host>=<key>} entries that follow a server-named key
   * ({@code DEVELOCITY_ACCESS_KEY=a.example.com=<key>;b.example.com=<key>}: one key per server), each key a
   * generated word; the value as it is otherwise. Reads at most {@link #MAX_VALUE} characters past it.
   */
  private static long withMoreServerKeys(CharSequence text, long found) {
    int start = Detector.start(found);
    int end = Detector.end(found);
    if (afterServerName(text, start, end) == start) {
      return found;
    }
    int limit = Math.min(text.length(), end + MAX_VALUE);
    while (end < limit && text.charAt(end) == ';') {
      int keyAt = afterServerName(text, end + 1, limit);
      int keyEnd = keyAt;
      while (keyEnd < limit && KeyNames.isAlnum(text.charAt(keyEnd))) {
        keyEnd++;
      }
      if (keyAt == end + 1 || !looksGenerated(text, keyAt, keyEnd)) {
        break;
      }
      end = keyEnd;
    }
    return Detector.pack(start, end);
  }

  /**
   * Where the key starts in a value that names its server first, {@code <host>=<key>}, as Develocity's (Gradle
   * Enterprise's) access key variable holds it: after a dotted host name and its {@code =}; else {@code start}.
   * Reads at most the value.
   */
  private static int afterServerName(CharSequence text, int start, int end) {
    int j = start;
    boolean dot = false;
    while (j < end && (KeyNames.isLower(text.charAt(j)) || KeyNames.isDigit(text.charAt(j))
        || text.charAt(j) == '-' || text.charAt(j) == '.')) {
      dot |= text.charAt(j) == '.';
      j++;
    }
    return dot && j > start && j < end && text.charAt(j) == '=' && KeyNames.isAlnum(text.charAt(j - 1)) ? j + 1 : start;
  }


  /**
   * The password of a PowerShell credential from its argument list's {@code (} at {@code open}: the
   * string given to {@code ConvertTo-SecureString} in the second argument; the first is the user name.
   */
  private long psCredentialPassword(CharSequence text, int open) {
    int n = text.length();
    int j = skipBlanks(text, open + 1);
    if (j >= n || !isQuote(text.charAt(j))) {
      return NO_MATCH;
    }
    int close = closingQuote(text, j + 1, text.charAt(j), false, 256);
    int k = close < n && text.charAt(close) == text.charAt(j) ? skipBlanks(text, close + 1) : n;
    if (k >= n || text.charAt(k) != ',') {
      return NO_MATCH;
    }
    k = skipBlanks(text, k + 1);
    if (k < n && text.charAt(k) == '(') {
      k = skipBlanks(text, k + 1);
    }
    return KeyNames.regionEqualsIgnoreCase(text, k, "convertto-securestring ") ? secureStringArgument(text, k)
        : NO_MATCH;
  }

  /** The string given to {@code ConvertTo-SecureString} at {@code i}, with or without {@code -String}. */
  private long secureStringArgument(CharSequence text, int i) {
    int j = skipBlanks(text, i + "ConvertTo-SecureString ".length());
    if (KeyNames.regionEqualsIgnoreCase(text, j, "-string ")) {
      j = skipBlanks(text, j + "-string ".length());
    }
    if (j >= text.length() || !isQuote(text.charAt(j))) {
      return NO_MATCH;
    }
    int end = closingQuote(text, j + 1, text.charAt(j), false);
    return end < text.length() && text.charAt(end) == text.charAt(j) && accepts(text, j + 1, end, true, true, false)
        ? Detector.pack(j + 1, end) : NO_MATCH;
  }

  /**
   * The value that the escaped quote at {@code i} opens and the same escape closes, on one line: a
   * unicode escape ({@code unicode}, backslash, {@code u} and the four hex digits {@code code}) or a hex
   * escape ({@code \x} and the two hex digits {@code code}).
   */
  private long escapedQuoteValue(CharSequence text, int i, boolean unicode, String code, boolean flag, boolean loose) {
    int start = i + (unicode ? 6 : 4);
    int end = start;
    int limit = Math.min(text.length(), start + MAX_VALUE);
    while (end < limit && text.charAt(end) != '\n' && text.charAt(end) != '"' && !escapeAt(text, end, unicode, code)) {
      end++;
    }
    return end < limit && end > start && escapeAt(text, end, unicode, code) && accepts(text, start, end, flag, true, loose)
        ? Detector.pack(start, end) : NO_MATCH;
  }

  static int skipBlanks(CharSequence text, int i) {
    int limit = Math.min(text.length(), i + MAX_GAP);
    char c; // one read per character: every key word's hit skips blanks here
    while (i < limit && ((c = text.charAt(i)) == ' ' || c == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Whether the quote at {@code i} opens a literal of one word (no blank, quote or backslash) closed by the same
   * quote within {@link #SHORT_READ} characters: {@code '<v>'}, not code that joins strings ({@code '" + v + "'}).
   */
  private static boolean quotedWord(CharSequence text, int i) {
    char quote = text.charAt(i);
    int limit = Math.min(text.length(), i + 1 + SHORT_READ);
    for (int j = i + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == quote) {
        return j > i + 1;
      }
      if (c <= ' ' || c == '\\' || isQuote(c)) {
        return false;
      }
    }
    return false;
  }

}
