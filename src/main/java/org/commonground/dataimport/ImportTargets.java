package org.commonground.dataimport;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionService;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKey;
import org.commonground.partner.PartnerService;

/**
 * What the planners need of the features an import writes into: the records a row may match, and each feature's
 * own rules (so an import and a form refuse the same things with the same words). The services provide it in the
 * app; a unit test gives a small fake.
 */
interface ImportTargets {

    List<PartnerKey> partnerKeys();

    PartnerForm partnerForm(long partnerId);

    /** Throws {@code InvalidInputException} naming each failing field. */
    void validatePartner(PartnerForm form);

    List<ContactDetails> contactsOf(Collection<Long> partnerIds);

    /** Throws {@code InvalidInputException} naming each failing field. */
    void validateContact(ContactForm form);

    /** The failing fields of each invalid form, by the form's index. */
    Map<Integer, Map<String, String>> validateInteractions(List<InteractionForm> forms);

    static ImportTargets of(PartnerService partners, InteractionService interactions) {
        return new ImportTargets() {
            @Override
            public List<PartnerKey> partnerKeys() {
                return partners.importKeys();
            }

            @Override
            public PartnerForm partnerForm(long partnerId) {
                return partners.formFor(partnerId);
            }

            @Override
            public void validatePartner(PartnerForm form) {
                partners.validate(form);
            }

            @Override
            public List<ContactDetails> contactsOf(Collection<Long> partnerIds) {
                return partners.contactsOf(partnerIds);
            }

            @Override
            public void validateContact(ContactForm form) {
                partners.validateContact(form);
            }

            @Override
            public Map<Integer, Map<String, String>> validateInteractions(List<InteractionForm> forms) {
                return interactions.validateAll(forms);
            }
        };
    }
}
