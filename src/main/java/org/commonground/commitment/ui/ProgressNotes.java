package org.commonground.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import org.commonground.commitment.CommitmentDetails;
import org.commonground.commitment.CommitmentForm;
import org.commonground.shared.Formats;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.ui.Feedback;

/**
 * A commitment's progress notes, newest first, with the form to add one: the same on the library's commitment
 * page and in the partner portal, each saving through its own service.
 */
public class ProgressNotes {

    /** Saves a note through the caller's service; refuses with {@link InvalidInputException} naming "note". */
    @FunctionalInterface
    public interface Saver {
        void add(long commitmentId, String text);
    }

    final TextArea note = new TextArea("New progress note");
    private final Saver saver;
    private final String savedMessage;
    private final Runnable reload;

    public ProgressNotes(Saver saver, String savedMessage, Runnable reload) {
        this.saver = saver;
        this.savedMessage = savedMessage;
        this.reload = reload;
        note.setMaxLength(CommitmentForm.NOTE_MAX);
        note.setPlaceholder("What happened, what is next");
        note.setWidthFull();
    }

    public TextArea field() {
        return note;
    }

    /** The note field and its button. */
    public Div form(CommitmentDetails details) {
        Button add = new Button("Add note", e -> add(details.id()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(note, add);
        form.addClassName("inline-with-button");
        return form;
    }

    /** The notes, or the words for none (empty words show nothing). */
    public Component list(CommitmentDetails details, ZoneId zone, String none) {
        if (details.notes().isEmpty()) {
            Paragraph empty = new Paragraph(none);
            empty.addClassName("muted");
            return empty;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("progress-notes");
        for (CommitmentDetails.ProgressNote n : details.notes()) {
            Span meta = new Span(Formats.dateTime(n.at(), zone) + " · " + Formats.orDash(n.by()));
            meta.addClassName("muted");
            Div text = new Div();
            text.setText(n.text());
            list.add(new ListItem(meta, text));
        }
        return list;
    }

    public void add(long commitmentId) {
        try {
            saver.add(commitmentId, note.getValue());
            note.clear();
            Feedback.saved(savedMessage);
            reload.run();
        } catch (InvalidInputException e) {
            note.setErrorMessage(e.fieldMessages().getOrDefault("note", e.getMessage()));
            note.setInvalid(true);
            note.focus();
        }
    }
}
