package it.convergo.account;

import it.convergo.audit.AuditLog;
import it.convergo.base.PersonalDataSource;
import it.convergo.base.PersonalDataSource.Person;
import it.convergo.base.PersonalDataSource.PersonalFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in person's own copy of everything the portal keeps about them (GDPR articles 15 and 20): one ZIP
 * with {@code personal-data.json}, one part per feature ({@link PersonalDataSource}), and the files they sent.
 * Only ever for the person asking; each export is audited.
 */
@Service
public class PersonalDataExport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalDataSource> sources;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    PersonalDataExport(List<PersonalDataSource> sources, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /** The file name the archive is offered under. */
    public String fileName() {
        return "convergo-personal-data-" + clock.instant().toString().substring(0, 10) + ".zip";
    }

    /** Writes the signed-in person's archive; the data is read in one read-only transaction, files as they stream. */
    @PreAuthorize("isAuthenticated()")
    public void writeMine(OutputStream target) throws IOException {
        AccountPrincipal me = CurrentUser.require();
        Person person = new Person(me.userId(), me.email(), me.fullName());
        writing.executeWithoutResult(tx -> audit.record("account.dataExported", "user:" + me.userId(), ""));
        List<PersonalFile> files = new ArrayList<>();
        Map<String, Object> data = reading.execute(tx -> {
            Map<String, Object> parts = new LinkedHashMap<>();
            parts.put("exportedAt", clock.instant().toString());
            parts.put("person", Map.of("userId", person.userId(), "email", person.email()));
            for (PersonalDataSource source : sources) {
                parts.put(source.part(), source.collect(person));
                files.addAll(source.files(person));
            }
            return parts;
        });
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            zip.putNextEntry(new ZipEntry("personal-data.json"));
            zip.write(JSON.writeValueAsBytes(data));
            zip.closeEntry();
            for (PersonalFile file : files) {
                zip.putNextEntry(new ZipEntry("files/" + file.path()));
                try {
                    reading.executeWithoutResult(tx -> {
                        try {
                            file.content().writeTo(zip);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                zip.closeEntry();
            }
        }
    }
}
