package it.convergo.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends a file to an {@link Upload} as the browser's upload request would (through the component's own
 * handler, file-type wrapper included) and reports whether the component was told to empty its file list,
 * which is what lets the browser take the next file.
 */
public final class Uploads {

    private Uploads() {
    }

    /** @return true when the component asked the browser to clear its file list */
    public static boolean send(Upload upload, String fileName, byte[] content) {
        var handler = UploadKt.get_handler(upload);
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).setContent(content);
        UI ui = UI.getCurrent();
        MockVaadin.clientRoundtrip(false);
        try {
            handler.handleUploadRequest(new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                    VaadinSession.getCurrent(), fileName, content.length, "application/pdf", upload.getElement(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        boolean cleared = ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .anyMatch(js -> js.getInvocation().getExpression().contains("this.files = []"));
        MockVaadin.clientRoundtrip(false);
        return cleared;
    }
}
