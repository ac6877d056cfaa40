package org.commonground.dataimport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.interaction.InteractionForm;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKey;
import org.commonground.partner.PartnerKind;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.Texts;

/**
 * The partner and interaction features as the planners see them, in memory: existing partners and contacts, and
 * a few rules of their own (a name is required, an interaction needs a partner) so the planners' handling of a
 * feature's refusal can be seen without a database.
 */
final class FakeTargets implements ImportTargets {

    final List<PartnerKey> partners = new ArrayList<>();
    final List<ContactDetails> contacts = new ArrayList<>();
    final Map<Long, PartnerForm> forms = new HashMap<>();

    PartnerKey partner(long id, String name, PartnerKind kind, String externalId) {
        PartnerKey key = new PartnerKey(id, name, Texts.key(name), kind, externalId);
        partners.add(key);
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(kind);
        form.setWebsite("https://kept.example.org");
        forms.put(id, form);
        return key;
    }

    void contact(long id, long partnerId, String fullName, String email) {
        contacts.add(new ContactDetails(id, partnerId, fullName, "Old title", email, null, null, 3));
    }

    @Override
    public List<PartnerKey> partnerKeys() {
        return partners;
    }

    @Override
    public PartnerForm partnerForm(long partnerId) {
        return forms.get(partnerId);
    }

    @Override
    public void validatePartner(PartnerForm form) {
        if (form.getName() == null || form.getName().isBlank()) {
            throw InvalidInputException.of("name", "Give the partner's name.");
        }
    }

    @Override
    public List<ContactDetails> contactsOf(Collection<Long> partnerIds) {
        return contacts.stream().filter(c -> partnerIds.contains(c.partnerId())).toList();
    }

    @Override
    public void validateContact(ContactForm form) {
        if (form.getEmail() != null && !form.getEmail().contains("@")) {
            throw InvalidInputException.of("email", "This is not an e-mail address.");
        }
    }

    @Override
    public Map<Integer, Map<String, String>> validateInteractions(List<InteractionForm> forms) {
        Map<Integer, Map<String, String>> invalid = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i).getPartnerIds().isEmpty()) {
                invalid.put(i, Map.of("partnerIds", "Name at least one partner."));
            }
        }
        return invalid;
    }
}
