package it.convergo.challenge;

/** A stored file ready to be downloaded. */
public record FileData(String fileName, String contentType, byte[] content) {
}
