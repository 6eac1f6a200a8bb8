package it.convergo.evaluation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import it.convergo.audit.AuditEvent;
import it.convergo.base.Times;
import it.convergo.evaluation.progress.BoardService;

/** The audit trail of this challenge's evaluation: every decision, assignment, declaration and publication. */
class AuditTab extends VerticalLayout {

    AuditTab(BoardService board, long challengeId) {
        setPadding(false);
        Grid<AuditEvent> grid = new Grid<>();
        grid.addColumn(e -> Times.format(e.getOccurredAt(), getLocale())).setHeader(getTranslation("admin.audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getActor).setHeader(getTranslation("admin.audit.who")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getAction).setHeader(getTranslation("admin.audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getSubject).setHeader(getTranslation("admin.audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getDetails).setHeader(getTranslation("admin.audit.details")).setFlexGrow(2);
        grid.setItems(board.audit(challengeId));
        grid.setEmptyStateText(getTranslation("admin.audit.empty"));
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("evaluation.audit.intro")), grid);
    }
}
