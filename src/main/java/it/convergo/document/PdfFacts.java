package it.convergo.document;

/** What the portal records about an accepted PDF: size in bytes, page count and SHA-256 (hex). */
public record PdfFacts(long size, int pages, String sha256) {
}
