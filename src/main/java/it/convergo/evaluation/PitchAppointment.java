package it.convergo.evaluation;

import java.time.Instant;

/**
 * One pitch slot as a calendar shows it: the same entry (pitch day and proposal make its id) for the invited
 * applicant and for each jury member; {@code sequence} rises every time the slot moves, so a client updates
 * the entry it has. Pitches are never blind: the proposal's title is shown.
 */
public record PitchAppointment(long pitchDayId, long proposalId, String challengeTitle, String proposalTitle,
                               Instant startsAt, int minutes, String place, String videoLink, long sequence) {
}
