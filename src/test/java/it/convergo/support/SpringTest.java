package it.convergo.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One Spring context shared by every service and view test (same configuration, so it is cached):
 * in-memory H2 by default, MySQL/MariaDB with -Pmysql.
 */
@SpringBootTest
public abstract class SpringTest {

    /**
     * The security-context strategy installed by the shared context. A test with its own context (e.g. the
     * SMTP test) installs another one globally when it starts; method security of the shared context keeps
     * reading its own, so every test puts it back before running. Without this the outcome depended on the
     * order in which surefire happened to run the classes.
     */
    private static SecurityContextHolderStrategy sharedStrategy;

    @BeforeEach
    void useTheSharedContextsSecurityStrategy() {
        if (sharedStrategy == null) {
            sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        }
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }
}
