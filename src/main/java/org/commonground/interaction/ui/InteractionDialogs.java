package org.commonground.interaction.ui;

import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionService;
import org.commonground.partner.PartnerService;
import org.commonground.security.Account;
import org.commonground.security.CurrentUser;
import org.commonground.shared.ui.UserZone;
import org.springframework.stereotype.Component;

/** Opens the log form from anywhere: the layout's button and shortcut, a partner page, a record. */
@Component
public class InteractionDialogs {

    private final InteractionService interactions;
    private final PartnerService partners;
    private final CurrentUser currentUser;

    InteractionDialogs(InteractionService interactions, PartnerService partners, CurrentUser currentUser) {
        this.interactions = interactions;
        this.partners = partners;
        this.currentUser = currentUser;
    }

    /** A new interaction, now, optionally with one partner already chosen. */
    public void logNew(Long partnerId) {
        InteractionForm form = interactions.newForm(UserZone.current(interactions.libraryZone()));
        if (partnerId != null) {
            form.getPartnerIds().add(partnerId);
        }
        new LogInteractionDialog(interactions, partners, form, null, me()).open();
    }

    public void edit(long interactionId) {
        new LogInteractionDialog(interactions, partners, interactions.formFor(interactionId), interactionId, me())
                .open();
    }

    private Long me() {
        return currentUser.account().map(Account::id).orElse(null);
    }
}
