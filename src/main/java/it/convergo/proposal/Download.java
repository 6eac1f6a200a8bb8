package it.convergo.proposal;

/** A generated or stored document ready to send to the browser. */
public record Download(String fileName, String contentType, byte[] bytes) {
}
