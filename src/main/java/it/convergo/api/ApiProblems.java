package it.convergo.api;

import it.convergo.base.i18n.Translations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's errors as RFC 9457 problem details: the status, its standard title, the detail translated into the
 * caller's language (Accept-Language, Italian by default) and the message key as {@code code}, which clients can
 * rely on where the wording may change.
 */
@Component
class ApiProblems {

    /** RFC 9457's type for problems that the status alone explains; named, so clients need not know the default. */
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final Translations translations;
    private final JsonMapper json;

    ApiProblems(Translations translations, JsonMapper json) {
        this.translations = translations;
        this.json = json;
    }

    ProblemDetail problem(HttpServletRequest request, HttpStatus status, String key, Object... params) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                translations.get(key, request.getLocale(), params));
        problem.setType(ABOUT_BLANK);
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", key);
        return problem;
    }

    /** Answers a request the security chain refuses before any controller runs. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        ProblemDetail problem = problem(request, status, key);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        body.put("code", key);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), body);
    }
}
