package it.convergo.evaluation.shared;

import it.convergo.base.BaseUrl;
import it.convergo.account.AccountService;
import it.convergo.account.Recipient;
import it.convergo.account.Role;
import it.convergo.notification.MailService;
import java.util.Collection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The e-mails of the evaluation, each in its recipient's language, with a link to the right page. */
@Component
public class Notices {

    private final AccountService accounts;
    private final MailService mail;
    private final String baseUrl;

    Notices(AccountService accounts, MailService mail, @Value("${convergo.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.mail = mail;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    public void toUsers(Collection<Long> userIds, String template, String path, Object... params) {
        accounts.recipients(userIds).forEach(r -> send(r, template, path, params));
    }

    public void toFirm(long firmId, String template, String path, Object... params) {
        accounts.membersOf(firmId, Role.FIRM_MANAGER).forEach(r -> send(r, template, path, params));
    }

    public void toApplicants(long organisationId, String template, String path, Object... params) {
        accounts.membersOf(organisationId, Role.APPLICANT).forEach(r -> send(r, template, path, params));
    }

    /** Parameters: {0} the recipient's name, {1} the link, then the caller's. */
    private void send(Recipient r, String template, String path, Object... params) {
        Object[] all = new Object[params.length + 2];
        all[0] = r.fullName();
        all[1] = baseUrl + "/" + path;
        System.arraycopy(params, 0, all, 2, params.length);
        mail.send(r.email(), r.locale(), template, all);
    }
}
