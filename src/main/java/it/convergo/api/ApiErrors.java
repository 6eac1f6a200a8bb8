package it.convergo.api;

import it.convergo.base.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The endpoints' refusals as problem details: "not found" (also for someone else's ids) as 404, any other
 * refusal a service explains (deadline passed, not the lead, changed since read) as 409 with its translated text,
 * a missing role as 403; malformed requests as Spring's standard 400s.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private final ApiProblems problems;

    ApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(UserFacingException.class)
    ProblemDetail refused(UserFacingException e, HttpServletRequest request) {
        HttpStatus status = "error.notFound".equals(e.messageKey()) ? HttpStatus.NOT_FOUND
                : e.messageKey().startsWith("api.error.") ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        return problems.problem(request, status, e.messageKey(), e.params());
    }

    /** Someone changed the proposal since the caller read its version. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail changed(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.CONFLICT, "error.concurrentEdit");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request) {
        return problems.problem(request, HttpStatus.FORBIDDEN, "api.error.forbidden");
    }
}
