package org.commonground.commitment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonground.commitment.CommitmentDetails;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;

/**
 * Moving a commitment along its lifecycle: a button per allowed next status, a confirmation that says what the
 * move means, and the move itself through the caller's service (the library's or the partner portal's).
 */
public class StatusMoves {

    /** Moves the commitment through the caller's service; a stale version or a refused move throws. */
    @FunctionalInterface
    public interface Mover {
        void move(long commitmentId, CommitmentStatus target, long version);
    }

    private final Mover mover;
    private final String whoSees;
    private final Runnable reload;

    /**
     * @param whoSees the sentence that ends the confirmation, e.g. "The change is recorded in the history."
     */
    public StatusMoves(Mover mover, String whoSees, Runnable reload) {
        this.mover = mover;
        this.whoSees = whoSees;
        this.reload = reload;
    }

    /** A button for each status the commitment may move to (none when it is closed). */
    public List<Button> buttons(CommitmentDetails details) {
        List<Button> moves = new ArrayList<>();
        for (CommitmentStatus target : CommitmentStatus.values()) {
            if (details.nextStatuses().contains(target)) {
                Button move = new Button(target.action(), e -> confirm(details, target));
                if (ends(target)) {
                    move.addThemeVariants(ButtonVariant.LUMO_ERROR);
                }
                moves.add(move);
            }
        }
        return moves;
    }

    void confirm(CommitmentDetails details, CommitmentStatus target) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(target.action() + "?");
        confirm.setText(new Paragraph("“" + details.description() + "” becomes "
                + target.label().toLowerCase(Locale.ROOT)
                + (target.isClosed() ? ". A closed commitment cannot be reopened. " : ". ") + whoSees));
        confirm.setCancelable(true);
        confirm.setConfirmText(target.action());
        if (ends(target)) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> move(details, target));
        confirm.open();
    }

    public void move(CommitmentDetails details, CommitmentStatus target) {
        try {
            mover.move(details.id(), target, details.version());
            Feedback.saved("The commitment is now " + target.label().toLowerCase(Locale.ROOT) + ".");
        } catch (InvalidInputException | StaleRecordException e) {
            Feedback.error(e.getMessage());
        }
        reload.run();
    }

    private static boolean ends(CommitmentStatus target) {
        return target == CommitmentStatus.WITHDRAWN || target == CommitmentStatus.LAPSED;
    }
}
