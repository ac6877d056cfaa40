package org.commonground.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.commonground.shared.AuditedEntity;
import org.commonground.shared.Texts;
import org.hibernate.envers.Audited;

/** A person at a partner organization. */
@Audited
@Entity
public class Contact extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Column(nullable = false, length = ContactForm.NAME_MAX)
    private String fullName;

    @Column(length = ContactForm.TITLE_MAX)
    private String title;

    @Column(length = ContactForm.EMAIL_MAX)
    private String email;

    @Column(length = ContactForm.PHONE_MAX)
    private String phone;

    @Column(length = ContactForm.NOTES_MAX)
    private String notes;

    protected Contact() {}

    Contact(Partner partner) {
        this.partner = partner;
    }

    void apply(ContactForm form) {
        fullName = Texts.clean(form.getFullName());
        title = Texts.clean(form.getTitle());
        email = Texts.clean(form.getEmail());
        phone = Texts.clean(form.getPhone());
        notes = Texts.clean(form.getNotes());
    }

    public Partner getPartner() {
        return partner;
    }

    public String getFullName() {
        return fullName;
    }

    public String getTitle() {
        return title;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getNotes() {
        return notes;
    }
}
