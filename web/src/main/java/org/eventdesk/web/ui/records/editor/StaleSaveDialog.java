package org.eventdesk.web.ui.records.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.function.Supplier;
import org.eventdesk.application.record.ChangeView;
import org.eventdesk.application.record.RecordCatalog;
import org.eventdesk.domain.record.StaleRecordException;

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
        dialog.setHeader("Someone else saved this record");
        dialog.setText(stale.getMessage() + " Your changes are still in the form.");
        dialog.setConfirmText("Reload their version (discard mine)");
        dialog.addConfirmListener(e -> reloadTheirs.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Keep my changes");
        dialog.setRejectable(true);
        dialog.setRejectText("Compare");
        dialog.addRejectListener(e -> showComparison(compare.get()));
        dialog.open();
    }

    /** Shows, field by field, how the form differs from the version saved by someone else. */
    private static void showComparison(RecordCatalog.SavedComparison comparison) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                "Your form compared with version " + comparison.version() + " (saved by " + comparison.savedBy() + ")");
        Grid<ChangeView.FieldView> grid = new Grid<>();
        grid.setId("compare-grid");
        grid.addColumn(ChangeView.FieldView::field).setHeader("Field").setAutoWidth(true);
        grid.addColumn(c -> c.before() == null ? "" : c.before()).setHeader("Theirs (saved)");
        grid.addColumn(c -> c.after() == null ? "" : c.after()).setHeader("Yours (not saved)");
        grid.setItems(comparison.changes());
        grid.setWidth("60em");
        dialog.add(comparison.changes().isEmpty() ? new Span("No differences: reload their version safely.") : grid);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
