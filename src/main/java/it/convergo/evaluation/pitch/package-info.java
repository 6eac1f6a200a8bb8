/**
 * The pitch day (issues 15 and 16): once the proposals have final scores, the firm invites the top of the
 * written ranking to a live pitch, one slot each, with an .ics invitation per applicant and jury member; the
 * jury scores the pitches against the pitch's own criteria, and the pitch score joins the ranking with the
 * weight the firm chose. Proposals not invited keep their written score.
 */
package it.convergo.evaluation.pitch;
