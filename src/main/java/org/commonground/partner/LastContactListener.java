package org.commonground.partner;

import org.commonground.shared.LastContactChanged;
import org.springframework.context.event.EventListener;
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

    LastContactListener(PartnerRepository partners) {
        this.partners = partners;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LastContactChanged event) {
        partners.updateContacts(event.partnerId(), event.lastContactAt(), event.firstContactOn());
    }
}
