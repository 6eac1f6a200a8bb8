package it.convergo.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
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
    private ObjectProvider<SecurityContextHolderStrategy> securityStrategy;

    /**
     * Vaadin installs its own security context holder strategy (one thread-local per Spring context) as the
     * static one. A test class with its own context (a replaced bean, other properties) installs another, and
     * the cached shared context's method security would then no longer see who signed in: put this
     * context's strategy back before each test.
     */
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        securityStrategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
