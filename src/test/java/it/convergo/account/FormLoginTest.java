package it.convergo.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import it.convergo.support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The real form login over HTTP (Karibu cannot post the login form): success, failure, lock-out. */
class FormLoginTest extends SpringTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountFixtures fixtures;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void correctPasswordSignsIn() throws Exception {
        UserAccount user = fixtures.user("login", null, Role.APPLICANT);
        mvc.perform(formLogin("/login").user(user.getEmail().toUpperCase()).password(AccountFixtures.PASSWORD))
                .andExpect(authenticated().withRoles("APPLICANT"));
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenSignsNobodyIn() throws Exception {
        UserAccount user = fixtures.user("csrf", null, Role.APPLICANT);
        mvc.perform(post("/login").param("username", user.getEmail()).param("password", AccountFixtures.PASSWORD))
                .andExpect(unauthenticated()).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", user.getEmail()).param("password", AccountFixtures.PASSWORD)
                .param("_csrf", "forged")).andExpect(unauthenticated());
    }

    @Test
    void wrongPasswordAndUnknownAddressLookTheSame() throws Exception {
        UserAccount user = fixtures.user("wrong", null, Role.APPLICANT);
        mvc.perform(formLogin("/login").user(user.getEmail()).password("nope"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("ghost-" + user.getEmail()).password("nope"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveWrongPasswordsLockEvenTheRightOne() throws Exception {
        UserAccount user = fixtures.user("locked", null, Role.APPLICANT);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(user.getEmail()).password("wrong-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(user.getEmail()).password(AccountFixtures.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void healthIsPublicButOtherActuatorEndpointsAreNot() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"status\":\"UP\"")));
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops"}) {
            int status = mvc.perform(get(hidden)).andReturn().getResponse().getStatus();
            assertThat(status).as(hidden).isNotEqualTo(200);
        }
    }
}
