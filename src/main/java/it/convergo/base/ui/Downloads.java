package it.convergo.base.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Download links whose content is made (and access-checked) only when the user clicks. */
public final class Downloads {

    private Downloads() {
    }

    public static DownloadHandler of(Supplier<byte[]> content, String fileName, String contentType) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        });
    }

    public static DownloadHandler pdf(Supplier<byte[]> content, String fileName) {
        return of(content, fileName, "application/pdf");
    }
}
