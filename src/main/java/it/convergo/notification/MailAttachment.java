package it.convergo.notification;

/** A file sent with an e-mail, e.g. a calendar invitation (.ics). */
public record MailAttachment(String fileName, String contentType, byte[] content) {
}
