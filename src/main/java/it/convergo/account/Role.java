package it.convergo.account;

/** What a user may do in the portal; one user can hold several. */
public enum Role {
    ADMIN,
    FIRM_MANAGER,
    EVALUATOR,
    APPLICANT;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String FIRM_MANAGER_NAME = "FIRM_MANAGER";
    public static final String EVALUATOR_NAME = "EVALUATOR";
    public static final String APPLICANT_NAME = "APPLICANT";

    public String labelKey() {
        return "role." + name();
    }
}
