package it.convergo.proposal;

import java.time.Instant;

/** An uploaded PDF of a proposal: {@code questionPos} is the form's PDF question, -1 for a general attachment. */
public record AttachedFile(long id, int questionPos, String fileName, long sizeBytes, int pages, String sha256,
                           Instant uploadedAt) {
}
