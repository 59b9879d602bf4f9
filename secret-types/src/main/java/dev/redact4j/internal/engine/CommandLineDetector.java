package dev.redact4j.internal.engine;

import org.jspecify.annotations.Nullable;

/**
 * A password given on a command line after a tool name (the anchor): {@code mysql -u root -pSECRET}
 * (attached to {@code -p}), {@code docker login -u bob -p SECRET} and {@code sshpass -p SECRET}
 * (after {@code -p} and a blank; also {@code echo '<password>' | docker login --password-stdin}),
 * Oracle's {@code user/password@db} after {@code sqlplus},
 * {@code jdbc:oracle:thin:} and the like, and the value of named options ({@code redis-cli -a SECRET},
 * {@code gh secret set NAME --body SECRET}, {@code keytool -srcstorepass SECRET}). Only the password is
 * hidden.
 *
 * <p>Looks at most {@value #MAX_LINE} characters after the anchor, never past a line break;
 * allocates nothing.
 */
public final class CommandLineDetector implements Detector {
  /** How the password follows the tool name. */
  public enum Style {
    ATTACHED_P, SEPARATE_P, ORACLE, USER_COLON_PASSWORD, OPTION_VALUE, POSITIONAL,
    /**
     * Standard input of {@code chpasswd} ({@code user:<password>}), {@code passwd --stdin}, {@code vncpasswd} or
     * {@code sudo -S}, written by {@code echo} or {@code printf} before a pipe or given as a here-string
     * ({@code <<< '...'}); the anchor is {@code passwd}, the tool's last letters, or {@code sudo -S}.
     */
    STDIN,
    /** The password of a scheme-less Git remote, {@code user:<password>@host:repo}, after {@code git clone} or {@code git remote}. */
    SCP_REMOTE,
    /** The first argument of a subcommand that is no option, {@code openssl passwd -6 <password>}: see {@link #subcommandArgument}. */
    SUBCOMMAND_ARGUMENT
  }

  private static final int MAX_LINE = 512;
  /**
   * The anchors that name net.exe or its helper rather than the subcommand: {@code net1 }, and the images
   * as Sysmon and event 4688 print them ({@code net.exe}, {@code net1.exe}, maybe in a quoted path); the
   * {@code user} or {@code use} subcommand follows after blanks.
   */
  private static final String[] NET_IMAGES = {"net1 ", "net.exe", "net1.exe"};
  private static final String[] NET1_SUBCOMMANDS = {"user ", "use "};

  /** How many words after the anchor a positional password is looked for in. */
  private static final int MAX_WORDS = 8;
  private static final String[] NO_OPTIONS = {};
  private final Style style;
  private final String[] options;
  /** What ends the user and starts the password after {@code -u}: curl's {@code :}, smbclient's {@code %}. */
  private final char separator;
  /** Which argument after the anchor is the password ({@link Style#POSITIONAL}), from 1. */
  private final int position;
  /** The tool whose subcommand the anchor is, or null when the anchor names the command itself. */
  private final @Nullable String tool;
  /** What must come right before the anchor ({@code 7} for {@code z a }: 7-Zip), or "" for a word start. */
  private final String before;
  /** A command word the anchor starts that takes {@link #commandOptions} as well ({@code ldappasswd}), or null. */
  private final @Nullable String command;
  private final String[] commandOptions;
  /** What may start the tool's word right before the anchor ({@code un} of {@code unrar}); none by default. */
  private final String[] wordPrefixes;
  /** Whether {@code -hp<password>} is read as {@code -p<password>} is (RAR: the password also hides the file names). */
  private final boolean headerP;

  public CommandLineDetector(Style style) {
    this(style, ':');
  }

  /**
   * A {@link Style#USER_COLON_PASSWORD} detector whose user and password are joined by {@code separator}
   * ({@code smbclient -U user%<password>}, {@code lftp -u user,<password>}).
   */
  public CommandLineDetector(Style style, char separator) {
    this(style, separator, "");
  }

  /**
   * A detector of {@code style} whose anchor must come right after {@code before}, itself at a word
   * start: 7-Zip's command, {@code 7z a -p<password> a.7z}, is anchored on {@code z a } after {@code 7}, as an
   * anchor must not start with a digit.
   */
  public CommandLineDetector(Style style, String before) {
    this(style, ':', before);
  }

  private CommandLineDetector(Style style, char separator, String before) {
    this.style = style;
    this.options = NO_OPTIONS;
    this.separator = separator;
    this.position = 0;
    this.tool = null;
    this.before = before;
    this.command = null;
    this.commandOptions = NO_OPTIONS;
    this.wordPrefixes = NO_OPTIONS;
    this.headerP = false;
  }

  /**
   * The password is the {@code position}th argument after the anchor (from 1), counting neither
   * options ({@code -x}, {@code /add}) nor a drive ({@code Z:}): {@code net user bob <password> /add}
   * is position 2 after {@code net user}.
   */
  public CommandLineDetector(int position) {
    this(position, null);
  }

  /**
   * As {@link #CommandLineDetector(int)}, for an anchor that is a subcommand of {@code tool} and counts
   * as a command only right after it: {@code rabbitmqctl add_user bob <password>}.
   */
  public CommandLineDetector(int position, @Nullable String tool) {
    this("", position, tool);
  }

  /**
   * As {@link #CommandLineDetector(int, String)}, for an anchor that must come right after {@code before}
   * (the tool then precedes {@code before}): {@code poetry config http-basic.foo bob <password>} on the anchor
   * {@code basic.} after {@code http-}, whose rest ({@code foo}) is the first argument.
   */
  public CommandLineDetector(String before, int position, @Nullable String tool) {
    this.style = Style.POSITIONAL;
    this.options = NO_OPTIONS;
    this.separator = ':';
    this.position = position;
    this.tool = tool;
    this.before = before;
    this.command = null;
    this.commandOptions = NO_OPTIONS;
    this.wordPrefixes = NO_OPTIONS;
    this.headerP = false;
  }

  /**
   * The value of any of {@code options} (whole words; any case, but a one-letter option in its own) on
   * the command the anchor starts or is part of: {@code <option> <value>} or {@code <option>=<value>},
   * or {@code <option><value>} for an option that ends with a colon ({@code /p:}). The anchor may be
   * the option itself ({@code -srcstorepass}, with any tool).
   */
  public CommandLineDetector(String... options) {
    this(options, null, NO_OPTIONS);
  }

  /**
   * As {@link #CommandLineDetector(String...)}, and when the anchor starts the word {@code command} (any
   * case) also {@code commandOptions}: {@code ldappasswd}'s {@code -s} (new password) and {@code -a} (old
   * one), which other {@code ldap} tools use for a search scope and alias dereferencing.
   */
  public CommandLineDetector(String[] options, @Nullable String command, String[] commandOptions) {
    this("", options, command, commandOptions);
  }

  /**
   * As {@link #CommandLineDetector(String...)} for an anchor that must come right after {@code before}
   * ({@code ssh-} then {@code keygen}: the anchor {@code keygen} shares its first letters with {@code key}).
   */
  public CommandLineDetector(String before, String[] options) {
    this(before, options, null, NO_OPTIONS);
  }

  private CommandLineDetector(String before, String[] options, @Nullable String command, String[] commandOptions) {
    this.style = Style.OPTION_VALUE;
    this.options = folded(options);
    this.separator = ':';
    this.position = 0;
    this.tool = null;
    this.before = before;
    this.command = command;
    this.commandOptions = folded(commandOptions);
    this.wordPrefixes = NO_OPTIONS;
    this.headerP = false;
  }

  /**
   * The first argument after the anchor's {@code subcommand} (a word of its own, any case) that is no
   * option: {@code openssl passwd -6 <password>}. Each of {@code valueOptions} takes the next word as its
   * value ({@code -salt <salt>}); any of {@code inputOptions} means the password is read elsewhere
   * ({@code -stdin}, {@code -in <file>}), and nothing is hidden. The argument must have 4 or more
   * characters, be no placeholder nor open a bracket, and end the command or have a secret's make-up
   * ({@link ValueShapes#looksSecret}), so that prose about the subcommand ({@code openssl passwd
   * computes a hash}) passes.
   */
  public static CommandLineDetector subcommandArgument(String subcommand, String[] valueOptions, String[] inputOptions) {
    return new CommandLineDetector(subcommand, valueOptions, inputOptions);
  }

  private CommandLineDetector(String subcommand, String[] valueOptions, String[] inputOptions) {
    this.style = Style.SUBCOMMAND_ARGUMENT;
    this.options = valueOptions.clone();
    this.separator = ':';
    this.position = 0;
    this.tool = null;
    this.before = "";
    this.command = subcommand;
    this.commandOptions = inputOptions.clone();
    this.wordPrefixes = NO_OPTIONS;
    this.headerP = false;
  }

  /**
   * A {@link Style#ATTACHED_P} detector for a tool whose word may start with one of {@code wordPrefixes}
   * before the anchor, and that reads {@code -hp<password>} as well when {@code headerP}: RAR's
   * {@code rar a -hp<password> a.rar}, {@code unrar x -p<password> a.rar} on the anchor {@code rar }.
   */
  public static CommandLineDetector attachedP(String[] wordPrefixes, boolean headerP) {
    return new CommandLineDetector(wordPrefixes, headerP);
  }

  private CommandLineDetector(String[] wordPrefixes, boolean headerP) {
    this.style = Style.ATTACHED_P;
    this.options = NO_OPTIONS;
    this.separator = ':';
    this.position = 0;
    this.tool = null;
    this.before = "";
    this.command = null;
    this.commandOptions = NO_OPTIONS;
    this.wordPrefixes = wordPrefixes.clone();
    this.headerP = headerP;
  }

  /**
   * The text of a JSON-escaped double-quoted value at {@code v} ({@code \"<v>\"}) of 4 or more characters and no
   * placeholder, or {@link #NO_MATCH}; reads at most to {@code limit}, never past a line break.
   */
  private static long escapedQuoted(CharSequence text, int v, int limit) {
    if (v + 2 >= limit || text.charAt(v) != '\\' || text.charAt(v + 1) != '"') {
      return NO_MATCH;
    }
    int start = v + 2;
    for (int j = start; j + 1 < limit && text.charAt(j) != '\n'; j++) {
      if (text.charAt(j) == '\\' && text.charAt(j + 1) == '"') {
        return j - start >= 4 && !ValueShapes.isPlaceholder(text, start, j, true) ? Detector.pack(start, j) : NO_MATCH;
      }
    }
    return NO_MATCH;
  }

  /** Whether a JSON-escaped line break or tab ({@code \\n}, {@code \\r}, {@code \\t}) ends before {@code word}. */
  private static boolean escapedBreak(CharSequence text, int word) {
    char c = text.charAt(word - 1);
    return word > 1 && text.charAt(word - 2) == '\\' && (c == 'n' || c == 'r' || c == 't');
  }

  /** Whether one of {@link #wordPrefixes} ends right before {@code word}, at a word start itself. */
  private boolean prefixedWord(CharSequence text, int word) {
    for (String prefix : wordPrefixes) {
      int at = word - prefix.length();
      if (at >= 0 && KeyNames.regionEqualsIgnoreCase(text, at, prefix) && (at == 0 || !KeyNames.isAlnum(text.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static String[] folded(String[] options) {
    String[] folded = new String[options.length];
    for (int k = 0; k < options.length; k++) {
      // Compared folded (the text side only); a one-letter option keeps its case.
      String option = options[k];
      folded[k] = option.length() == 2 ? option : option.toLowerCase(java.util.Locale.ROOT);
    }
    return folded;
  }

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    int limit = Math.min(n, anchorEnd + MAX_LINE);
    if (style == Style.STDIN) {
      return stdin(text, anchorStart, anchorEnd, limit);
    }
    int word = anchorStart - before.length();
    if (word < 0 || !KeyNames.regionEquals(text, word, before)
        || word > 0 && KeyNames.isAlnum(text.charAt(word - 1)) && !prefixedWord(text, word)
            && !escapedBreak(text, word)) {
      return NO_MATCH;
    }
    if (style == Style.SCP_REMOTE) {
      return scpRemote(text, anchorStart, anchorEnd, limit);
    }
    if (style == Style.ORACLE) {
      return oracle(text, anchorEnd, limit);
    }
    if (style == Style.USER_COLON_PASSWORD) {
      return userPassword(text, anchorStart, anchorEnd, limit);
    }
    if (style == Style.OPTION_VALUE) {
      return optionValue(text, anchorStart, anchorEnd, limit);
    }
    if (style == Style.POSITIONAL) {
      return positional(text, anchorStart, anchorEnd, limit);
    }
    if (style == Style.SUBCOMMAND_ARGUMENT) {
      return subcommandArgument(text, anchorEnd, limit);
    }
    // A bare "login" is any tool's subcommand (helm registry login, oras login, oc login): only after a word
    // and before a blank, and not a port (Failed login ... ssh -p 2222)
    boolean subcommandLogin = style == Style.SEPARATE_P && anchorEnd - anchorStart == 5
        && KeyNames.regionEqualsIgnoreCase(text, anchorStart, "login");
    if (subcommandLogin && !toolWordBefore(text, anchorStart, anchorEnd)) {
      return NO_MATCH;
    }
    int echoed = style == Style.SEPARATE_P ? echoedValueEnd(text, anchorStart) : -1;
    // An anchor ending with a blank (7-Zip's "z a ") may be followed by the option at once.
    int from = text.charAt(anchorEnd - 1) == ' ' ? anchorEnd - 1 : anchorEnd;
    for (int i = from; i + 3 < limit; i++) {
      char c = text.charAt(i);
      if (endOfCommand(text, i) || Detector.anchorAgain(text, i, anchorStart, anchorEnd)) {
        return NO_MATCH;
      }
      if (echoed > 0 && c == ' ' && KeyNames.regionEquals(text, i + 1, "--password-stdin")) {
        return echoedValue(text, echoed); // echo '<password>' | docker login -u bob --password-stdin
      }
      boolean hp = headerP && i + 4 < limit && (c == ' ' || c == '\t') && text.charAt(i + 1) == '-'
          && text.charAt(i + 2) == 'h' && text.charAt(i + 3) == 'p';
      if (!hp && (!ArgumentBreaks.startsAfter(text, i) || text.charAt(i + 1) != '-' || text.charAt(i + 2) != 'p')) {
        continue;
      }
      int v = hp ? i + 4 : i + 3;
      if (style == Style.SEPARATE_P) {
        if (text.charAt(v) == ',' && afterListSeparator(text, i + 1)) {
          v++; // [sshpass, -p, <v>, ssh, host]: items of a printed argument list
        }
        int next = ArgumentBreaks.next(text, v, limit);
        if (next > v) {
          v = next; // -p <v>, also split by NUL (/proc/<pid>/cmdline) or an audit record's fields (a1="-p" a2="<v>")
        } else if (!(v < limit && gluedValue(text, v, limit))) {
          continue; // getopt and pflag also read a value glued to -p (sshpass, cqlsh, docker login)
        }
      } else if (v < limit && text.charAt(v) == c && (c == '"' || c == '\'')) {
        continue; // '-p' alone in its quotes: mysql prompts for the password
      }
      int start = v < limit && (text.charAt(v) == '\'' || text.charAt(v) == '"') ? v + 1 : v;
      int end = valueEnd(text, v, limit);
      if (end > start && text.charAt(v) != '-' && !ValueShapes.isPlaceholder(text, start, end, true)
          && !(subcommandLogin && (end - start < 4 || allDigits(text, start, trimClosers(text, start, end))))) {
        return Detector.pack(start, end);
      }
    }
    return NO_MATCH;
  }

  /** Whether the anchor follows a word and a blank and a blank follows it: {@code registry login -u}. */
  private static boolean toolWordBefore(CharSequence text, int anchorStart, int anchorEnd) {
    return anchorStart > 1 && text.charAt(anchorStart - 1) == ' ' && KeyNames.isAlnum(text.charAt(anchorStart - 2))
        && anchorEnd < text.length() && text.charAt(anchorEnd) == ' ';
  }

  /** Where the value ends without the punctuation that closes its sentence or bracket: {@code 2222)}, {@code 22.}. */
  private static int trimClosers(CharSequence text, int start, int end) {
    while (end > start && (text.charAt(end - 1) == ')' || text.charAt(end - 1) == '.' || text.charAt(end - 1) == ',')) {
      end--;
    }
    return end;
  }

  private static boolean allDigits(CharSequence text, int start, int end) {
    for (int j = start; j < end; j++) {
      if (!KeyNames.isDigit(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a value glued to {@code -p} starts at {@code v}: four or more characters up to its end, not all
   * digits ({@code ssh -p2222} after {@code sshpass} is a port), not another option or a separator.
   */
  private static boolean gluedValue(CharSequence text, int v, int limit) {
    char first = text.charAt(v);
    if (first == '-' || first == '=' || first == ',' || first == '\t' || first == '\n' || first == '\r') {
      return false;
    }
    int end = valueEnd(text, v, limit);
    for (int j = v; j < end; j++) {
      if (!KeyNames.isDigit(text.charAt(j))) {
        return end - v >= 4;
      }
    }
    return false;
  }

  /**
   * Where the value ends that a pipe before the anchor at {@code anchorStart} feeds to it
   * ({@code echo '<v>' | docker login}), or -1 when no pipe comes right before the anchor.
   */
  private static int echoedValueEnd(CharSequence text, int anchorStart) {
    int j = anchorStart - 1;
    while (j >= 0 && text.charAt(j) == ' ') {
      j--;
    }
    if (j < 1 || text.charAt(j) != '|' || text.charAt(j - 1) == '|') {
      return -1;
    }
    j--;
    while (j >= 0 && text.charAt(j) == ' ') {
      j--;
    }
    return j + 1;
  }

  /**
   * The value that {@code echo} ({@code -n}) or {@code printf '%s'} writes, ending at {@code end}
   * before a pipe: quoted, or one word; no variable or placeholder. Reads back at most 256 characters of its line.
   */
  private static long echoedValue(CharSequence text, int end) {
    int limit = Math.max(0, end - 256);
    char last = end > 0 ? text.charAt(end - 1) : 0;
    int start;
    int before;
    if (last == '\'' || last == '"') {
      start = end - 1;
      while (start > limit && text.charAt(start - 1) != last && text.charAt(start - 1) != '\n') {
        start--;
      }
      if (start <= limit || text.charAt(start - 1) != last) {
        return NO_MATCH;
      }
      before = start - 1;
      end--;
    } else {
      start = end;
      while (start > limit && text.charAt(start - 1) > ' ') {
        start--;
      }
      before = start;
    }
    while (before > 0 && text.charAt(before - 1) == ' ') {
      before--;
    }
    boolean writer = endsWithWord(text, before, "echo") || endsWithWord(text, before, "echo -n")
        || endsWithWord(text, before, "echo -e")
        || endsWithWord(text, before, "printf '%s'") || endsWithWord(text, before, "printf \"%s\"")
        || endsWithWord(text, before, "printf %s");
    return writer && end > start && text.charAt(start) != '$' && !ValueShapes.isPlaceholder(text, start, end, true)
        ? Detector.pack(start, end) : NO_MATCH; // not echo "$REGISTRY_PASSWORD"
  }

  /** Whether {@code text} up to {@code end} ends with {@code word} as a word of its own. */
  private static boolean endsWithWord(CharSequence text, int end, String word) {
    int at = end - word.length();
    return at >= 0 && KeyNames.regionEquals(text, at, word) && (at == 0 || !KeyNames.isAlnum(text.charAt(at - 1)));
  }

  /**
   * curl -u user:password, curl --user user:password (and -U / --proxy-user, the proxy's): hides what follows the
   * first separator.
   */
  private long userPassword(CharSequence text, int anchorStart, int anchorEnd, int limit) {
    long cookies = NO_MATCH; // curl -b 'sid=v' (devtools' Copy as cURL), hidden when no -u password is
    // The anchor ("curl ") ends with the blank that precedes a first option: curl -u bob:SECRET.
    for (int i = Math.max(0, anchorEnd - 1); i + 4 < limit; i++) {
      char c = text.charAt(i);
      if (endOfCommand(text, i) || Detector.anchorAgain(text, i, anchorStart, anchorEnd)) {
        return cookies;
      }
      boolean blank = c == ' ' || c == '\t' || c == '\n';
      int v;
      if (blank && cookies == NO_MATCH && text.charAt(i + 1) == '-' && text.charAt(i + 2) == 'b'
          && text.charAt(i + 3) == ' ' && KeyNames.regionEqualsIgnoreCase(text, anchorStart, "curl")) {
        cookies = CookieHeaderDetector.optionValue(text, i + 4, limit);
        continue;
      }
      if (blank && text.charAt(i + 1) == '-' && (text.charAt(i + 2) | 0x20) == 'u' && text.charAt(i + 3) == ' ') {
        v = i + 4;
      } else if (blank && text.charAt(i + 1) == '-' && (text.charAt(i + 2) | 0x20) == 'u'
          && KeyNames.isAlnum(text.charAt(i + 3))) {
        v = i + 3; // getopt also reads a user glued to the option: curl -uadmin:<password>
      } else if (blank && (KeyNames.regionEqualsIgnoreCase(text, i + 1, "--user ")
          || KeyNames.regionEqualsIgnoreCase(text, i + 1, "--user="))) {
        v = i + 8; // etcdctl also takes --user=root:<password>
      } else if (blank && (KeyNames.regionEqualsIgnoreCase(text, i + 1, "--proxy-user ")
          || KeyNames.regionEqualsIgnoreCase(text, i + 1, "--proxy-user="))) {
        v = i + 14; // the long form of -U
      } else if (blank && listOption(text, i + 1, limit)) {
        v = text.charAt(i + 2) == '-' ? i + 9 : i + 5; // [curl, -u, bob:<password>, url]: a printed argument list
      } else {
        continue;
      }
      while (v < limit && text.charAt(v) == ' ') {
        v++;
      }
      int quote = v < limit && (text.charAt(v) == '\'' || text.charAt(v) == '"') ? 1 : 0;
      char quoteChar = quote == 1 ? text.charAt(v) : 0;
      int end = v + quote;
      int colon = -1;
      // In quotes the password runs to the closing quote, blanks included: curl -u 'bob:<two words>'.
      while (end < limit && text.charAt(end) != quoteChar && text.charAt(end) != '\n'
          && (quote == 1 || (text.charAt(end) > ' ' && text.charAt(end) != '\'' && text.charAt(end) != '"'
              && text.charAt(end) != '`'))) {
        if (text.charAt(end) == separator && colon < 0) {
          colon = end;
        }
        end++;
      }
      if (quote == 1 && colon < 0 && end + 1 < limit && text.charAt(end) == quoteChar
          && text.charAt(end + 1) == separator) {
        return passwordAfterQuotedUser(text, end + 2, limit); // curl -u "bob":"<password>": the shell joins them
      }
      if (colon > 0 && colon + 1 == end && end < limit && (text.charAt(end) == '\'' || text.charAt(end) == '"')) {
        long quoted = quotedValue(text, end, limit); // curl -u bob:'Tr0ub4dor&3': the shell quotes only the password
        if (quoted != NO_MATCH) {
          return quoted;
        }
      }
      if (quote == 0 && end - 1 > v && text.charAt(end - 1) == ',' && afterListSeparator(text, v)) {
        end--; // [curl, -u, bob:<password>, url]: the comma separates list items
      } else if (quote == 0) {
        end = listItemEnd(text, v, end); // the bracket of [curl, -u, bob:<password>] closes the list
      }
      if (colon > 0 && colon + 1 < end && !ValueShapes.isPlaceholder(text, colon + 1, end)) {
        return Detector.pack(colon + 1, end);
      }
      int user = v + quote;
      if (colon == end - 1 && ValueShapes.looksGenerated(text, user, colon)) {
        return Detector.pack(user, colon); // curl -u sk_test_...: an API key as the user, no password
      }
      return NO_MATCH;
    }
    return cookies;
  }

  /**
   * The first acceptable value of one of the options, from the anchor to the end of the command: not
   * another option ({@code -x}), not a placeholder, at least four characters with a letter or digit, and
   * not prose that names the option ({@code after -srckeypass or -destkeypass (keytool, ...)}: a word
   * in brackets or ending a list item).
   */
  private long optionValue(CharSequence text, int anchorStart, int anchorEnd, int limit) {
    // ldappasswd -H ldap://host -s ...: the command's own hit reads on past the anchor in its arguments
    // (those hits read only the common options), up to the next such command.
    boolean ownCommand = command != null && commandAt(text, anchorStart, command);
    String[] withCommandOptions = ownCommand ? concat(options, commandOptions) : options;
    // the anchor again starts with its first character: one read rules out most places before anchorAgain
    // looks back at an escape (this walk asks at every character up to the command's end)
    char anchorFirst = text.charAt(anchorStart);
    for (int i = anchorStart - 1; i + 2 < limit; i++) {
      if (i >= 0 && (endOfCommand(text, i) || text.charAt(i) == anchorFirst
          && Detector.anchorAgain(text, i, anchorStart, anchorEnd) && !(ownCommand && !commandAt(text, i, command)))) {
        return NO_MATCH;
      }
      if (i >= 0 && !ArgumentBreaks.startsAfter(text, i)) {
        continue;
      }
      for (String option : i >= anchorStart && ownCommand ? withCommandOptions : options) {
        int v = i + 1 + option.length();
        if (v >= limit || !optionAt(text, i + 1, option)) {
          continue;
        }
        char after = text.charAt(v);
        boolean joined = option.endsWith(":"); // the option's colon joins its value: xfreerdp /p:<value>
        int next = ArgumentBreaks.next(text, v, limit);
        if (after == '=' && !joined) {
          v++;
        } else if (next > v) {
          v = next; // also split by NUL (/proc/<pid>/cmdline) or an audit record's fields (a1="-a" a2="<v>")
        } else if (after == ',' && v + 2 < limit && text.charAt(v + 1) == ' ' && afterListSeparator(text, i + 1)) {
          v += 2; // [sshpass, -p, <v>, ssh, host]: the option and its value are items of a printed list
        } else if (option.equals("-w") && gluedValue(text, v, limit)) {
          // the OpenLDAP tools' getopt also reads a bind password glued to -w (ldapadd, ldapmodify)
        } else if (!joined) {
          continue; // -storepass:env NAME, --body-file: another option
        }
        if (v >= limit) {
          return NO_MATCH;
        }
        int start = text.charAt(v) == '\'' || text.charAt(v) == '"' ? v + 1 : v;
        int end = valueEnd(text, v, limit);
        if (text.charAt(v) == '"') {
          end = closingDoubleQuote(text, start, limit); // "S4YtsD3Mn\"baBWP5S": an escaped quote is the value's
        }
        if (start + 1 < limit && text.charAt(start) == '$' && text.charAt(start + 1) == '(') {
          return NO_MATCH; // -a $(cat /run/secrets/redis): a command that reads the password
        }
        if (option.equals("--value") && KeyNames.regionEqualsIgnoreCase(text, anchorStart, "ssm")
            && !ValueShapes.containsIgnoreCase(text, anchorStart, limit, "securestring")) {
          continue; // aws ssm put-parameter --type String: not a secret (az keyvault secret set's value always is)
        }
        long escaped = escapedQuoted(text, v, limit);
        if (escaped != NO_MATCH) {
          return escaped; // -p \"<v>\" inside a JSON string: a Sysmon or ECS command_line field
        }
        // A bare value ending in a comma is an item of a list; in quotes the comma is the value's own.
        if (end - start >= 4 && text.charAt(v) != '-' && text.charAt(v) != '(' && (start > v || text.charAt(end - 1) != ',')
            && alnum(text, start, end) && !ValueShapes.isPlaceholder(text, start, end, true)) {
          return Detector.pack(start, end);
        }
      }
    }
    return NO_MATCH;
  }

  /**
   * The {@link #position}th argument from the anchor's end, if it is a value and no placeholder, and
   * the words look like a command rather than prose ({@code the net use of funds is}): the anchor
   * follows its {@link #tool}, the first argument is a share ({@code \\host\share}) or an option
   * ({@code /add}, {@code -x}) follows the value.
   */
  private long positional(CharSequence text, int anchorStart, int anchorEnd, int limit) {
    int i = anchorEnd;
    if (netImage(text, anchorStart, anchorEnd)) {
      i = net1Subcommand(text, anchorEnd, limit); // net1  user bob <v>: the words count from the subcommand
      if (i < 0) {
        return NO_MATCH;
      }
    }
    int seen = 0;
    boolean command = tool != null && toolBeforeOptions(text, anchorStart - before.length(), tool);
    long value = NO_MATCH;
    // A few words at most: the value and the option after it come early, and floods stay cheap.
    for (int words = 0; words < MAX_WORDS && i < limit; words++) {
      while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i >= limit || endOfCommand(text, i) || Detector.anchorAgain(text, i, anchorStart, anchorEnd)) {
        return command || value != NO_MATCH && lastWordSecret(text, value) ? value : NO_MATCH;
      }
      int end = valueEnd(text, i, limit);
      if (end == i) {
        // a closing quote (Invoke-Expression "net user bob <v>"), or a lone quote or backtick: no argument list
        return value != NO_MATCH && text.charAt(i) == '"' && lastWordSecret(text, value) ? value : NO_MATCH;
      }
      char first = text.charAt(i);
      boolean option = first == '-' || first == '/';
      if (value != NO_MATCH) {
        boolean closingTag = first == '<' && i + 1 < end && text.charAt(i + 1) == '/';
        return option || command || closingTag && lastWordSecret(text, value) ? value : NO_MATCH;
      }
      boolean drive = seen == 0 && end == i + 2 && KeyNames.isAlnum(first) && text.charAt(i + 1) == ':';
      if (!option && !drive && ++seen == position) {
        int start = first == '\'' || first == '"' ? i + 1 : i;
        for (int j = start + 1; j + 1 < end; j++) {
          if (text.charAt(j) == '<' && text.charAt(j + 1) == '/') {
            end = j; // <Data Name="CommandLine">net user bob <v></Data>: an event's XML
          }
        }
        if (end - start < 4 || ValueShapes.isPlaceholder(text, start, end, true)
            || !before.isEmpty() && ValueShapes.identifierNamingSecret(text, start, end)) {
          return NO_MATCH; // the last: a key's documented template, http-basic.<repository> username password
        }
        value = Detector.pack(start, end);
      } else if (!option && !drive && seen == 1) {
        command |= first == '\\' && i + 1 < limit && text.charAt(i + 1) == '\\'; // a share
      }
      i = end < limit && (text.charAt(end) == '\'' || text.charAt(end) == '"') ? end + 1 : end;
    }
    return command || value != NO_MATCH && i >= text.length() && lastWordSecret(text, value) ? value : NO_MATCH;
  }

  /** Whether the anchor is one of {@link #NET_IMAGES}. */
  private static boolean netImage(CharSequence text, int anchorStart, int anchorEnd) {
    for (String image : NET_IMAGES) {
      if (anchorEnd - anchorStart == image.length() && KeyNames.regionEqualsIgnoreCase(text, anchorStart, image)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index after {@code use} or {@code user} and one blank, a quote that closes the image's path and the
   * blanks before them skipped, or -1 when the word after {@code net1} or {@code net.exe} is another subcommand.
   */
  private static int net1Subcommand(CharSequence text, int i, int limit) {
    if (i < limit && text.charAt(i) == '"') {
      i++; // "C:\Windows\System32\net.exe" user bob <v>
    }
    while (i < limit && text.charAt(i) == ' ') {
      i++;
    }
    for (String sub : NET1_SUBCOMMANDS) {
      if (i + sub.length() <= limit && KeyNames.regionEqualsIgnoreCase(text, i, sub)) {
        return i + sub.length();
      }
    }
    return -1;
  }

  /**
   * Whether a positional value that ends the command ({@code net user Administrator <v>} resets a password)
   * has a secret's make-up, so that prose ending in a word at the password's place ({@code net user bob
   * changed}) passes. A tool's subcommand ({@code rabbitmqctl add_user}) counts only after its tool, as before.
   */
  private boolean lastWordSecret(CharSequence text, long value) {
    return tool == null && ValueShapes.looksSecret(text, Detector.start(value), Detector.end(value), Integer.MAX_VALUE);
  }

  /** {@link Style#SUBCOMMAND_ARGUMENT}: reads at most {@link #MAX_WORDS} words after the subcommand. */
  private long subcommandArgument(CharSequence text, int anchorEnd, int limit) {
    int i = anchorEnd;
    while (i < limit && text.charAt(i) == ' ') {
      i++;
    }
    if (command == null || !commandAt(text, i, command)) {
      return NO_MATCH;
    }
    i += command.length();
    for (int words = 0; words < MAX_WORDS && i < limit; words++) {
      while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i >= limit || endOfCommand(text, i)) {
        return NO_MATCH;
      }
      int end = valueEnd(text, i, limit);
      if (end == i) {
        return NO_MATCH;
      }
      char first = text.charAt(i);
      if (first == '-') {
        if (wordIn(text, i, end, commandOptions)) {
          return NO_MATCH; // -stdin, -in file: the password is not on the line
        }
        if (wordIn(text, i, end, options)) {
          i = end;
          while (i < limit && text.charAt(i) == ' ') {
            i++;
          }
          end = valueEnd(text, i, limit); // -salt <salt>: the option's own value
          if (end == i) {
            return NO_MATCH;
          }
        }
        i = end < limit && (text.charAt(end) == '\'' || text.charAt(end) == '"') ? end + 1 : end;
        continue;
      }
      boolean quoted = first == '\'' || first == '"';
      int start = quoted ? i + 1 : i;
      if (end - start < 4 || ValueShapes.isPlaceholder(text, start, end, true)
          || !quoted && "([{<".indexOf(first) >= 0) {
        return NO_MATCH; // openssl passwd (not with -stdin): prose in brackets
      }
      int after = quoted && end < limit ? end + 1 : end;
      while (after < limit && text.charAt(after) == ' ') {
        after++;
      }
      boolean last = after >= text.length() || endOfCommand(text, after) || text.charAt(after) == '>';
      return last || ValueShapes.looksSecret(text, start, end, 12) ? Detector.pack(start, end) : NO_MATCH;
    }
    return NO_MATCH;
  }

  /** Whether {@code text[start, end)} is one of {@code words}, in their case. */
  private static boolean wordIn(CharSequence text, int start, int end, String[] words) {
    for (String w : words) {
      if (w.length() == end - start && KeyNames.regionEquals(text, start, w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word {@code command} (any case) starts at {@code at}, followed by a blank. */
  private static boolean commandAt(CharSequence text, int at, String command) {
    int end = at + command.length();
    return KeyNames.regionEqualsIgnoreCase(text, at, command) && end < text.length() && text.charAt(end) == ' ';
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /**
   * {@link Style#STDIN}: the anchor {@code passwd} ends the word {@code chpasswd}, {@code vncpasswd} or
   * {@code smbpasswd} with {@code -s}, or is {@code passwd} with {@code --stdin}; the value is what
   * {@code echo} or {@code printf} writes into the pipe before the tool ({@code sudo} may come between)
   * or the here-string after it. The anchor {@code sudo -S} (or {@code sudo --stdin}) takes the piped
   * value as sudo's own password. Of
   * {@code chpasswd}'s {@code user:password} only what follows the first colon is hidden.
   */
  private static long stdin(CharSequence text, int anchorStart, int anchorEnd, int limit) {
    if (text.charAt(anchorStart) == 's') { // sudo -S or sudo --stdin: its own password, from the pipe
      if (anchorStart > 0 && KeyNames.isAlnum(text.charAt(anchorStart - 1))
          || anchorEnd < text.length() && text.charAt(anchorEnd) != ' ') {
        return NO_MATCH;
      }
      int pipe = echoedValueEnd(text, anchorStart);
      return pipe > 0 ? echoedValue(text, pipe) : NO_MATCH;
    }
    int toolStart = anchorStart;
    boolean userPairs = anchorStart >= 2 && KeyNames.regionEqualsIgnoreCase(text, anchorStart - 2, "ch");
    boolean vnc = !userPairs && anchorStart >= 3 && KeyNames.regionEqualsIgnoreCase(text, anchorStart - 3, "vnc");
    boolean smb = !userPairs && anchorStart >= 3 && KeyNames.regionEqualsIgnoreCase(text, anchorStart - 3, "smb");
    toolStart -= userPairs ? 2 : vnc || smb ? 3 : 0;
    if (toolStart > 0 && KeyNames.isAlnum(text.charAt(toolStart - 1))
        || anchorEnd < text.length() && text.charAt(anchorEnd) != ' ' && text.charAt(anchorEnd) != '\n') {
      return NO_MATCH; // /etc/passwd, passwd.txt, yppasswd: not one of these tools
    }
    while (toolStart > 0 && text.charAt(toolStart - 1) == '/') {
      toolStart--; // /usr/sbin/chpasswd
      while (toolStart > 0 && (KeyNames.isAlnum(text.charAt(toolStart - 1)) || text.charAt(toolStart - 1) == '.')) {
        toolStart--;
      }
    }
    boolean stdinOption = false;
    int hereString = -1;
    // Up to the anchor again at most, inside a word too (chpasswd): each passwd is a hit of its own,
    // so a flood of them stays linear.
    for (int i = anchorEnd; i + 2 < limit && !endOfCommand(text, i) && !Detector.sameAnchorAt(text, i, anchorStart,
        anchorEnd); i++) {
      if (text.charAt(i) == ' ' && KeyNames.regionEquals(text, i + 1, "--stdin")) {
        stdinOption = true;
      } else if (smb && text.charAt(i) == ' ' && KeyNames.regionEquals(text, i + 1, "-s")
          && (i + 3 == limit || text.charAt(i + 3) == ' ' || text.charAt(i + 3) == '\n')) {
        stdinOption = true; // smbpasswd -s: the new password, twice, from standard input
      } else if (text.charAt(i) == '<' && text.charAt(i + 1) == '<' && text.charAt(i + 2) == '<') {
        hereString = i + 3;
        break;
      }
    }
    if (!userPairs && !vnc && !stdinOption) {
      return NO_MATCH; // passwd bob: it asks on the terminal
    }
    long value = NO_MATCH;
    if (hereString > 0) {
      int v = hereString;
      while (v < limit && text.charAt(v) == ' ') {
        v++;
      }
      int end = valueEnd(text, v, limit);
      int start = v < limit && (text.charAt(v) == '\'' || text.charAt(v) == '"') ? v + 1 : v;
      value = end > start && text.charAt(start) != '$' && !ValueShapes.isPlaceholder(text, start, end, true)
          ? Detector.pack(start, end) : NO_MATCH;
    } else {
      int pipe = echoedValueEnd(text, toolStart);
      if (pipe < 0 && toolStart >= 5 && KeyNames.regionEquals(text, toolStart - 5, "sudo ")) {
        pipe = echoedValueEnd(text, toolStart - 5); // echo 'bob:...' | sudo chpasswd
      }
      value = pipe > 0 ? echoedValue(text, pipe) : NO_MATCH;
    }
    if (value == NO_MATCH || !userPairs) {
      return value;
    }
    int start = Detector.start(value);
    int end = Detector.end(value);
    int colon = start;
    while (colon < end && text.charAt(colon) != ':') {
      colon++;
    }
    return colon + 1 < end && !ValueShapes.isPlaceholder(text, colon + 1, end, true) && text.charAt(colon + 1) != '$'
        ? Detector.pack(colon + 1, end) : NO_MATCH;
  }

  /**
   * {@link Style#SCP_REMOTE}: the first argument of the command that is a Git remote in scp form with
   * a password, {@code user:<password>@host:path} or {@code user:<password>@host/path} (no scheme: a URL
   * is {@code url-credentials}'). The user is a plain name and the password holds no blank, {@code @}
   * or {@code /}.
   */
  private static long scpRemote(CharSequence text, int anchorStart, int anchorEnd, int limit) {
    int i = anchorEnd;
    if (KeyNames.regionEqualsIgnoreCase(text, anchorEnd - 6, "remote") && !(KeyNames.regionEquals(text, anchorEnd, " add ")
        || KeyNames.regionEquals(text, anchorEnd, " set-url "))) {
      return NO_MATCH; // git remote rename, remove, -v: no remote's address follows
    }
    for (int words = 0; words < MAX_WORDS && i < limit; words++) {
      while (i < limit && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= limit || endOfCommand(text, i) || Detector.anchorAgain(text, i, anchorStart, anchorEnd)) {
        return NO_MATCH;
      }
      int start = i;
      int colon = -1;
      int at = -1;
      while (i < limit && text.charAt(i) > ' ' && text.charAt(i) != '\'' && text.charAt(i) != '"') {
        char c = text.charAt(i);
        if (c == ':' && colon < 0 && at < 0) {
          colon = i;
        } else if (c == '@' && colon > 0 && at < 0) {
          at = i;
        } else if (c == '/' && at < 0) {
          colon = -1; // a path or a scheme (://) before any @: not user:password@host
        }
        i++;
      }
      if (text.charAt(start) != '-' && colon > start && at > colon + 1 && at + 1 < i
          && plainName(text, start, colon) && KeyNames.isAlnum(text.charAt(at + 1))
          && !ValueShapes.isPlaceholder(text, colon + 1, at, true) && text.charAt(colon + 1) != '$') {
        return Detector.pack(colon + 1, at);
      }
    }
    return NO_MATCH;
  }

  /** Whether {@code text[start, end)} is a user name: letters, digits, {@code . _ -}. */
  private static boolean plainName(CharSequence text, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (!KeyNames.isAlnum(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code tool} comes before {@code word} as {@link #toolBefore} has it, or with up to two options
   * between ({@code composer config --global --auth http-basic.…}); reads at most 150 characters back.
   */
  private static boolean toolBeforeOptions(CharSequence text, int word, String tool) {
    int at = word;
    for (int options = 0; options <= 2; options++) {
      if (toolBefore(text, at, tool)) {
        return true;
      }
      int j = at;
      while (j > 0 && at - j < 16 && text.charAt(j - 1) == ' ') {
        j--;
      }
      int start = j;
      while (start > 0 && j - start < 32 && text.charAt(start - 1) > ' ') {
        start--;
      }
      if (start == j || j == at || text.charAt(start) != '-') {
        return false;
      }
      at = start;
    }
    return false;
  }

  /** Whether {@code tool} (any case, as a word) comes right before {@code anchorStart}, blanks between. */
  private static boolean toolBefore(CharSequence text, int anchorStart, String tool) {
    int j = anchorStart;
    while (j > 0 && anchorStart - j < 16 && text.charAt(j - 1) == ' ') {
      j--;
    }
    int at = j - tool.length();
    return j < anchorStart && at >= 0 && KeyNames.regionEqualsIgnoreCase(text, at, tool)
        && (at == 0 || !KeyNames.isAlnum(text.charAt(at - 1)));
  }

  /**
   * Whether {@code option} starts at {@code i}: a one-letter option ({@code -P}) in its exact case, as
   * tools tell {@code -p} from {@code -P} and {@code -w} from {@code -W}; a longer one in any case.
   */
  private static boolean optionAt(CharSequence text, int i, String option) {
    if (option.length() == 2 && option.charAt(0) == '-') {
      return text.charAt(i) == '-' && text.charAt(i + 1) == option.charAt(1);
    }
    return KeyNames.regionEqualsIgnoreCase(text, i, option);
  }

  /**
   * The password at {@code p}, after a quoted user and the separator: quoted itself, or a word up to a
   * blank; not a variable ({@code "$USER":"$PASS"}).
   */
  private static long passwordAfterQuotedUser(CharSequence text, int p, int limit) {
    boolean quoted = p < limit && (text.charAt(p) == '\'' || text.charAt(p) == '"');
    if (p + 1 >= limit || text.charAt(quoted ? p + 1 : p) == '$') {
      return NO_MATCH;
    }
    if (quoted) {
      return quotedValue(text, p, limit);
    }
    int end = p;
    while (end < limit && text.charAt(end) > ' ' && text.charAt(end) != '\'' && text.charAt(end) != '"'
        && text.charAt(end) != '`') {
      end++;
    }
    return end > p && !ValueShapes.isPlaceholder(text, p, end) ? Detector.pack(p, end) : NO_MATCH;
  }

  private static long quotedValue(CharSequence text, int open, int limit) {
    char quote = text.charAt(open);
    int close = open + 1;
    while (close < limit && text.charAt(close) != quote && text.charAt(close) != '\n') {
      close++;
    }
    if (close < limit && text.charAt(close) == quote && close > open + 1
        && !ValueShapes.isPlaceholder(text, open + 1, close, true)) {
      return Detector.pack(open + 1, close);
    }
    return NO_MATCH;
  }

  /** The closing {@code "} of a value from {@code start}, past backslash-escaped ones; the line's end if none. */
  private static int closingDoubleQuote(CharSequence text, int start, int limit) {
    for (int j = start; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '"' || c == '\n' || c == '\r') {
        return j;
      }
    }
    return limit;
  }

  private static boolean alnum(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (KeyNames.isAlnum(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A pipe, a semicolon or {@code &&} ends the command, as does a line break unless escaped with a backslash. */
  private static boolean endOfCommand(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c == '|' || c == ';') {
      return true;
    }
    if (c == '&' && i > 0 && text.charAt(i - 1) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == '&') {
      return true; // cmd && next: a lone & is a URL's (a=1&b=2)
    }
    if (c == '\r' || c == '\n') {
      int j = i - 1;
      if (c == '\n' && j >= 0 && text.charAt(j) == '\r') {
        j--;
      }
      return !(j >= 0 && text.charAt(j) == '\\') && !(c == '\n' && i > 0 && text.charAt(i - 1) == '\\');
    }
    return false;
  }

  /** The longest Oracle user name read before its {@code /}, quotes included; and the longest option skipped. */
  private static final int MAX_ORACLE_USER = 130;

  private static long oracle(CharSequence text, int i, int limit) {
    // Skip blanks and option flags (sqlplus -s -L), then user/password followed by @, a blank or the end.
    while (i < limit) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '-' && i + 1 < limit && KeyNames.isAlnum(text.charAt(i + 1))) {
        int optionLimit = Math.min(limit, i + MAX_ORACLE_USER); // a flood of expdp- is no option: read each once
        while (i < optionLimit && text.charAt(i) > ' ') {
          i++;
        }
        if (i == optionLimit && i < limit) {
          return NO_MATCH;
        }
      } else {
        break;
      }
    }
    if (i + 1 < limit && text.charAt(i) == '\'' && KeyNames.isAlnum(text.charAt(i + 1))) {
      i++; // sqlplus 'scott/"<password>"@//db/ORCL': the shell's quotes around the whole connect string
    }
    int user = i;
    // An Oracle user name has at most 128 characters (quoted, 130): a flood of sqlplus"a" reads each once
    int userLimit = Math.min(limit, user + MAX_ORACLE_USER);
    while (i < userLimit && (KeyNames.isAlnum(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '$'
        || text.charAt(i) == '#' || text.charAt(i) == '"')) {
      i++;
    }
    if (i == user || i >= userLimit || text.charAt(i) != '/') {
      return NO_MATCH;
    }
    int start = i + 1;
    int end = start;
    char quote = start < limit ? text.charAt(start) : 0;
    if (quote == '\'' || quote == '"') {
      return quotedValue(text, start, limit); // scott/'two words'@orcl: the shell's quotes around the password
    }
    while (end < limit && text.charAt(end) > ' ' && text.charAt(end) != '@' && text.charAt(end) != '\''
        && text.charAt(end) != ';') {
      end++;
    }
    if (end == start || (end < text.length() && text.charAt(end) != '@' && text.charAt(end) > ' '
        && text.charAt(end) != '\'')) {
      return NO_MATCH;
    }
    if (text.charAt(start) == '/' || ValueShapes.isPlaceholder(text, start, end, true)) {
      return NO_MATCH;
    }
    return Detector.pack(start, end);
  }

  /**
   * Whether a shell word goes on after a quote inside it with {@code c}: a letter, a digit or a symbol
   * passwords hold; not a blank or the delimiters that follow a string's closing quote ({@code ) , ; ] }} ...).
   */
  private static boolean wordGoesOnAfterQuote(char c) {
    return KeyNames.isAlnum(c) || c > ' ' && c < 128 && "!#$%&*+-./=?@^_~".indexOf(c) >= 0;
  }

  /** Whether an English contraction's end follows an apostrophe at {@code i}: {@code 's}, {@code 't}, {@code 'll}... */
  private static boolean contractionAt(CharSequence text, int i) {
    int n = text.length();
    int end = i;
    while (end < n && end < i + 3 && KeyNames.isLower(text.charAt(end))) {
      end++;
    }
    if (end == i || end < n && KeyNames.isAlnum(text.charAt(end))) {
      return false;
    }
    return end - i == 1 ? "stdm".indexOf(text.charAt(i)) >= 0
        : KeyNames.regionEquals(text, i, "ll") || KeyNames.regionEquals(text, i, "re")
            || KeyNames.regionEquals(text, i, "ve");
  }

  private static int valueEnd(CharSequence text, int i, int limit) {
    int start = i;
    char quote = i < limit ? text.charAt(i) : 0;
    if (quote == '\'' || quote == '"') {
      i++;
      while (i < limit && text.charAt(i) != quote && text.charAt(i) != '\n') {
        i++;
      }
      return i > start + 1 ? i : start;
    }
    // A backtick would start a command in the shell; in Markdown it closes the example: `-a <password>`.
    while (i < limit && text.charAt(i) > ' ' && text.charAt(i) != '`') {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        if (i == start || i + 1 >= limit || !wordGoesOnAfterQuote(text.charAt(i + 1)) || text.charAt(i - 1) == '\\'
            || c == '\'' && contractionAt(text, i + 1)) {
          // the quote closes the string the command was written in: exec("mysql -p<v>"), {"cmd":"... -p<v>"}, or
          // is one escaped in it (\"), which only a string's reader turns into a quote
          break;
        }
        // a quote inside a shell word goes on with the word: -p<v1>"<v 2>" is one argument, to its closing
        // quote on the line; without one, an argument shown as it was passed (an audit record) holds a double
        // quote (a lone apostrophe is prose's more often)
        int close = i + 1;
        while (close < limit && text.charAt(close) != c && text.charAt(close) != '\n') {
          close++;
        }
        boolean closed = close < limit && text.charAt(close) == c;
        if (!closed && c == '\'') {
          break;
        }
        i = closed ? close + 1 : i + 1;
        continue;
      }
      i++;
    }
    if (i - 1 > start && text.charAt(i - 1) == ',' && afterListSeparator(text, start)) {
      i--; // [mysql, -uroot, -p<v>, -h, db]: a printed argument list, whose comma separates
    }
    return listItemEnd(text, start, i);
  }

  /**
   * Where an unquoted value {@code text[start, end)} ends when it is the last item of a printed argument
   * list, as in {@code [mysql, -u, root, -p<v>] }: before the bracket that closes the list, which a {@code [}
   * earlier on the line opened and items separated by commas fill. Reads back at most {@value #MAX_LINE}
   * characters, only when the value ends with {@code ]}.
   */
  private static int listItemEnd(CharSequence text, int start, int end) {
    if (end - 1 <= start || text.charAt(end - 1) != ']' || !afterListSeparator(text, start)) {
      return end;
    }
    int limit = Math.max(0, start - MAX_LINE);
    for (int j = start - 1; j >= limit && text.charAt(j) != '\n' && text.charAt(j) != ']'; j--) {
      if (text.charAt(j) == '[') {
        return end - 1;
      }
    }
    return end;
  }

  /**
   * Whether {@code -u, } or {@code --user, } starts at {@code i} as an item of a printed argument list
   * (the token before it ends in a comma).
   */
  private static boolean listOption(CharSequence text, int i, int limit) {
    int end = KeyNames.regionEqualsIgnoreCase(text, i, "--user") ? i + 6
        : text.charAt(i) == '-' && (text.charAt(i + 1) | 0x20) == 'u' ? i + 2 : -1;
    return end > 0 && end + 2 < limit && text.charAt(end) == ',' && text.charAt(end + 1) == ' '
        && afterListSeparator(text, i);
  }

  /** Whether the token before the one that holds {@code start} ends in a comma, as list items do. */
  private static boolean afterListSeparator(CharSequence text, int start) {
    int j = start;
    while (j > 0 && text.charAt(j - 1) > ' ') {
      j--;
    }
    return j >= 2 && text.charAt(j - 1) == ' ' && text.charAt(j - 2) == ',';
  }

  @Override
  public int window() {
    return MAX_LINE + 8;
  }
}
