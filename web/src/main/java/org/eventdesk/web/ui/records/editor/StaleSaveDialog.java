package org.eventdesk.web.ui.records.editor;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.function.Supplier;
import org.eventdesk.application.record.ChangeView;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.domain.record.StaleRecordException;
import org.eventdesk.web.ui.i18n.Texts;

/**
 * Someone else saved the record since this form read it: the save was refused with their name, and the form keeps
 * what was typed. The editor reloads their version (discarding theirs), keeps the form, or first compares the two
 * field by field (the comparison is the service's, {@link RecordCatalog#compareWithSaved}).
 */
final class StaleSaveDialog {
    private StaleSaveDialog() {}

    static void open(
            StaleRecordException stale, Runnable reloadTheirs, Supplier<RecordCatalog.SavedComparison> compare) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("stale-dialog");
        dialog.setHeader(t("editor.stale.title"));
        dialog.setText(t("editor.stale.text", Texts.say(stale)));
        dialog.setConfirmText(t("editor.stale.reload"));
        dialog.addConfirmListener(e -> reloadTheirs.run());
        dialog.setCancelable(true);
        dialog.setCancelText(t("editor.stale.keep"));
        dialog.setRejectable(true);
        dialog.setRejectText(t("editor.stale.compare"));
        dialog.addRejectListener(e -> showComparison(compare.get()));
        dialog.open();
    }

    /** Shows, field by field, how the form differs from the version saved by someone else. */
    private static void showComparison(RecordCatalog.SavedComparison comparison) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("editor.compare.title", String.valueOf(comparison.version()), comparison.savedBy()));
        Grid<ChangeView.FieldView> grid = new Grid<>();
        grid.setId("compare-grid");
        grid.addColumn(ChangeView.FieldView::field)
                .setHeader(t("editor.compare.field"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.before() == null ? "" : c.before()).setHeader(t("editor.compare.theirs"));
        grid.addColumn(c -> c.after() == null ? "" : c.after()).setHeader(t("editor.compare.yours"));
        grid.setItems(comparison.changes());
        grid.setWidth("60em");
        dialog.add(comparison.changes().isEmpty() ? new Span(t("editor.compare.same")) : grid);
        dialog.getFooter().add(new Button(t("editor.compare.close"), e -> dialog.close()));
        dialog.open();
    }
}
