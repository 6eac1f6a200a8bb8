package it.convergo.proposal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A generated or stored document ready to send to the browser. Its content is written when the browser asks
 * for it, so a stored file streams from the database to the response instead of being held in memory.
 */
public record Download(String fileName, String contentType, long size, Content content) {

    /** Writes the document; a stored file opens its own read transaction. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A document already in memory (generated PDFs, receipts). */
    public Download(String fileName, String contentType, byte[] bytes) {
        this(fileName, contentType, bytes.length, out -> out.write(bytes));
    }

    /** The whole document in memory, for callers that need the bytes. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size, Integer.MAX_VALUE - 8));
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
