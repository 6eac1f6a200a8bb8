package it.convergo.evaluation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import it.convergo.base.ui.Fact;
import it.convergo.proposal.ProposalContent;
import java.util.function.LongFunction;

/**
 * A submitted proposal as a reader sees it: the fixed fields, the answers, the attachments. In blind
 * challenges the content is already anonymised by the service and no organisation is shown.
 */
class ProposalReader extends Div {

    ProposalReader(ProposalContent content, boolean blind, LongFunction<DownloadHandler> fileDownload,
                   DownloadHandler dossier) {
        addClassNames("cv-card", "cv-proposal-reader");
        var summary = content.summary();
        add(new H2(summary.title() + (summary.acronym() == null || summary.acronym().isBlank() ? "" : " (" + summary.acronym() + ")")));
        Div facts = new Div();
        facts.addClassName("cv-facts");
        if (!blind) {
            facts.add(new Fact(getTranslation("evaluation.reader.organisation"), summary.organisationName()));
        }
        facts.add(new Fact(getTranslation("evaluation.reader.trl"), content.trlNow() + " → " + content.trlTarget()),
                new Fact(getTranslation("evaluation.reader.budget"), content.budgetText()),
                new Fact(getTranslation("evaluation.reader.areas"), String.join(", ", summary.areas().stream()
                        .map(a -> getTranslation(a.labelKey())).toList())));
        add(facts, new H3(getTranslation("evaluation.reader.abstract")), paragraph(summary.abstractText()));
        if (!blind && content.teamText() != null && !content.teamText().isBlank()) {
            add(new H3(getTranslation("evaluation.reader.team")), paragraph(content.teamText()));
        }
        for (ProposalContent.Answer answer : content.answers()) {
            add(new H3(answer.question()), paragraph(answer.value()));
        }
        if (!content.files().isEmpty()) {
            add(new H3(getTranslation("evaluation.reader.files")));
            for (ProposalContent.FileInfo f : content.files()) {
                Anchor link = new Anchor(fileDownload.apply(f.fileId()), f.fileName());
                link.getElement().setAttribute("download", true);
                Span meta = new Span(" · " + getTranslation("evaluation.reader.fileMeta", f.pages(),
                        Math.max(1, f.sizeBytes() / 1024)));
                meta.addClassName("cv-hint");
                add(new Div(link, meta));
            }
        }
        Anchor whole = new Anchor(dossier, getTranslation("evaluation.reader.dossier"));
        whole.getElement().setAttribute("download", true);
        whole.addClassName("cv-download");
        add(new Paragraph(whole));
    }

    private static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text);
        p.addClassName("cv-prewrap");
        return p;
    }
}
