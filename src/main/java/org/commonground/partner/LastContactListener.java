package org.commonground.partner;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.commonground.shared.LastContactChanged;
import org.commonground.shared.LastContactsChanged;
import org.commonground.shared.RecordChanges;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each partner's "last contact" for the directory (sortable: who have we not talked to
 * lately?). Runs in the transaction that logged the interaction, so both commit or neither.
 */
@Component
class LastContactListener {

    private final PartnerRepository partners;
    private final JdbcTemplate jdbc;
    private final RecordChanges changes;

    LastContactListener(PartnerRepository partners, JdbcTemplate jdbc, RecordChanges changes) {
        this.partners = partners;
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LastContactChanged event) {
        partners.updateContacts(event.partnerId(), event.lastContactAt(), event.firstContactOn());
        changes.touched("partner"); // a bulk update: no entity event reports it
    }

    /**
     * An import's changes, as one JDBC batch in the same transaction (a derived figure: no version bump, no
     * history, like {@code updateContacts}). Partners loaded in this session are not refreshed; an import
     * loads none.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LastContactsChanged event) {
        partners.flush();
        jdbc.batchUpdate(
                "update partner set last_contact_at = ?, first_contact_on = ? where id = ?",
                event.changes(),
                500,
                (statement, change) -> {
                    statement.setObject(
                            1,
                            change.lastContactAt() == null
                                    ? null
                                    : OffsetDateTime.ofInstant(change.lastContactAt(), ZoneOffset.UTC));
                    statement.setObject(2, change.firstContactOn());
                    statement.setLong(3, change.partnerId());
                });
        changes.touched("partner");
    }
}
