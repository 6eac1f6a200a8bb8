package it.convergo.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the rows of an uploaded table, CSV (';' or ',', found from the first line) or the first sheet of an
 * XLSX, as text. Hostile files are expected: the XML parser is the JDK's own with DTDs and external entities
 * off, each part of the archive is read to a bounded size, and the number of rows is limited. A file that
 * cannot be read is refused with a translated message.
 */
public final class SpreadsheetReader {

    /** The most rows read (header included). */
    public static final int MAX_ROWS = 2_000;
    private static final long MAX_PART_BYTES = 20L << 20;

    private SpreadsheetReader() {
    }

    public static List<List<String>> read(String fileName, Path file) {
        try {
            return isZip(file) ? xlsx(file) : csv(file);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof UserFacingException refused) {
                throw refused;
            }
            throw new UserFacingException("import.error.unreadable", fileName == null ? "" : fileName);
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        }
    }

    private static List<List<String>> csv(Path file) throws IOException {
        String first;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            first = lines.findFirst().orElse("");
        }
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get().parse(in)) {
                rows.add(limited(rows, record.toList().stream().map(SpreadsheetReader::clean).toList()));
            }
        }
        return rows;
    }

    private static List<List<String>> xlsx(Path file) throws IOException, XMLStreamException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> shared = new ArrayList<>();
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            if (strings != null) {
                XMLStreamReader xml = parser(zip, strings);
                StringBuilder text = null;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                        text = new StringBuilder();
                    } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("t") && text != null) {
                        text.append(xml.getElementText());
                    } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("si") && text != null) {
                        shared.add(text.toString());
                        text = null;
                    }
                }
            }
            return sheet(zip, firstSheet(zip), shared);
        }
    }

    private static ZipEntry firstSheet(ZipFile zip) {
        ZipEntry first = zip.getEntry("xl/worksheets/sheet1.xml");
        if (first != null) {
            return first;
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
                return e;
            }
        }
        throw new IllegalArgumentException("no sheet");
    }

    private static List<List<String>> sheet(ZipFile zip, ZipEntry entry, List<String> shared) throws IOException, XMLStreamException {
        XMLStreamReader xml = parser(zip, entry);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        String type = null;
        int column = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> row = new ArrayList<>();
                    case "c" -> {
                        type = xml.getAttributeValue(null, "t");
                        String ref = xml.getAttributeValue(null, "r");
                        column = ref == null ? (row == null ? 0 : row.size()) : columnOf(ref);
                    }
                    case "v", "t" -> {
                        String value = xml.getElementText();
                        if ("s".equals(type)) {
                            value = shared.get(Integer.parseInt(value.trim()));
                        }
                        if (row != null) {
                            while (row.size() < column) {
                                row.add("");
                            }
                            if (row.size() == column) {
                                row.add(clean(value));
                            }
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row") && row != null) {
                if (row.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(limited(rows, row));
                }
                row = null;
            }
        }
        return rows;
    }

    private static XMLStreamReader parser(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        byte[] part = zip.getInputStream(entry).readNBytes((int) MAX_PART_BYTES + 1);
        if (part.length > MAX_PART_BYTES) {
            throw new UserFacingException("import.error.tooLarge");
        }
        return factory.createXMLStreamReader(new java.io.ByteArrayInputStream(part));
    }

    /** "C12" → 2. */
    private static int columnOf(String ref) {
        int column = 0;
        for (char c : ref.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private static <T> T limited(List<?> rows, T row) {
        if (rows.size() >= MAX_ROWS) {
            throw new UserFacingException("import.error.tooManyRows", MAX_ROWS);
        }
        return row;
    }

    /** Trimmed, without the leading quote that neutralises formulas in the portal's own exports. */
    private static String clean(String cell) {
        String trimmed = cell == null ? "" : cell.replace("\uFEFF", "").strip();
        return trimmed.length() > 1 && trimmed.charAt(0) == '\'' && SpreadsheetCsv.isFormulaTrigger(trimmed.charAt(1))
                ? trimmed.substring(1) : trimmed;
    }
}
