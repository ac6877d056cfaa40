package org.commonground.partner;

/** A contact as the partner page shows it. */
public record ContactDetails(
        long id,
        long partnerId,
        String fullName,
        String title,
        String email,
        String phone,
        String notes,
        long version) {

    static ContactDetails of(Contact c) {
        return new ContactDetails(
                c.getId(),
                c.getPartner().getId(),
                c.getFullName(),
                c.getTitle(),
                c.getEmail(),
                c.getPhone(),
                c.getNotes(),
                c.getVersion());
    }
}
