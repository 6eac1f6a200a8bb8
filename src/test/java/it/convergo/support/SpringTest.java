package it.convergo.support;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * One Spring context shared by every service and view test (same configuration, so it is cached):
 * in-memory H2 by default, MySQL/MariaDB with -Pmysql.
 */
@SpringBootTest
public abstract class SpringTest {
}
