package it.convergo.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.CountedText;
import it.convergo.base.ui.Fact;
import it.convergo.base.ui.Notifications;
import it.convergo.evaluation.vote.Audience;
import it.convergo.evaluation.vote.FirmVote;
import it.convergo.evaluation.vote.PrizeVotes;
import it.convergo.evaluation.vote.VoteResults;
import it.convergo.evaluation.vote.VoteSettings;
import it.convergo.evaluation.vote.VoteStatus;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The firm's audience award: an additional prize decided by a vote of the portal's members or public, next to the
 * jury's ranking. The firm sets it up after eligibility and may change it until the vote opens; then it sees how
 * many ballots were cast, and the results only once the vote is counted.
 */
class AudienceAwardTab extends VerticalLayout {

    private final PrizeVotes votes;
    private final long challengeId;

    AudienceAwardTab(PrizeVotes votes, long challengeId) {
        this.votes = votes;
        this.challengeId = challengeId;
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        add(new Paragraph(getTranslation("vote.firm.intro")));
        Optional<FirmVote> vote = votes.forFirm(challengeId);
        vote.ifPresent(v -> add(summary(v)));
        if (vote.map(FirmVote::editable).orElse(true)) {
            List<FirmVote.Candidate> candidates = votes.candidates(challengeId);
            if (candidates.isEmpty()) {
                add(new Paragraph(getTranslation("vote.firm.noEligible")));
            } else {
                add(form(vote.orElse(null), candidates));
            }
        }
    }

    private Component summary(FirmVote v) {
        Div card = new Div(new H3(v.prizeName()), new Badge(getTranslation(v.status().labelKey()),
                v.status() == VoteStatus.COUNTED ? Badge.Tone.DECIDED : v.status() == VoteStatus.OPEN ? Badge.Tone.SUCCESS : Badge.Tone.INFO));
        card.setId("vote-firm-summary");
        card.addClassName("cv-card");
        Div facts = new Div(new Fact(getTranslation("vote.firm.audience"), getTranslation(v.audience().labelKey())),
                new Fact(getTranslation("vote.firm.opensAt"), Times.format(v.opensAt(), getLocale())),
                new Fact(getTranslation("vote.firm.closesAt"), Times.format(v.closesAt(), getLocale())),
                new Fact(getTranslation("vote.firm.ballots"), String.valueOf(v.ballotsCast())));
        facts.addClassName("cv-facts");
        card.add(facts);
        if (v.excludeFirmStaff() || v.excludeEvaluators()) {
            card.add(new Paragraph(getTranslation("vote.firm.excluded", List.of(
                    v.excludeFirmStaff() ? getTranslation("vote.firm.excludeFirmStaff") : "",
                    v.excludeEvaluators() ? getTranslation("vote.firm.excludeEvaluators") : "").stream()
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining("; ")))));
        }
        UnorderedList list = new UnorderedList();
        v.entries().forEach(c -> list.add(new ListItem(c.title() + " — " + getTranslation(c.optedIn()
                ? "vote.firm.optedIn" : "vote.firm.notOptedIn"))));
        card.add(new Paragraph(getTranslation("vote.firm.entries")), list);
        card.add(v.results().<Component>map(this::results)
                .orElseGet(() -> new Paragraph(getTranslation("vote.firm.hidden"))));
        return card;
    }

    private Component results(VoteResults r) {
        return VoteResultsList.of(this, r);
    }

    private Component form(FirmVote current, List<FirmVote.Candidate> candidates) {
        TextField name = CountedText.field(getTranslation("vote.firm.prizeName"), VoteSettings.PRIZE_NAME);
        name.setId("vote-prize-name");
        name.setWidthFull();
        Select<Audience> audience = new Select<>();
        audience.setLabel(getTranslation("vote.firm.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        audience.setHelperText(getTranslation("vote.firm.audienceHelp"));
        Checkbox staff = new Checkbox(getTranslation("vote.firm.excludeFirmStaff"));
        Checkbox evaluators = new Checkbox(getTranslation("vote.firm.excludeEvaluators"));
        DateTimePicker opens = romeDateTime("vote.firm.opensAt");
        DateTimePicker closes = romeDateTime("vote.firm.closesAt");
        CheckboxGroup<FirmVote.Candidate> entries = new CheckboxGroup<>(getTranslation("vote.firm.entries"));
        entries.setId("vote-entries");
        entries.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        entries.setItems(candidates);
        entries.setItemLabelGenerator(c -> c.title() + " — " + (c.organisationName() == null ? "" : c.organisationName()));
        entries.setHelperText(getTranslation("vote.firm.entriesHelp"));
        if (current == null) {
            name.setValue(getTranslation("vote.firm.defaultName"));
            audience.setValue(Audience.MEMBERS);
            staff.setValue(true);
            evaluators.setValue(true);
            LocalDateTime start = LocalDateTime.now(Times.ROME).plusDays(1).truncatedTo(ChronoUnit.HOURS);
            opens.setValue(start);
            closes.setValue(start.plusDays(14));
            entries.setValue(java.util.Set.copyOf(candidates));
        } else {
            name.setValue(current.prizeName());
            audience.setValue(current.audience());
            staff.setValue(current.excludeFirmStaff());
            evaluators.setValue(current.excludeEvaluators());
            opens.setValue(LocalDateTime.ofInstant(current.opensAt(), Times.ROME));
            closes.setValue(LocalDateTime.ofInstant(current.closesAt(), Times.ROME));
            entries.setValue(candidates.stream().filter(FirmVote.Candidate::entered).collect(Collectors.toSet()));
        }
        Button save = new Button(getTranslation(current == null ? "vote.firm.create" : "vote.firm.save"), e -> {
            try {
                votes.configure(challengeId, new VoteSettings(name.getValue(), audience.getValue(), staff.getValue(),
                        evaluators.getValue(), opens.getValue(), closes.getValue(), entries.getValue().stream()
                        .map(FirmVote.Candidate::proposalId).collect(Collectors.toSet())), current == null ? -1 : current.version());
                Notifications.success("vote.firm.saved");
                render();
            } catch (UserFacingException refused) {
                Notifications.error(refused);
            }
        });
        save.setId("vote-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation(current == null ? "vote.firm.setUp" : "vote.firm.change")),
                name, audience, staff, evaluators, opens, closes, entries, new Paragraph(getTranslation("vote.firm.consent")), save);
        form.setPadding(false);
        return form;
    }

    private DateTimePicker romeDateTime(String labelKey) {
        DateTimePicker picker = new DateTimePicker(getTranslation(labelKey));
        picker.setHelperText(getTranslation("vote.firm.romeTime"));
        picker.setLocale(getLocale());
        return picker;
    }

    /** The audience award next to the jury's ranking: its results once counted, otherwise the ballots cast so far. */
    static Optional<Component> besideRanking(PrizeVotes votes, long challengeId, Component host) {
        return votes.forFirm(challengeId).map(v -> {
            Div section = new Div(new H3(host.getTranslation("vote.ranking.heading", v.prizeName())));
            section.setId("vote-ranking");
            section.addClassName("cv-card");
            section.add(v.results().map(r -> VoteResultsList.of(host, r)).orElseGet(() -> new Paragraph(
                    host.getTranslation("vote.ranking.pending", v.ballotsCast(), Times.format(v.closesAt(), com.vaadin.flow.component.UI.getCurrent().getLocale())))));
            return section;
        });
    }
}
