package it.convergo.api;

import it.convergo.base.UserFacingException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Paging for lists: {@code page} from 0, {@code size} up to {@value #MAX_SIZE}. */
final class ApiPages {

    static final int MAX_SIZE = 100;

    private ApiPages() {
    }

    static Pageable of(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new UserFacingException("api.error.page", MAX_SIZE);
        }
        return PageRequest.of(page, size);
    }
}
