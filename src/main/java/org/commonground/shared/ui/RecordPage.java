package org.commonground.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import org.commonground.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * A page about one record named by the id in its address: it loads the record through the feature's service
 * (which applies the caller's access: another organization's record is "not found", like a missing one), shows
 * the not-found page when there is none, titles the browser tab with the record, and reloads after a change —
 * going back to the list when the record is gone.
 *
 * @param <T> the record's details as the service gives them
 */
public abstract class RecordPage<T> extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final String idParameter;
    private final String fallbackTitle;
    private @Nullable T record;
    private long id;

    protected RecordPage(String idParameter, String fallbackTitle) {
        this.idParameter = idParameter;
        this.fallbackTitle = fallbackTitle;
        addClassName("page");
    }

    /** Reads the record; throws {@link RecordNotFoundException} when the caller may not see it or it is gone. */
    protected abstract T load(long id);

    /** Builds the page for the record (the page is emptied first). */
    protected abstract void render(T record);

    protected abstract String title(T record);

    /** Where the page goes when its record disappears while it is open. */
    protected abstract Class<? extends Component> listView();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = Long.parseLong(event.getRouteParameters().get(idParameter).orElseThrow());
        try {
            record = load(id);
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return record == null ? fallbackTitle : title(record);
    }

    /** The record as last loaded. */
    protected T record() {
        if (record == null) {
            throw new IllegalStateException("No record loaded yet");
        }
        return record;
    }

    /** Reads the record again and rebuilds the page; back to the list if it is gone. */
    public void reload() {
        try {
            record = load(id);
            show();
        } catch (RecordNotFoundException e) {
            getUI().ifPresent(ui -> ui.navigate(listView()));
        }
    }

    private void show() {
        removeAll();
        render(record());
    }
}
