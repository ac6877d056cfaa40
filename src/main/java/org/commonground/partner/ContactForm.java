package org.commonground.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user enters for a contact person. */
public class ContactForm {

    public static final int NAME_MAX = 120;
    public static final int TITLE_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    public static final int NOTES_MAX = 2000;

    /** Digits with the usual separators, optionally "ext. 123"; at least 7 digits are checked separately. */
    static final String PHONE_PATTERN = "^$|^\\+?[0-9 ().\\-/]{7,30}(\\s*(x|ext\\.?)\\s*[0-9]{1,6})?$";

    @NotBlank(message = "Enter the contact's name.")
    @Size(max = NAME_MAX, message = "The name can be at most " + NAME_MAX + " characters.")
    private String fullName;

    @Size(max = TITLE_MAX, message = "The title can be at most " + TITLE_MAX + " characters.")
    private String title;

    @Size(max = EMAIL_MAX, message = "The e-mail address can be at most " + EMAIL_MAX + " characters.")
    @Email(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "Enter an e-mail address like name@example.org")
    private String email;

    @Size(max = PHONE_MAX, message = "The phone number can be at most " + PHONE_MAX + " characters.")
    @Pattern(
            regexp = PHONE_PATTERN,
            flags = Pattern.Flag.CASE_INSENSITIVE,
            message = "Enter a phone number with digits and + ( ) - separators, like (555) 010-2345")
    private String phone;

    @Size(max = NOTES_MAX, message = "Notes can be at most " + NOTES_MAX + " characters.")
    private String notes;

    private long version;

    public static ContactForm of(Contact contact) {
        ContactForm form = new ContactForm();
        form.fullName = contact.getFullName();
        form.title = contact.getTitle();
        form.email = contact.getEmail();
        form.phone = contact.getPhone();
        form.notes = contact.getNotes();
        form.version = contact.getVersion();
        return form;
    }

    /** A phone number needs at least 7 digits, whatever separators it uses. */
    static boolean hasEnoughDigits(String phone) {
        return phone == null
                || phone.isBlank()
                || phone.replaceAll("(?i)(x|ext\\.?).*$", "")
                                .chars()
                                .filter(Character::isDigit)
                                .count()
                        >= 7;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
