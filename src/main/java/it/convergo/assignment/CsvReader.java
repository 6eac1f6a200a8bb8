package it.convergo.assignment;

import it.convergo.base.SpreadsheetCsv;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Minimal fast CSV reader for the command line: one record per line, comma separated, spaces
 * around unquoted fields ignored, fields may be double-quoted ("" inside quotes is a quote; quoted
 * line breaks are not supported). Blank lines and a UTF-8 byte order mark are skipped. Fields are
 * byte ranges of an internal buffer, so ten million rows need no per-row objects.
 */
final class CsvReader implements Closeable {

    private static final int MAX_FIELDS = 16;

    private final InputStream in;
    private final String name;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private boolean eof;
    private int line;
    private final int[] fieldStart = new int[MAX_FIELDS];
    private final int[] fieldEnd = new int[MAX_FIELDS];
    private int fieldCount;

    CsvReader(Path file) throws InputException {
        this.name = file.toString();
        try {
            this.in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + describe(e));
        }
    }

    /** Reads the next non-blank line; false at end of file. */
    boolean next() throws InputException {
        while (true) {
            int end = lineEnd();
            if (end < 0) {
                return false;
            }
            line++;
            int start = pos;
            pos = end < limit ? end + 1 : end;
            if (end > start && buf[end - 1] == '\r') {
                end--;
            }
            if (line == 1 && end - start >= 3 && buf[start] == (byte) 0xEF && buf[start + 1] == (byte) 0xBB
                    && buf[start + 2] == (byte) 0xBF) {
                start += 3;
            }
            if (end > start) {
                split(start, end);
                return true;
            }
        }
    }

    /** Index of the '\n' ending the current line (or of the end of data at EOF), -1 when no data is left. */
    private int lineEnd() throws InputException {
        int scanFrom = pos;
        while (true) {
            for (int i = scanFrom; i < limit; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            if (eof) {
                return pos < limit ? limit : -1;
            }
            scanFrom = limit - pos;
            fill();
        }
    }

    private void fill() throws InputException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int read = in.read(buf, limit, buf.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
            }
        } catch (IOException e) {
            throw new InputException("cannot read " + name + ": " + describe(e));
        }
    }

    private void split(int start, int end) throws InputException {
        fieldCount = 0;
        int at = start;
        while (true) {
            if (fieldCount == MAX_FIELDS) {
                throw error("too many fields");
            }
            if (at < end && buf[at] == '"') {
                at = quoted(at, end);
            } else {
                int from = at;
                while (at < end && buf[at] != ',') {
                    at++;
                }
                int to = at;
                while (from < to && buf[from] == ' ') {
                    from++;
                }
                while (to > from && buf[to - 1] == ' ') {
                    to--;
                }
                fieldStart[fieldCount] = from;
                fieldEnd[fieldCount] = to;
            }
            fieldCount++;
            if (at >= end) {
                return;
            }
            if (buf[at] != ',') {
                throw error("unexpected character after a quoted field");
            }
            at++;
        }
    }

    /** Unquotes a field in place; returns the position after the closing quote. */
    private int quoted(int at, int end) throws InputException {
        int write = at;
        fieldStart[fieldCount] = write;
        at++;
        while (true) {
            if (at >= end) {
                throw error("unterminated quoted field");
            }
            if (buf[at] == '"') {
                if (at + 1 < end && buf[at + 1] == '"') {
                    buf[write++] = '"';
                    at += 2;
                    continue;
                }
                fieldEnd[fieldCount] = write;
                return at + 1;
            }
            buf[write++] = buf[at++];
        }
    }

    int fieldCount() {
        return fieldCount;
    }

    int line() {
        return line;
    }

    String field(int i) {
        return new String(buf, fieldStart[i], fieldEnd[i] - fieldStart[i], StandardCharsets.UTF_8);
    }

    byte[] buffer() {
        return buf;
    }

    int start(int i) {
        return fieldStart[i];
    }

    int end(int i) {
        return fieldEnd[i];
    }

    /** Parses a field as an int without allocating. */
    int intField(int i, String what) throws InputException {
        int at = fieldStart[i];
        int end = fieldEnd[i];
        boolean negative = at < end && buf[at] == '-';
        if (negative || (at < end && buf[at] == '+')) {
            at++;
        }
        if (at == end) {
            throw error(what + " '" + field(i) + "' is not an integer");
        }
        long value = 0;
        for (; at < end; at++) {
            int digit = buf[at] - '0';
            if (digit < 0 || digit > 9) {
                throw error(what + " '" + field(i) + "' is not an integer");
            }
            value = Math.min(value * 10 + digit, 1L << 40); // saturates far outside int: no long overflow
        }
        value = negative ? -value : value;
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error(what + " '" + field(i) + "' is out of range");
        }
        return (int) value;
    }

    /**
     * Makes field {@code i} an id in canonical form, in place, so every file matches ids the same way: spaces
     * and tabs around it removed (quoted ones too), the leading quote that neutralised a formula-like id in an
     * exported file dropped, and an e-mail address (an id with '@') lower-cased, ASCII letters only.
     */
    void normaliseId(int i) {
        int from = fieldStart[i];
        int to = fieldEnd[i];
        while (from < to && (buf[from] == ' ' || buf[from] == '\t')) {
            from++;
        }
        while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) {
            to--;
        }
        if (to - from > 1 && buf[from] == '\'' && SpreadsheetCsv.isFormulaTrigger((char) buf[from + 1])) {
            from++;
        }
        boolean email = false;
        for (int at = from; at < to && !email; at++) {
            email = buf[at] == '@';
        }
        if (email) {
            for (int at = from; at < to; at++) {
                if (buf[at] >= 'A' && buf[at] <= 'Z') {
                    buf[at] += 'a' - 'A';
                }
            }
        }
        fieldStart[i] = from;
        fieldEnd[i] = to;
    }

    InputException error(String message) {
        return new InputException(name + " line " + line + ": " + message);
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
