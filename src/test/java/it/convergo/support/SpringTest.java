package it.convergo.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One Spring context shared by every service and view test (same configuration, so it is cached):
 * in-memory H2 by default, MySQL/MariaDB with -Pmysql.
 */
@SpringBootTest
public abstract class SpringTest {

    @Autowired
    private SecurityContextHolderStrategy securityStrategy;

    /**
     * Vaadin installs its own security-context strategy globally when a context starts; a test class with
     * another context (e.g. the SMTP test) would leave its instance there. Put this context's one back.
     */
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(securityStrategy);
        SecurityContextHolder.clearContext();
    }
}
