package it.convergo.base;

/**
 * A refusal the user should read: carries a translation key and its parameters, never raw text.
 * Services throw it before changing anything, so the caller's transaction rolls back cleanly.
 */
public class UserFacingException extends RuntimeException {

    private final transient Object[] params;

    public UserFacingException(String messageKey, Object... params) {
        super(messageKey);
        this.params = params;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] params() {
        return params.clone();
    }
}
