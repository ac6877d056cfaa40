package org.commonground.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user (or "system" for start-up work). */
public class RevisionUserListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        ((Revision) revision).setUsername(signedIn ? auth.getName() : "system");
    }
}
