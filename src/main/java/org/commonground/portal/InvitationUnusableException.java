package org.commonground.portal;

/** An invitation link that cannot be used (unknown, withdrawn, used or expired), with what to tell the person. */
public class InvitationUnusableException extends RuntimeException {

    public InvitationUnusableException(String message) {
        super(message);
    }
}
