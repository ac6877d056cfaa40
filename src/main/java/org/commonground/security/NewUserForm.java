package org.commonground.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A library person an administrator adds (partner users come through invitations). */
public class NewUserForm {

    @NotBlank(message = "Enter a user name.")
    @Size(max = 60, message = "A user name can be at most 60 characters.")
    private String username;

    @NotBlank(message = "Enter the person's name.")
    @Size(max = 120, message = "The name can be at most 120 characters.")
    private String displayName;

    @Email(message = "Enter an e-mail address like name@example.org, or leave it empty.")
    @Size(max = 254, message = "The e-mail address can be at most 254 characters.")
    private String email;

    @NotNull(message = "Choose a role.")
    private Role role;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
