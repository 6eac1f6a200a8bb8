package it.convergo.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.account.UserAccount;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.evaluation.PitchAppointment;
import it.convergo.evaluation.pitch.PitchDayView;
import it.convergo.evaluation.pitch.PitchService;
import it.convergo.support.SpringTest;
import it.convergo.workflow.PitchFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pitch slots as calendar entries, read back as a client would: in the invitation file and in the feeds. */
class PitchIcsTest extends SpringTest {

    @Autowired PitchCalendarFile files;
    @Autowired PitchFixture pitch;
    @Autowired PitchService pitches;
    @Autowired FeedTokens tokens;
    @Autowired FeedCalendar feeds;
    @Autowired ChallengeFixtures challenges;

    /** 1 March 2027, 09:30 in Rome (CET, UTC+1). */
    private static final Instant START = Instant.parse("2027-03-01T08:30:00Z");

    @Test
    void aSlotIsAnAppointmentInRomeTimeWithItsLengthPlaceAndSequence() {
        PitchAppointment slot = new PitchAppointment(7, 42, "Energia pulita", "Pompe di calore; più efficienti", START, 25,
                "Sala Verdi, Torino", "https://meet.example/pitch", 0);
        PitchAppointment linkOnly = new PitchAppointment(7, 43, "Energia pulita", "Second", START.plus(Duration.ofMinutes(25)),
                20, null, "https://meet.example/pitch", 0);
        byte[] bytes = files.write(List.of(slot, linkOnly), Locale.ITALIAN);
        ParsedIcs ics = ParsedIcs.of(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(ics.uids()).containsExactly("pitch-7-proposal-42@localhost", "pitch-7-proposal-43@localhost");
        ParsedIcs.Entry first = ics.entry("pitch-7-proposal-42@localhost").orElseThrow();
        assertThat(first.start()).isEqualTo(START);
        assertThat(first.tzid()).isEqualTo("Europe/Rome");
        assertThat(first.summary()).isEqualTo("Pitch: Pompe di calore; più efficienti");
        assertThat(first.description()).contains("25 minuti", "https://meet.example/pitch");
        assertThat(text).contains("DTSTART;TZID=Europe/Rome:20270301T093000", "DTEND;TZID=Europe/Rome:20270301T095500",
                "LOCATION:Sala Verdi\\, Torino", "TRANSP:OPAQUE", "SEQUENCE:0", "BEGIN:VTIMEZONE");
        assertThat(text).contains("LOCATION:https://meet.example/pitch").doesNotContain("TRANSP:TRANSPARENT");

        // moved by an hour: the same entry, a higher sequence
        PitchAppointment moved = new PitchAppointment(7, 42, "Energia pulita", slot.proposalTitle(), START.plus(Duration.ofHours(1)),
                25, slot.place(), slot.videoLink(), 1);
        byte[] again = files.write(List.of(moved), Locale.ENGLISH);
        ParsedIcs reread = ParsedIcs.of(again);
        assertThat(reread.uids()).containsExactly("pitch-7-proposal-42@localhost");
        assertThat(reread.entries().getFirst().start()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(new String(again, StandardCharsets.UTF_8)).contains("SEQUENCE:1", "DTSTART;TZID=Europe/Rome:20270301T103000");
    }

    @Test
    void theInvitedApplicantAndTheJuryFindTheSlotInTheirFeedsOthersDoNot() {
        PitchFixture.Evaluated c = pitch.evaluated("Pitch feed", false);
        pitch.signIn(c.manager());
        PitchDayView day = pitches.plan(c.challengeId(), PitchFixture.plan(2), -1);
        String uid = "pitch-" + day.id() + "-proposal-" + c.proposals().getFirst() + "@localhost";
        assertThat(read(feedOf(c.applicants().getFirst())).uids()).as("not before the invitations").doesNotContain(uid);
        pitch.signIn(c.manager());
        pitches.sendInvitations(c.challengeId());
        assertThat(read(feedOf(c.applicants().getFirst())).entry(uid)).get()
                .extracting(ParsedIcs.Entry::start).isEqualTo(day.slots().getFirst().startsAt());
        assertThat(read(feedOf(c.applicants().get(1))).uids()).doesNotContain(uid)
                .contains("pitch-" + day.id() + "-proposal-" + c.proposals().get(1) + "@localhost");
        assertThat(read(feedOf(c.applicants().get(3))).uids()).noneMatch(u -> u.startsWith("pitch-" + day.id()));
        assertThat(read(feedOf(c.jury().get(1))).uids()).filteredOn(u -> u.startsWith("pitch-" + day.id())).hasSize(2);
    }

    private String feedOf(UserAccount user) {
        challenges.signIn(user);
        String address = tokens.renew();
        challenges.signOut();
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }

    private ParsedIcs read(String secret) {
        return ParsedIcs.of(feeds.forSecret(secret).orElseThrow());
    }
}
