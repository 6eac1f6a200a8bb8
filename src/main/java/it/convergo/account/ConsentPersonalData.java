package it.convergo.account;

import it.convergo.base.PersonalDataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The consents part: the person's whole consent history (purpose, decision, hash of the text shown, language, where,
 * when). Erasure keeps the records as proof of what was consented and when (they name the person only by the
 * account id, which is anonymised) and closes each purpose still given with a withdrawal; the unsubscribe links are
 * deleted. The register of processing shows how many people consent now to each purpose.
 */
@Component
class ConsentPersonalData implements PersonalDataSource {

    private final ConsentTable table;
    private final Consents consents;

    ConsentPersonalData(ConsentTable table, Consents consents) {
        this.table = table;
        this.consents = consents;
    }

    @Override
    public String part() {
        return "consents";
    }

    @Override
    public Object collect(Person person) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("history", table.history(person.userId()));
        part.put("unsubscribeLinks", table.tokenCount(person.userId()));
        return part;
    }

    @Override
    public void erase(Erasure erasure) {
        long id = erasure.person().userId();
        consents.withdrawAllAtErasure(id);
        table.deleteTokens(id);
    }

    @Override
    public Processing processing() {
        return new Processing(part(), consents.counts().entrySet().stream()
                .map(e -> new Figure("register.figure.consents." + e.getKey().name(), List.<Object>of(e.getValue())))
                .toList());
    }
}
