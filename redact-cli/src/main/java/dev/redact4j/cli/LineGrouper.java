package dev.redact4j.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Feeds lines to a {@link LineHandler}, grouping the lines that hold one secret between them so that
 * the engine sees them together: the lines of a PEM private key block (or an OpenVPN key's), a JAAS
 * login module entry up to the {@code ;} that ends its options ({@link #opensJaasEntry}), a YAML name/value entry
 * whose name and value fields are on consecutive lines (a Kubernetes environment list:
 * {@code - name: DB_PASSWORD} then {@code   value: ...}; the same fields in pretty-printed JSON, Spring Boot's
 * binding failure report ({@code Property: ...} then {@code Value: ...}), {@code jfr print}'s event fields
 * ({@code key = "..."} then {@code value = "..."}), and a
 * JSON key opening an object before its {@code "value"} field, and a PHP {@code var_dump} key before its
 * {@code string(N) "..."} line), also when both lines start with a prefix of
 * the same shape, such as the timestamp a CI runner writes before every line, and a line announcing
 * a password with the line that holds it ({@link #announces}), a SQL statement creating a user with its
 * indented lines ({@link #opensUserStatement}), the container log records that make one line
 * ({@link PartialRecords}, to {@link LineHandler#partials}), and the {@code data:} block of a
 * Kubernetes Secret ({@link SecretManifests}); a small pretty-printed JSON object or list ({@link #opensJson})
 * and a shell command continued with {@code \} ({@link #continuesCommand}) go to
 * {@link LineHandler#related}. This is framing, not detection: the engine still decides
 * what is a secret, but for a Secret's values, which are secrets by where they are (the handler hides
 * each one). Only the fail-closed case is decided here: a
 * block with no END line within {@link #MAX_BLOCK_LINES} lines (or {@link #MAX_BLOCK_CHARS}
 * characters), or before the input ends, is handed over as unterminated so the handler hides it, and
 * grouping starts afresh after it. Memory stays bounded by those two limits.
 */
final class LineGrouper {
  /** A 16384-bit RSA key in PEM is about 200 lines of 64 characters; keys are far shorter. */
  static final int MAX_BLOCK_LINES = 256;
  static final int MAX_BLOCK_CHARS = 64 * 1024;

  private LineGrouper() {}

  static void run(SegmentingLineReader reader, LineHandler handler) throws IOException {
    List<Line> block = new ArrayList<>();
    int blockChars = 0;
    Line name = null; // a YAML name field's line, held back to see whether its value field follows
    int nameLead = 0;
    boolean nameDump = false; // the name line is a PHP var_dump key, whose value is a string(N) line
    Line between = null; // another field of the name's entry, after the name line and before its value
    // a line announcing a password, and the blank lines after it, held back for the value line
    List<Line> announced = new ArrayList<>();
    // a YAML key whose value is on the lines after it (a block scalar or list), with those lines
    List<Line> yaml = new ArrayList<>();
    int yamlIndent = 0;
    int yamlLead = 0; // the length of the key line's prefix (a timestamp), which each value line repeats in shape
    boolean yamlList = false;
    int yamlChars = 0;
    Line option = null; // an argument list's option alone on its line, held back for its value on the next
    // a SQL statement creating or altering a user, with its indented lines up to the ; that ends it
    List<Line> sql = new ArrayList<>();
    int sqlChars = 0;
    // a JAAS login module entry, from the line with its control flag to the ; that ends its options
    List<Line> jaas = new ArrayList<>();
    int jaasChars = 0;
    // a PuTTY key's Private-Lines: N header, its N private lines and the Private-MAC line after them
    List<Line> ppk = new ArrayList<>();
    int ppkLeft = 0;
    // a data: or stringData: block, held until its end shows whether it belongs to a Kubernetes Secret
    List<Line> data = new ArrayList<>();
    int dataColumn = -1;
    int dataChars = 0;
    boolean dataJson = false; // the block opened with "data": { and ends at its closing brace
    boolean dataClosed = false;
    int secretKind = -1; // the key column of the last kind: Secret of the current object
    boolean[] isSecret = new boolean[1];
    // a held data: block that was no Secret's, fed through again to be framed as any other lines
    ArrayDeque<Line> replay = new ArrayDeque<>();
    int framedAsBefore = 0;
    // a small pretty-printed JSON object or list, from the line opening it to the line closing it
    List<Line> json = new ArrayList<>();
    int[] jsonOpen = new int[MAX_JSON_LINES]; // the indent of each bracket still open in it
    int jsonDepth = 0;
    int jsonChars = 0;
    int jsonReplayed = 0; // how many of its first lines are a data: block's, fed through again
    int reframed = 0; // held JSON lines put back in front of replay: their kind was looked at already
    Line notOpening = null; // the first of those, which must not open a JSON object again
    // a small pretty-printed XML element, from the line holding only its start tag to its end tag
    List<Line> xml = new ArrayList<>();
    int xmlDepth = 0; // elements still open in it
    int xmlChars = 0;
    int xmlReplayed = 0; // as jsonReplayed
    // a shell command continued with " \" at its lines' ends, up to its line that does not end so
    List<Line> continued = new ArrayList<>();
    int continuedChars = 0;
    // an INSERT ending in VALUES (?, ?) with the bind lines after it, up to one a placeholder
    List<Line> binds = new ArrayList<>();
    int bindsLeft = 0;
    int bindsChars = 0;
    char bindForm = 0;
    // a Netty hex dump's rows, from the one starting |00000000|; past the bound, each further row is hidden
    List<Line> dump = new ArrayList<>();
    boolean dumpTooLong = false;
    // container log records of one stream holding parts of a line, up to the record that ends it
    List<Line> partial = new ArrayList<>();
    int partialChars = 0;
    while (true) {
      Line line = replay.isEmpty() ? reader.next() : replay.poll();
      if (line == null) {
        if (!json.isEmpty()) { // an object still open at the end of input: framed again line by line
          notOpening = json.get(0);
          reframed = json.size();
          framedAsBefore = jsonReplayed;
          replay.addAll(json);
          json.clear();
          jsonDepth = 0;
          continue;
        }
        if (!xml.isEmpty()) { // the same for an element
          notOpening = xml.get(0);
          reframed = xml.size();
          framedAsBefore = xmlReplayed;
          replay.addAll(xml);
          xml.clear();
          xmlDepth = 0;
          continue;
        }
        if (data.isEmpty()) {
          break;
        }
        if (secretKind >= 0 && secretKind == dataColumn) {
          handler.secretEntries(new ArrayList<>(data));
          data.clear();
          break;
        }
        framedAsBefore = data.size();
        replay.addAll(data);
        data.clear();
        continue;
      }
      boolean replayed = framedAsBefore > 0;
      if (replayed) {
        framedAsBefore--;
      }
      boolean reread = reframed > 0;
      if (reread) {
        reframed--;
      }
      boolean barred = line == notOpening;
      if (line.column == 0 && !replayed && !reread) {
        int kind = SecretManifests.kindColumn(line.text, isSecret);
        int item = SecretManifests.itemColumn(line.text);
        if (kind >= 0) {
          secretKind = isSecret[0] ? kind : -1;
        } else if (item >= 0 && item < secretKind || LineGrouper.startsWith(line.text, 0, "---", 3)) {
          secretKind = -1; // the next object of a list, or the next document
        }
      }
      if (block.isEmpty() && !partial.isEmpty()) {
        Line record = PartialRecords.record(line, false);
        if (record != null && PartialRecords.sameStream(partial.get(0), record)
            && partial.size() < PartialRecords.MAX_RECORDS
            && partialChars + line.text.length() <= PartialRecords.MAX_CHARS) {
          partial.add(record);
          partialChars += line.text.length();
          if (!record.joinsNext) {
            handler.partials(new ArrayList<>(partial));
            partial.clear();
          }
          continue;
        }
        // cut short (another stream's record between, past the bound, the end of input): read as far as it came
        handler.partials(new ArrayList<>(partial));
        partial.clear();
      }
      if (block.isEmpty() && !data.isEmpty()) {
        boolean whole = !line.terminator.isEmpty() || line.lastOfInput;
        int indent = SecretManifests.indent(line.text);
        if (whole && !dataClosed && data.size() < MAX_YAML_LINES && dataChars + line.text.length() <= MAX_YAML_CHARS
            && (indent > dataColumn && indent < line.text.length() || dataJson && SecretManifests.closesJson(line.text,
                dataColumn))) {
          data.add(line.copy());
          dataChars += line.text.length();
          dataClosed = indent == dataColumn; // JSON: the closing brace ends it
          continue;
        }
        if (secretKind == dataColumn) { // kind: Secret before the block, or right after it as kubectl prints it
          handler.secretEntries(new ArrayList<>(data));
          data.clear();
        } else {
          framedAsBefore = data.size();
          replay.addAll(data);
          replay.add(line.copy());
          data.clear();
          continue;
        }
      }
      if (block.isEmpty() && option != null) {
        Line held = option;
        option = null;
        if ((!line.terminator.isEmpty() || line.lastOfInput) && valueElementAfter(held.text, line.text)) {
          handler.block(List.of(held, line.copy()), true);
          continue;
        }
        handler.line(held);
      }
      if (block.isEmpty() && !sql.isEmpty()) {
        boolean whole = !line.terminator.isEmpty() || line.lastOfInput;
        if (whole && continuesStatement(line.text) && !opensBlock(line.text) && sql.size() < MAX_JAAS_LINES
            && sqlChars + line.text.length() <= MAX_YAML_CHARS) {
          sql.add(line.copy());
          sqlChars += line.text.length();
          if (indexOf(line.text, ";", 0) >= 0) {
            flushYaml(sql, handler);
          }
          continue;
        }
        flushYaml(sql, handler);
      }
      if (block.isEmpty() && !binds.isEmpty()) {
        char form = (!line.terminator.isEmpty() || line.lastOfInput) ? bindForm(line.text) : 0;
        if (form != 0 && (bindForm == 0 || form == bindForm) && bindsChars + line.text.length() <= MAX_JSON_CHARS) {
          binds.add(line.copy());
          bindsChars += line.text.length();
          bindForm = form;
          // a one-line form binds every value at once; Hibernate and Spring bind one a line
          if (--bindsLeft == 0 || form == 'M' || form == 'P' || form == 'A') {
            flushYaml(binds, handler);
          }
          continue;
        }
        flushYaml(binds, handler);
      }
      if (block.isEmpty() && !yaml.isEmpty()) {
        boolean whole = !line.terminator.isEmpty() || line.lastOfInput;
        int lead = yamlLead == 0 ? 0 : samePrefix(yaml.get(0).text, yamlLead, line.text);
        if (whole && lead >= 0 && yaml.size() < MAX_YAML_LINES && yamlChars + line.text.length() <= MAX_YAML_CHARS
            && !opensBlock(line.text) && continuesYaml(lead == 0 ? line.text : line.text.subSequence(lead,
                line.text.length()), yamlIndent, yamlList, yaml.size() == 1)
            && (replayed || SecretManifests.dataColumn(line.text) < 0)) { // a data: block is held on its own, below
          Line value = line.copy();
          value.lead = lead;
          yaml.add(value);
          yamlChars += line.text.length();
          continue;
        }
        flushYaml(yaml, handler);
      }
      if (block.isEmpty() && !ppk.isEmpty()) {
        ppk.add(line.copy());
        boolean whole = !line.terminator.isEmpty() || line.lastOfInput;
        if (!whole || --ppkLeft == 0) {
          handler.block(ppk, true);
          ppk.clear();
        }
        continue;
      }
      if (block.isEmpty() && !jaas.isEmpty()) {
        jaas.add(line.copy());
        jaasChars += line.text.length();
        boolean whole = !line.terminator.isEmpty() || line.lastOfInput;
        if (!whole || indexOf(line.text, ";", 0) >= 0 || jaas.size() >= MAX_JAAS_LINES
            || jaasChars >= MAX_BLOCK_CHARS) {
          handler.block(jaas, true);
          jaas.clear();
        }
        continue;
      }
      if (block.isEmpty() && !json.isEmpty()) {
        boolean whole = !line.terminator.isEmpty() || line.lastOfInput;
        int indent = indentOf(line.text);
        int open = jsonOpen[jsonDepth - 1];
        boolean closes = indent == open && indent < line.text.length()
            && (line.text.charAt(indent) == '}' || line.text.charAt(indent) == ']');
        if (whole && line.column == 0 && (closes || indent > open && indent < line.text.length())
            && json.size() < MAX_JSON_LINES && jsonChars + line.text.length() <= MAX_JSON_CHARS
            && !opensBlock(line.text) && SecretManifests.dataColumn(line.text) < 0) {
          json.add(line.copy());
          jsonChars += line.text.length();
          jsonReplayed += replayed ? 1 : 0;
          if (closes && --jsonDepth == 0) {
            handler.related(new ArrayList<>(json));
            json.clear();
          } else if (!closes && opensJson(line.text) >= 0) {
            jsonOpen[jsonDepth++] = indent;
          }
          continue;
        }
        // the object goes on past the bound (a whole document), or this line is none of it: the lines are
        // framed again one by one, and an object opened after the first may be held in their place
        notOpening = json.get(0);
        reframed = json.size() + 1;
        // replayed lines come first, in the held lines and before the rest of replay
        framedAsBefore += jsonReplayed + (replayed ? 1 : 0);
        putBack(replay, json, line.copy());
        jsonDepth = 0;
        continue;
      }
      if (block.isEmpty() && !xml.isEmpty()) {
        boolean whole = !line.terminator.isEmpty() || line.lastOfInput;
        int depth = whole && line.column == 0 ? xmlDepth + tagBalance(line.text) : -1;
        if (depth >= 0 && xml.size() < MAX_JSON_LINES && xmlChars + line.text.length() <= MAX_JSON_CHARS
            && !opensBlock(line.text)) {
          xml.add(line.copy());
          xmlChars += line.text.length();
          xmlReplayed += replayed ? 1 : 0;
          xmlDepth = depth;
          if (depth == 0) {
            handler.related(new ArrayList<>(xml));
            xml.clear();
          }
          continue;
        }
        // as for JSON: the element goes on past the bound, or this line closes more than it opened
        notOpening = xml.get(0);
        reframed = xml.size() + 1;
        framedAsBefore += xmlReplayed + (replayed ? 1 : 0);
        putBack(replay, xml, line.copy());
        xmlDepth = 0;
        continue;
      }
      if (block.isEmpty() && (!dump.isEmpty() || dumpTooLong)) {
        if ((!line.terminator.isEmpty() || line.lastOfInput) && line.column == 0 && continuesDump(line.text)) {
          if (dumpTooLong) {
            handler.block(List.of(line.copy()), false);
            continue;
          }
          dump.add(line.copy());
          if (dump.size() > MAX_DUMP_ROWS) { // the engine would fail it closed too: hidden, not read
            handler.block(new ArrayList<>(dump), false);
            dump.clear();
            dumpTooLong = true;
          }
          continue;
        }
        flushRelated(dump, handler);
        dumpTooLong = false;
      }
      if (block.isEmpty() && !continued.isEmpty()) {
        if ((!line.terminator.isEmpty() || line.lastOfInput) && line.column == 0 && !opensBlock(line.text)) {
          continued.add(line.copy());
          continuedChars += line.text.length();
          if (!continuesCommand(line.text) || continued.size() >= MAX_CONTINUED_LINES
              || continuedChars >= MAX_YAML_CHARS) {
            flushRelated(continued, handler);
          }
          continue;
        }
        flushRelated(continued, handler);
      }
      if (block.isEmpty()) {
        if (name != null) {
          Line held = name;
          name = null;
          int lead = nameDump ? (dumpsString(line.text) ? 0 : -1) : fieldAfter(line.text, VALUE_FIELDS);
          if (lead == 0 ? nameLead == 0 : lead > 0 && nameLead > 0 && sameShape(held.text, nameLead, line.text, lead)) {
            Line value = line.copy();
            value.lead = lead;
            held.lead = nameLead; // both prefixes left out, so the engine sees the fields aligned
            held.tail = recordTail(held.text);
            value.tail = recordTail(line.text);
            handler.block(between == null ? List.of(held, value) : List.of(held, between, value), true);
            between = null;
            continue;
          }
          if (between == null && nameLead == 0 && !nameDump && (!line.terminator.isEmpty() || line.lastOfInput)
              && siblingField(held.text, line.text)) {
            name = held; // one other field of the entry (SSM's "Type") may come before the value
            between = line.copy();
            continue;
          }
          handler.line(held);
          if (between != null) {
            handler.line(between);
            between = null;
          }
        }
        if (!announced.isEmpty()) {
          boolean whole = !line.terminator.isEmpty() || line.lastOfInput;
          int keyIndent = announced.size() == 1 ? yamlKeyIndent(announced.get(0)) : -1;
          if (whole && keyIndent >= 0 && !endsWithBlockIndicator(announced.get(0).text)
              && continuesYaml(line.text, keyIndent, true, true)) {
            // a YAML key that mentions a password (db_passwords) alone on its line, its value a block list
            yaml.add(announced.get(0));
            yaml.add(line.copy());
            yamlIndent = keyIndent;
            yamlLead = 0;
            yamlList = true;
            yamlChars = announced.get(0).text.length() + line.text.length();
            announced.clear();
            continue;
          }
          if (whole && isBlankLine(line.text) && announced.size() <= MAX_ANNOUNCED_GAP) {
            announced.add(line.copy());
            continue;
          }
          if (whole && !isBlankLine(line.text) && !opensBlock(line.text) && fieldAfter(line.text, NAME_FIELDS) < 0
              && !announces(line)) {
            announced.add(line.copy());
            handler.block(announced, true);
            announced.clear();
            continue;
          }
          for (Line held : announced) {
            handler.line(held);
          }
          announced.clear();
        }
        int lead;
        Line record;
        if (opensBlock(line.text)) {
          block.add(unwrapped(line.copy(), true));
          blockChars = line.text.length();
        } else if (!line.terminator.isEmpty() && (record = PartialRecords.record(line, true)) != null) {
          partial.add(record);
          partialChars = line.text.length();
        } else if (line.column == 0 && !line.terminator.isEmpty() && opensDump(line.text)) {
          dump.add(line.copy());
        } else if (line.column == 0 && !line.terminator.isEmpty() && (lead = privateLines(line.text)) > 0) {
          ppk.add(line.copy());
          ppkLeft = lead + 1;
        } else if (line.column == 0 && !line.terminator.isEmpty() && opensJaasEntry(line.text)) {
          jaas.add(line.copy());
          jaasChars = line.text.length();
        } else if (!replayed && line.column == 0 && !line.terminator.isEmpty()
            && (lead = SecretManifests.dataColumn(line.text)) >= 0) {
          data.add(line.copy());
          dataColumn = lead;
          dataChars = line.text.length();
          dataJson = line.text.charAt(lead) == '"';
          dataClosed = false;
        } else if (!barred && line.column == 0 && !line.terminator.isEmpty() && (lead = opensJson(line.text)) >= 0) {
          json.add(line.copy());
          jsonChars = line.text.length();
          jsonReplayed = replayed ? 1 : 0;
          jsonOpen[0] = lead;
          jsonDepth = 1;
        } else if (!barred && line.column == 0 && !line.terminator.isEmpty() && opensElement(line.text)) {
          xml.add(line.copy());
          xmlChars = line.text.length();
          xmlReplayed = replayed ? 1 : 0;
          xmlDepth = 1;
        } else if (line.column == 0 && !line.terminator.isEmpty() && continuesCommand(line.text)) {
          continued.add(line.copy());
          continuedChars = line.text.length();
        } else if ((lead = fieldAfter(line.text, NAME_FIELDS)) >= 0 || (lead = jsonKeyOpeningObject(line.text)) >= 0
            || (lead = phpDumpKey(line.text)) >= 0) {
          name = line.copy();
          nameLead = lead;
          nameDump = phpDumpKey(line.text) == 0;
        } else if (announces(line)) {
          announced.add(line.copy());
        } else if (line.column == 0 && !line.terminator.isEmpty() && optionElement(line.text) >= 0) {
          option = line.copy();
        } else if (line.column == 0 && !line.terminator.isEmpty() && opensUserStatement(line.text)) {
          sql.add(line.copy());
          sqlChars = line.text.length();
        } else if (line.column == 0 && !line.terminator.isEmpty() && (lead = bindPlaceholders(line.text)) > 0) {
          binds.add(line.copy());
          bindsLeft = Math.min(lead, MAX_BIND_LINES);
          bindsChars = line.text.length();
          bindForm = 0;
        } else if ((yamlLead = yamlKeyPrefix(line)) > 0 || (lead = yamlKeyIndent(line)) >= 0) {
          Line key = line.copy();
          key.lead = yamlLead; // first: a timestamp is no part of a key, though it would read as one
          yaml.add(key);
          yamlIndent = yamlLead == 0 ? lead : yamlKeyIndent(line.text.subSequence(yamlLead, line.text.length()));
          yamlList = !endsWithBlockIndicator(line.text);
          yamlChars = line.text.length();
        } else {
          handler.line(line);
        }
        continue;
      }
      if (opensBlock(line.text)) { // another key begins: the one before has no END of its own (fail closed)
        handler.block(block, false);
        block.clear();
        block.add(unwrapped(line.copy(), true));
        blockChars = line.text.length();
        continue;
      }
      block.add(unwrapped(line.copy(), block.get(0).tail > 0));
      blockChars += line.text.length();
      if (indexOf(line.text, "-----END ", 0) >= 0) {
        handler.block(block, true);
        block.clear();
      } else if (block.size() >= MAX_BLOCK_LINES || blockChars >= MAX_BLOCK_CHARS) {
        handler.block(block, false);
        block.clear();
      }
    }
    if (name != null) {
      handler.line(name);
    }
    if (between != null) {
      handler.line(between);
    }
    if (option != null) {
      handler.line(option);
    }
    for (Line held : announced) {
      handler.line(held);
    }
    flushYaml(yaml, handler);
    flushYaml(sql, handler);
    flushYaml(binds, handler);
    flushRelated(continued, handler);
    flushRelated(dump, handler);
    if (!jaas.isEmpty()) {
      handler.block(jaas, true);
    }
    if (!ppk.isEmpty()) {
      handler.block(ppk, true);
    }
    if (!partial.isEmpty()) {
      handler.partials(partial);
    }
    if (!block.isEmpty()) {
      handler.block(block, false);
    }
  }

  static final String RECORD_HEAD = "{\"log\":\"";
  private static final String RECORD_STREAM = "\",\"stream\":\"";

  /**
   * The length of the rest of a Docker json-file record after the line it holds,
   * {@code \n","stream":"stdout","time":"..."}}, for a line that is such a record; 0 for any other.
   * The line's own quotes are escaped in the record, so the first {@code ","stream":"} ends it.
   */
  static int recordTail(CharSequence text) {
    int n = text.length();
    if (n < RECORD_HEAD.length() + RECORD_STREAM.length() || text.charAt(n - 1) != '}'
        || !startsWith(text, 0, RECORD_HEAD, RECORD_HEAD.length())) {
      return 0;
    }
    int end = indexOf(text, RECORD_STREAM, RECORD_HEAD.length());
    if (end < 0) {
      return 0;
    }
    if (end - 2 >= RECORD_HEAD.length() && text.charAt(end - 2) == '\\' && text.charAt(end - 1) == 'n') {
      end -= 2; // the line's own newline, escaped
    }
    return n - end;
  }

  /** {@code line}, when {@code records} and it is a Docker json-file record, with the record around it left out. */
  private static Line unwrapped(Line line, boolean records) {
    int tail = records ? recordTail(line.text) : 0;
    if (tail > 0) {
      line.lead = RECORD_HEAD.length();
      line.tail = tail;
    }
    return line;
  }

  /**
   * A JSON object or list held whole is one entry of recorded traffic: a header with its values (Betamax,
   * MockServer), its matcher (WireMock, Hoverfly), a HAR or Postman name/value entry. A longer one (a whole
   * document) is looked at line by line, and the objects inside it are held on their own.
   */
  static final int MAX_JSON_LINES = 24;
  static final int MAX_JSON_CHARS = 8 * 1024;
  /** devtools' "Copy as cURL" prints one option a line; a command longer than this is handed on in parts. */
  static final int MAX_CONTINUED_LINES = 64;

  /**
   * The indent of a whole line of pretty-printed JSON that opens an object or list and holds nothing else
   * but its key: {@code {}, {@code [}, {@code "Cookie": [}, {@code "X-Api-Key": {}; or an HCL block's header,
   * a type and its labels ({@code variable "db_password" {}, {@code resource "aws_db_instance" "orders" {});
   * -1 for any other line. Only framing: the lines up to the one closing it are looked at together
   * ({@link LineHandler#related}).
   */
  static int opensJson(CharSequence text) {
    int end = contentEnd(text);
    if (end == 0 || text.charAt(end - 1) != '{' && text.charAt(end - 1) != '[') {
      return -1; // most lines: decided by their last character
    }
    int indent = indentOf(text);
    if (indent == end - 1) {
      return indent;
    }
    return text.charAt(indent) == '"' ? keyOpening(text, indent, end) : hclBlockHeader(text, indent, end);
  }

  /**
   * The indent of an HCL block header that opens its block with the {@code {} at {@code end - 1}: a type
   * word and one or two quoted labels ({@code variable "db_password" {}); -1 otherwise, as for code
   * ({@code func main() {}, {@code if x {}) and blocks without a label ({@code locals {}).
   */
  private static int hclBlockHeader(CharSequence text, int indent, int end) {
    int i = indent;
    while (i < end && (isLetterOrDash(text.charAt(i)) || text.charAt(i) == '_' || isDigit(text.charAt(i)))) {
      i++;
    }
    if (i == indent || !isLetterOrDash(text.charAt(indent)) || text.charAt(indent) == '-') {
      return -1;
    }
    int labels = 0;
    while (true) {
      int label = i;
      while (i < end && isBlank(text.charAt(i))) {
        i++;
      }
      if (i == end - 1 && i > label) {
        return labels > 0 ? indent : -1;
      }
      if (i == label || text.charAt(i) != '"' || ++labels > 2) {
        return -1;
      }
      int close = indexOf(text, "\"", i + 1);
      if (close < 0 || close >= end - 1) {
        return -1;
      }
      i = close + 1;
    }
  }

  /**
   * Whether a line holds nothing but one XML start tag, after blanks: {@code <AdministratorPassword>},
   * {@code <property name="password">}. Only framing: the lines up to its end tag are looked at together
   * ({@link LineHandler#related}), so a value on a line of its own is read under the name above it.
   */
  static boolean opensElement(CharSequence text) {
    int end = contentEnd(text);
    if (end < 3 || text.charAt(end - 1) != '>' || text.charAt(end - 2) == '/') {
      return false; // most lines: decided by their last characters
    }
    int indent = indentOf(text);
    return indent + 1 < end && text.charAt(indent) == '<' && isLetterOrDash(text.charAt(indent + 1))
        && text.charAt(indent + 1) != '-' && indexOf(text, "<", indent + 1) < 0;
  }

  /**
   * How many more elements a line opens than it closes: each start tag counts one, each end tag minus
   * one; empty-element tags, comments, declarations and processing instructions none. A tag that goes
   * on past the line counts as closing too many ({@link Integer#MIN_VALUE} / 2): such an element is not
   * held.
   */
  static int tagBalance(CharSequence text) {
    int n = text.length();
    int balance = 0;
    for (int i = indexOf(text, "<", 0); i >= 0 && i + 1 < n; i = indexOf(text, "<", i + 1)) {
      char next = text.charAt(i + 1);
      if (next == '/') {
        balance--;
      } else if (isLetterOrDash(next) && next != '-') {
        int close = indexOf(text, ">", i + 2);
        if (close < 0) {
          return Integer.MIN_VALUE / 2;
        }
        balance += text.charAt(close - 1) == '/' ? 0 : 1;
      }
    }
    return balance;
  }

  /** Where a line ends without its trailing blanks. */
  private static int contentEnd(CharSequence text) {
    int end = text.length();
    while (end > 0 && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * {@code indent} when {@code text[indent, end)} is a quoted JSON key (escapes read), a colon and the bracket at
   * {@code end - 1} that opens its value, blanks aside; else -1.
   */
  private static int keyOpening(CharSequence text, int indent, int end) {
    if (text.charAt(indent) != '"') {
      return -1;
    }
    int i = indent + 1;
    while (i < end && text.charAt(i) != '"') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    i++;
    while (i < end && isBlank(text.charAt(i))) {
      i++;
    }
    if (i >= end || text.charAt(i) != ':') {
      return -1;
    }
    i++;
    while (i < end && isBlank(text.charAt(i))) {
      i++;
    }
    return i == end - 1 ? indent : -1;
  }

  /** Netty's dumps are decoded up to 64 KiB (4,096 rows of 16 bytes); a longer one is hidden. */
  static final int MAX_DUMP_ROWS = 4096;

  /** Whether a line is the first row of a Netty hex dump ({@code |00000000| 50 4f ...}). */
  static boolean opensDump(CharSequence text) {
    return startsWith(text, 0, "|00000000|", 10);
  }

  /** Whether a line is a row of a Netty hex dump: {@code |}, eight hex digits and {@code |}. */
  static boolean continuesDump(CharSequence text) {
    if (text.length() < 10 || text.charAt(0) != '|' || text.charAt(9) != '|') {
      return false;
    }
    for (int i = 1; i < 9; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  /** Whether a line ends with a blank and a backslash, which continues a shell command on the next line. */
  static boolean continuesCommand(CharSequence text) {
    int n = text.length();
    return n >= 2 && text.charAt(n - 1) == '\\' && isBlank(text.charAt(n - 2));
  }

  /** The number of blanks a line starts with. */
  private static int indentOf(CharSequence text) {
    int i = 0;
    while (i < text.length() && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Puts {@code held}, then {@code line}, in front of {@code replay} to be framed again, and clears {@code held}. */
  private static void putBack(ArrayDeque<Line> replay, List<Line> held, Line line) {
    replay.addFirst(line);
    for (int i = held.size() - 1; i >= 0; i--) {
      replay.addFirst(held.get(i));
    }
    held.clear();
  }

  /** Hands over held related lines ({@link LineHandler#related}; one alone as a line), and clears them. */
  private static void flushRelated(List<Line> lines, LineHandler handler) throws IOException {
    if (lines.size() == 1) {
      handler.line(lines.get(0));
    } else if (!lines.isEmpty()) {
      handler.related(new ArrayList<>(lines));
    }
    lines.clear();
  }

  /** The most private lines a PuTTY key has (an RSA key of 16,384 bits takes about 40). */
  static final int MAX_PPK_LINES = 64;

  private static final String PRIVATE_LINES = "Private-Lines: ";

  /**
   * The count N of a PuTTY key file's {@code Private-Lines: N} header alone on its line (1 to
   * {@link #MAX_PPK_LINES}), whose private lines and {@code Private-MAC} line follow; 0 for any other line.
   * Only framing: the engine decides what to hide.
   */
  static int privateLines(CharSequence text) {
    int n = text.length();
    if (!startsWith(text, 0, PRIVATE_LINES, PRIVATE_LINES.length())) {
      return 0;
    }
    int count = 0;
    for (int i = PRIVATE_LINES.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9' || count > MAX_PPK_LINES) {
        return 0;
      }
      count = count * 10 + c - '0';
    }
    return count <= MAX_PPK_LINES ? count : 0;
  }

  /** A JAAS entry's options fit in a few lines; one that never ends is handed on after this many. */
  static final int MAX_JAAS_LINES = 64;

  private static final String[] JAAS_FLAGS = {" required", " requisite", " sufficient", " optional"};

  /**
   * A line that opens a JAAS login module entry whose options follow on the next lines:
   * {@code org.apache.kafka.common.security.plain.PlainLoginModule required}, with no {@code ;} after the
   * control flag (an entry on one line is whole already).
   */
  static boolean opensJaasEntry(CharSequence text) {
    int module = indexOf(text, "LoginModule", 0);
    if (module < 0) {
      return false;
    }
    int after = module + "LoginModule".length();
    for (String flag : JAAS_FLAGS) {
      if (startsWith(text, after, flag, flag.length())) {
        return indexOf(text, ";", after) < 0;
      }
    }
    return false;
  }

  /**
   * The indent of a line that is only an option as an element of an argument list printed one element
   * a line: a YAML item ({@code - --db-password}, {@code - "--db-password"}) or a JSON string element
   * ({@code "--db-password",}) as {@code docker inspect}, {@code kubectl get pod -o json} and
   * {@code docker compose config} print a container's command; -1 for any other line. The option is one
   * word with no {@code =} (which would hold its value). Only framing: the engine decides whether the
   * option names a secret.
   */
  static int optionElement(CharSequence text) {
    int n = text.length();
    int end = n;
    while (end > 0 && isBlank(text.charAt(end - 1))) {
      end--;
    }
    int indent = 0;
    while (indent < end && isBlank(text.charAt(indent))) {
      indent++;
    }
    int i = indent;
    boolean yaml = i + 1 < end && text.charAt(i) == '-' && text.charAt(i + 1) == ' ';
    if (yaml) {
      i += 2;
    }
    boolean quoted = i < end && text.charAt(i) == '"';
    if (!yaml && !quoted) {
      return -1;
    }
    int wordEnd = quoted ? end - (end > 0 && text.charAt(end - 1) == ',' ? 2 : 1) : end;
    if (quoted && (wordEnd <= i || text.charAt(wordEnd) != '"' || !yaml && text.charAt(end - 1) != ',')) {
      return -1; // a JSON element with no comma is the list's last: nothing follows it
    }
    int word = quoted ? i + 1 : i;
    if (word + 1 >= wordEnd || text.charAt(word) != '-' || !isLetterOrDash(text.charAt(word + 1))) {
      return -1;
    }
    for (int k = word; k < wordEnd; k++) {
      char c = text.charAt(k);
      if (c == '=' || c == '"' || isBlank(c)) {
        return -1;
      }
    }
    return indent;
  }

  /** Whether {@code value} is an element of the same list right after the option element {@code option}, and no option. */
  private static boolean valueElementAfter(CharSequence option, CharSequence value) {
    int indent = optionElement(option);
    int i = 0;
    while (i < value.length() && isBlank(value.charAt(i))) {
      i++;
    }
    if (i != indent || i >= value.length()) {
      return false;
    }
    boolean yaml = option.charAt(indent) == '-';
    if (yaml) {
      if (i + 2 >= value.length() || value.charAt(i) != '-' || value.charAt(i + 1) != ' ') {
        return false;
      }
      i += 2;
      if (value.charAt(i) == '"' || value.charAt(i) == '\'') {
        i++;
      }
    } else if (value.charAt(i) == '"') {
      i++;
    } else {
      return false;
    }
    return i < value.length() && value.charAt(i) != '-' && !isBlank(value.charAt(i));
  }

  private static boolean isLetterOrDash(char c) {
    return c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** A YAML value on the lines after its key longer than this is a script or certificate, not a secret. */
  static final int MAX_YAML_LINES = 64;
  static final int MAX_YAML_CHARS = 16 * 1024;

  /**
   * Whether a line opens a SQL statement that creates or alters a user, role or login
   * ({@code CREATE USER app}, in any case) and does not end on it (no {@code ;} after it): its
   * {@code IDENTIFIED BY} or {@code PASSWORD} may be on the indented lines after it.
   */
  static boolean opensUserStatement(CharSequence text) {
    int n = text.length();
    int i = 0;
    while (i + 10 < n) {
      // the first six characters of either verb ("create", "alter ") are all verb letters: any other
      // character at i + 5 rules out a verb starting anywhere from i to i + 5 (most lines are read at
      // about every third character; this runs on every line the CLI reads)
      if (!verbLetter(text.charAt(i + 5))) {
        i += 6;
        continue;
      }
      char c = (char) (text.charAt(i) | 0x20);
      if ((c == 'c' || c == 'a') && (i == 0 || isBlank(text.charAt(i - 1)))) {
        int verb = wordAt(text, i, "create ") ? i + 7 : wordAt(text, i, "alter ") ? i + 6 : -1;
        if (verb > 0 && (wordAt(text, verb, "user") || wordAt(text, verb, "role") || wordAt(text, verb, "login"))) {
          return indexOf(text, ";", verb) < 0;
        }
      }
      i++;
    }
    return false;
  }

  /** Whether {@code c} is a letter of {@code create} or {@code alter}, or a blank (in any case, as {@code wordAt}). */
  private static boolean verbLetter(char c) {
    char lower = (char) (c | 0x20);
    return lower == 'e' || lower == 'r' || lower == 'a' || lower == 't' || lower == 'c' || lower == 'l' || lower == ' ';
  }

  /** Whether {@code text} holds {@code word} (lower case) at {@code at} in any case, followed by a blank or its end. */
  private static boolean wordAt(CharSequence text, int at, String word) {
    int end = at + word.length();
    if (end > text.length() || end < text.length() && word.charAt(word.length() - 1) != ' '
        && !isBlank(text.charAt(end))) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if ((text.charAt(at + k) | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The most bind lines held after a statement (one a placeholder): 32 lines, within {@link #MAX_JSON_CHARS}. */
  static final int MAX_BIND_LINES = 32;

  /**
   * The number of placeholders of a line that ends with an {@code INSERT}'s {@code VALUES (?, ?)} or
   * {@code VALUES ($1, $2)} (also in Spring's brackets, {@code ...)]}), whose values ORMs log on the lines
   * after it; 0 for any other line. Most lines are decided by their last character.
   */
  static int bindPlaceholders(CharSequence text) {
    int k = text.length() - 1;
    if (k < 12 || text.charAt(k) != ')' && text.charAt(k) != ']') {
      return 0;
    }
    if (text.charAt(k) == ']') {
      k--;
    }
    if (text.charAt(k) != ')') {
      return 0;
    }
    int placeholders = 0;
    for (k--; k > 0 && text.charAt(k) != '('; k--) {
      char c = text.charAt(k);
      if (c == '?' || c == '$') {
        placeholders++;
      } else if (c != ',' && c != ' ' && (c < '0' || c > '9')) {
        return 0;
      }
    }
    int v = k - 1;
    while (v > 0 && text.charAt(v) == ' ') {
      v--;
    }
    if (placeholders == 0 || v < 5) {
      return 0;
    }
    for (int j = 0; j < 6; j++) {
      if ((text.charAt(v - 5 + j) | 0x20) != "values".charAt(j)) {
        return 0;
      }
    }
    return placeholders;
  }

  /**
   * The form of a line binding a statement's values, or 0: Hibernate 5's {@code binding parameter [2]}
   * ({@code '['}) and 6's {@code binding parameter (2:VARCHAR)} ({@code '('}), Spring's {@code column index 2}
   * ({@code 'S'}), one value a line; MyBatis's {@code ==> Parameters:} ({@code 'M'}), PostgreSQL's
   * {@code parameters: $1 = } ({@code 'P'}) and SQLAlchemy's {@code [generated in 0.0002s] (} ({@code 'A'}),
   * all of them on one line.
   */
  static char bindForm(CharSequence text) {
    int at = indexOf(text, "binding parameter ", 0);
    if (at >= 0 && at + 18 < text.length()) {
      char c = text.charAt(at + 18);
      return c == '[' || c == '(' ? c : 0;
    }
    if (indexOf(text, "parameter value: column index ", 0) >= 0) {
      return 'S';
    }
    if (indexOf(text, "==> Parameters: ", 0) >= 0) {
      return 'M';
    }
    if (indexOf(text, "parameters: $", 0) >= 0) {
      return 'P';
    }
    return indexOf(text, "s] (", 0) >= 0 || indexOf(text, "] ('", 0) >= 0 ? 'A' : 0;
  }

  /** Whether a line goes on with a SQL statement: indented, and not blank. */
  private static boolean continuesStatement(CharSequence text) {
    return text.length() > 0 && isBlank(text.charAt(0)) && !isBlankLine(text);
  }

  /** Hands over a held YAML key with its value lines as one block (a key alone as a line), and clears it. */
  private static void flushYaml(List<Line> yaml, LineHandler handler) throws IOException {
    if (yaml.size() == 1) {
      handler.line(yaml.get(0));
    } else if (!yaml.isEmpty()) {
      handler.block(new ArrayList<>(yaml), true);
    }
    yaml.clear();
  }

  /**
   * The indent of a whole line that is a YAML key whose value starts on the next line: {@code key:}
   * with nothing after the colon (a block list may follow) or {@code key: |} / {@code key: >-} (a block
   * scalar follows, with chomping and indentation indicators), also as a list item ({@code - key: |});
   * -1 for any other line. Only framing: the engine decides what the value is.
   */
  static int yamlKeyIndent(Line line) {
    if (line.column != 0 || line.terminator.isEmpty()) {
      return -1;
    }
    return yamlKeyIndent(line.text);
  }

  /** {@link #yamlKeyIndent(Line)} for a whole line's text (or its text after a prefix). */
  private static int yamlKeyIndent(CharSequence text) {
    int n = text.length();
    int end = n;
    while (end > 0 && isBlank(text.charAt(end - 1))) {
      end--;
    }
    boolean scalar = end > 0 && text.charAt(end - 1) != ':' && endsWithBlockIndicator(text, end);
    if (end == 0 || text.charAt(end - 1) != ':' && !scalar) {
      return -1; // most lines: decided by their last characters
    }
    int indent = 0;
    while (indent < end && text.charAt(indent) == ' ') {
      indent++;
    }
    int keyStart = indent;
    if (keyStart + 1 < end && text.charAt(keyStart) == '-' && text.charAt(keyStart + 1) == ' ') {
      keyStart += 2;
    }
    if (keyStart >= end || "#-[{|>'\"&*!%@`".indexOf(text.charAt(keyStart)) >= 0) {
      return -1;
    }
    int colon = end - 1;
    if (scalar) {
      while (colon > keyStart && text.charAt(colon) != ' ') {
        colon--; // back over the indicator: |, >, |-, >+, |2-
      }
      while (colon > keyStart && text.charAt(colon) == ' ') {
        colon--;
      }
    }
    if (colon <= keyStart || text.charAt(colon) != ':') {
      return -1;
    }
    for (int i = keyStart; i < colon; i++) {
      char c = text.charAt(i);
      if (c == ':' && i + 1 < n && text.charAt(i + 1) == ' ' || c == '#' && text.charAt(i - 1) == ' ') {
        return -1; // another key before it, or a comment: not a key alone on its line
      }
    }
    return indent;
  }

  /**
   * The length of a line prefix before a YAML key whose value starts on the next line
   * ({@link #yamlKeyIndent(Line)}), as a CI runner, {@code kubectl logs --timestamps} or a container runtime
   * writes it before every line: it starts with a digit (a timestamp), ends with a blank after a word
   * and is at most {@link #MAX_PREFIX} characters long (a runtime adds its stream and tag: of several
   * ends, the last); 0 for any other line. The value lines must repeat it in shape ({@link #samePrefix}).
   */
  static int yamlKeyPrefix(Line line) {
    CharSequence text = line.text;
    int end = text.length();
    while (end > 0 && isBlank(text.charAt(end - 1))) {
      end--;
    }
    if (line.column != 0 || line.terminator.isEmpty() || end == 0 || !isDigit(text.charAt(0))
        || text.charAt(end - 1) != ':' && !endsWithBlockIndicator(text, end)) {
      return 0; // most lines: decided by their first and last characters
    }
    for (int i = Math.min(end - 1, MAX_PREFIX); i > 0; i--) {
      if (text.charAt(i) == ' ' && !isBlank(text.charAt(i - 1))
          && yamlKeyIndent(text.subSequence(i + 1, text.length())) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The length of the prefix of {@code text} with the shape ({@link #sameShape}) of the first
   * {@code length} characters of {@code prefixed}, which end with a blank after a word; -1 if it has none.
   */
  static int samePrefix(CharSequence prefixed, int length, CharSequence text) {
    int limit = Math.min(text.length(), MAX_PREFIX + 1);
    for (int i = 2; i <= limit; i++) {
      if (text.charAt(i - 1) == ' ' && !isBlank(text.charAt(i - 2)) && sameShape(prefixed, length, text, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a line ends with a YAML block scalar indicator after a blank: {@code | > |- >+ |2}. */
  static boolean endsWithBlockIndicator(CharSequence text) {
    int end = text.length();
    while (end > 0 && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return endsWithBlockIndicator(text, end);
  }

  /** {@link #endsWithBlockIndicator(CharSequence)} for the text up to {@code end}, blanks trimmed. */
  private static boolean endsWithBlockIndicator(CharSequence text, int end) {
    int i = end;
    while (i > 0 && (text.charAt(i - 1) == '-' || text.charAt(i - 1) == '+' || isDigit(text.charAt(i - 1)))) {
      i--;
    }
    return end - i <= 2 && i >= 3 && (text.charAt(i - 1) == '|' || text.charAt(i - 1) == '>') && text.charAt(i - 2) == ' '
        && text.charAt(i - 3) == ':';
  }

  /**
   * Whether a line goes on with the value of a YAML key indented {@code indent}: for a block scalar,
   * a blank line or one indented deeper; for a block list, a {@code -} item indented at least as
   * deep (first) or any deeper line after one.
   */
  private static boolean continuesYaml(CharSequence text, int indent, boolean list, boolean first) {
    int n = text.length();
    int i = 0;
    while (i < n && text.charAt(i) == ' ') {
      i++;
    }
    if (!list) {
      return i == n || i > indent;
    }
    boolean item = i < n && text.charAt(i) == '-' && (i + 1 == n || text.charAt(i + 1) == ' ');
    return item ? i >= indent : !first && i > indent && i < n;
  }

  /**
   * Blank lines allowed between a line announcing a password and the password. Jenkins prints one
   * ("...password to proceed to installation:", a blank line, then the value).
   */
  static final int MAX_ANNOUNCED_GAP = 1;
  /** Longer lines are log text, not a label announcing a value. */
  private static final int MAX_ANNOUNCING = 512;

  /**
   * Whether a whole line announces a password printed on the line after it (after at most
   * {@link #MAX_ANNOUNCED_GAP} blank lines): it mentions a password and ends with a colon, as
   * Jenkins' and Elasticsearch's first-start messages do; or it ends with an SMTP server's AUTH LOGIN
   * password prompt ({@link #smtpPasswordPrompt}); or it is a multipart form field's
   * {@code Content-Disposition: form-data; name="..."} header (not a file's), whose value follows a
   * blank line. Only framing: the engine decides whether the next line holds one.
   */
  static boolean announces(Line line) {
    CharSequence text = line.text;
    int end = text.length();
    while (end > 0 && isBlank(text.charAt(end - 1))) {
      end--;
    }
    if (line.column != 0 || line.terminator.isEmpty() || end == 0 || end > MAX_ANNOUNCING) {
      return false;
    }
    if (text.charAt(end - 1) == '"' && formField(text, end)) {
      return true;
    }
    if (smtpPasswordPrompt(text, end)) {
      return true;
    }
    if (text.charAt(end - 1) != ':') {
      return false;
    }
    for (int i = 0; i + 8 <= end; i++) {
      if ((text.charAt(i) | 0x20) == 'p' && startsWithIgnoreCase(text, i, "password")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} holds {@code lower} (ASCII letters, lower case) at {@code at}, in any case. */
  private static boolean startsWithIgnoreCase(CharSequence text, int at, String lower) {
    if (at + lower.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (Character.toLowerCase(text.charAt(at + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The SMTP server's AUTH LOGIN password prompt, base64 of {@code Password:}. */
  private static final String SMTP_PASSWORD_PROMPT = "UGFzc3dvcmQ6";

  /**
   * Whether {@code text[0, end)} ends with the SMTP password prompt {@code 334 UGFzc3dvcmQ6}, maybe as a
   * repr prints it ({@code reply: b'334 UGFzc3dvcmQ6\r\n'}): the client's base64 password is the next line.
   */
  private static boolean smtpPasswordPrompt(CharSequence text, int end) {
    if (end > 0 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '"')) {
      end--;
    }
    if (end >= 4 && startsWith(text, end - 4, "\\r\\n", 4)) {
      end -= 4;
    }
    int start = end - SMTP_PASSWORD_PROMPT.length();
    return start >= 0 && startsWith(text, start, SMTP_PASSWORD_PROMPT, SMTP_PASSWORD_PROMPT.length());
  }

  private static final String FORM_DATA = "content-disposition: form-data;";

  /** A multipart field's header with a name and no file name, in {@code text[0, end)}. */
  private static boolean formField(CharSequence text, int end) {
    if (end < FORM_DATA.length()) {
      return false;
    }
    // only lines ending with a quote get here, so the copy is rare
    String header = text.subSequence(0, end).toString().toLowerCase(Locale.ROOT);
    return header.startsWith(FORM_DATA) && header.contains(" name=\"") && !header.contains("filename=");
  }

  private static boolean isBlankLine(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** YAML fields that name an entry, and those that hold its value (as the engine reads them). */
  private static final String[] NAME_FIELDS = {
    "name:", "Name:", "key:", "Key:", "ParameterKey:", "Property:"}; // Property: Spring Boot's binding report
  private static final String[] VALUE_FIELDS = {"value:", "Value:", "ParameterValue:"};

  /** The longest line prefix before a YAML field: an RFC 3339 timestamp, a stream name and a tag fit. */
  static final int MAX_PREFIX = 64;

  /**
   * Where the YAML field of a line starts: 0 when the line is only the field
   * ({@link #startsField} from 0), else the length of the line prefix before it (a timestamp or tag that {@code kubectl logs
   * --timestamps}, a container runtime or a CI runner writes before every line: up to
   * {@link #MAX_PREFIX} characters, ending before a blank); -1 when the line holds no such field.
   */
  static int fieldAfter(CharSequence text, String[] fields) {
    if (startsField(text, 0, fields)) {
      return 0;
    }
    int n = text.length();
    int limit = Math.min(n, MAX_PREFIX + 1);
    for (int i = 1; i < limit; i++) {
      if (isBlank(text.charAt(i)) && !isBlank(text.charAt(i - 1))
          && (i + 1 == n || mayStartField(text.charAt(i + 1), fields)) && startsField(text, i, fields)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a field ({@link #startsField}) may start at a character after a blank: a cheap test, mostly false. */
  private static boolean mayStartField(char c, String[] fields) {
    if (c == ' ' || c == '\t' || c == '-' || c == '+' || c == '~' || c == '"') {
      return true;
    }
    for (String field : fields) {
      if (field.charAt(0) == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} is a plain field of the same entry as the name field {@code name}: at the
   * column of its key (after blanks and a list dash), a YAML {@code key: value} or JSON
   * {@code "key": value} with a scalar value, and no name or value field itself. Such a line may stand
   * between a name and its value field (AWS SSM prints a parameter's {@code "Type"} there, a manifest a
   * {@code description}); any other line framing would look at is no scalar field.
   */
  private static boolean siblingField(CharSequence name, CharSequence text) {
    int key = 0;
    while (key < name.length() && isBlank(name.charAt(key))) {
      key++;
    }
    if (key + 1 < name.length() && name.charAt(key) == '-' && name.charAt(key + 1) == ' ') {
      key += 2;
    }
    int i = 0;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i != key || i >= text.length() || text.charAt(i) == '-' || startsField(text, 0, NAME_FIELDS)
        || startsField(text, 0, VALUE_FIELDS)) {
      return false;
    }
    int colon = indexOf(text, ": ", i);
    int end = text.length();
    while (end > 0 && isBlank(text.charAt(end - 1))) {
      end--;
    }
    if (colon < 0 || colon + 2 >= end) {
      return false; // no value on the line: a key opening a block
    }
    char last = text.charAt(end - 1);
    char first = text.charAt(colon + 2);
    return last != '{' && last != '[' && last != '|' && last != '>' && first != '|' && first != '>' && first != '&';
  }

  /**
   * Whether two line prefixes have the same shape: equal once every run of digits counts as one
   * digit, as the timestamps of consecutive lines are (their fractions may differ in length).
   */
  static boolean sameShape(CharSequence a, int aLength, CharSequence b, int bLength) {
    int i = 0;
    int j = 0;
    while (i < aLength && j < bLength) {
      char c = a.charAt(i);
      char d = b.charAt(j);
      if (isDigit(c) && isDigit(d)) {
        while (i < aLength && isDigit(a.charAt(i))) {
          i++;
        }
        while (j < bLength && isDigit(b.charAt(j))) {
          j++;
        }
      } else if (c == d) {
        i++;
        j++;
      } else {
        return false;
      }
    }
    return i == aLength && j == bLength;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * Whether the text from {@code from} on is blanks, an optional list dash (or a plan's or diff's {@code +} or
   * {@code ~} marker), then one of {@code fields} and a blank; a field may also be written as pretty-printed JSON
   * writes it, its name quoted ({@code "name": }, or {@code "name" : } as Jackson writes it), or with blanks, an
   * {@code =} and a blank in place of its colon, as {@code jfr print} writes an event's fields ({@code key = "..."})
   * and HCL an object's ({@code name  = "..."}, aligned).
   */
  static boolean startsField(CharSequence text, int from, String[] fields) {
    int n = text.length();
    int i = from;
    while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i + 1 < n && (text.charAt(i) == '-' || text.charAt(i) == '+' || text.charAt(i) == '~')
        && text.charAt(i + 1) == ' ') {
      i += 2; // a list's dash, or a plan's or diff's marker: + name = "DB_PASSWORD", ~ value = ...
    }
    boolean quoted = i < n && text.charAt(i) == '"';
    int at = quoted ? i + 1 : i;
    char first = at < n ? text.charAt(at) : 0;
    for (String field : fields) {
      if (field.charAt(0) != first) {
        continue; // most words start no field: one comparison each, on every word of every line
      }
      int end = quoted ? quotedFieldEnd(text, i, field) : i + field.length();
      if (end > 0 && end < n && text.charAt(end) == ' ' && (quoted || startsWith(text, i, field, field.length()))) {
        return true;
      }
      // jfr print writes key = "..." then value = "...", HCL name  = "..." (aligned): the name, blanks, '=', a blank
      int eq = end - 1;
      while (!quoted && eq < n && eq < end + 16 && text.charAt(eq) == ' ') {
        eq++;
      }
      if (!quoted && eq > end - 1 && eq + 1 < n && text.charAt(eq) == '=' && text.charAt(eq + 1) == ' '
          && startsWith(text, i, field, field.length() - 1)) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code field} ({@code name:}) written quoted at {@code at} ends, after its colon; -1 if it is not there. */
  private static int quotedFieldEnd(CharSequence text, int at, String field) {
    int n = text.length();
    int name = field.length() - 1;
    int i = at + 1 + name;
    if (i >= n || !startsWith(text, at + 1, field, name) || text.charAt(i) != '"') {
      return -1;
    }
    i++;
    while (i < n && text.charAt(i) == ' ') {
      i++;
    }
    return i < n && text.charAt(i) == ':' ? i + 1 : -1;
  }

  /** Whether {@code text} holds the first {@code length} characters of {@code prefix} at {@code at}. */
  static boolean startsWith(CharSequence text, int at, String prefix, int length) {
    if (at + length > text.length()) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (text.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * 0 when a line is only a quoted JSON key opening an object ({@code "spring.datasource.password": {}),
   * as Spring Boot's {@code /actuator/env} prints each property before its {@code "value"} field on the
   * next line; -1 for any other line. Such a line is paired like a name field.
   */
  static int jsonKeyOpeningObject(CharSequence text) {
    int end = contentEnd(text);
    if (end == 0 || text.charAt(end - 1) != '{') {
      return -1; // most lines: decided by their last character
    }
    return keyOpening(text, indentOf(text), end) >= 0 ? 0 : -1;
  }

  /**
   * 0 when a line is only a PHP {@code var_dump} array key or property ({@code ["password"]=>},
   * {@code ["password":protected]=>}), whose value {@code var_dump} prints on the next line; -1 for any
   * other line. Such a line is paired like a name field, with a {@code string(N) "..."} line.
   */
  static int phpDumpKey(CharSequence text) {
    int end = text.length();
    while (end > 0 && isBlank(text.charAt(end - 1))) {
      end--;
    }
    if (end < 6 || text.charAt(end - 1) != '>' || text.charAt(end - 2) != '=' || text.charAt(end - 3) != ']') {
      return -1; // most lines: decided by their last characters
    }
    int i = 0;
    while (i < end && isBlank(text.charAt(i))) {
      i++;
    }
    return i + 1 < end && text.charAt(i) == '[' && text.charAt(i + 1) == '"' ? 0 : -1;
  }

  /** Whether a line holds a PHP {@code var_dump} string value: {@code string(14) "..."} after blanks. */
  private static boolean dumpsString(CharSequence text) {
    int i = 0;
    while (i < text.length() && isBlank(text.charAt(i))) {
      i++;
    }
    return startsWith(text, i, "string(", "string(".length());
  }

  /**
   * A BEGIN line of a private key (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP ... BLOCK) or of an OpenVPN key
   * ({@code OpenVPN Static key V1}, tls-crypt-v2), with no END after it.
   */
  static boolean opensBlock(CharSequence text) {
    int begin = indexOf(text, "-----BEGIN ", 0);
    while (begin >= 0) {
      if (startsWith(text, begin + 11, "OpenVPN ", "OpenVPN ".length())) {
        return indexOf(text, "-----END ", begin + 11) < 0;
      }
      int key = indexOf(text, "PRIVATE KEY", begin + 11);
      if (key < 0) {
        return false;
      }
      if (key - begin <= 40) {
        return indexOf(text, "-----END ", key) < 0;
      }
      begin = indexOf(text, "-----BEGIN ", begin + 11);
    }
    return false;
  }

  static int indexOf(CharSequence text, String needle, int from) {
    if (text instanceof StringBuilder sb) {
      return sb.indexOf(needle, from);
    }
    return text.toString().indexOf(needle, from);
  }
}
