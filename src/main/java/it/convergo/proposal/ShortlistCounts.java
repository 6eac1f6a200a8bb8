package it.convergo.proposal;

/**
 * Where the shortlist of a two-stage challenge stands: outlines to invite, outlines whose applicants get feedback
 * only, outlines still undecided; {@code confirmed} once the firm confirmed it (then nothing changes any more).
 */
public record ShortlistCounts(long invited, long feedbackOnly, long undecided, boolean confirmed, boolean open) {

    public long total() {
        return invited + feedbackOnly + undecided;
    }
}
