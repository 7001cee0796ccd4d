package org.fundtrail.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The frame every page shares: sign-in, the language switch, and where each role lands. */
class ShellBrowserTest extends BrowserTest {

    @Test
    void signInPageSpeaksChineseUntilEnglishIsChosenAndRemembersTheChoice() {
        open("/login");
        assertThat(browser.getTitle()).isEqualTo("登录");
        screenshot("login-zh");
        find("#lang-en").click();
        assertThat(browser.getTitle()).isEqualTo("Sign in");
        open("/login");
        assertThat(browser.getTitle()).as("the cookie remembers English").isEqualTo("Sign in");
        find("#lang-zh").click();
        assertThat(browser.getTitle()).isEqualTo("登录");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheSignInPage() {
        submitSignIn(ADMIN, "not-the-password");
        assertThat(browser.getCurrentUrl()).contains("/login?error");
        assertThat(pageText()).contains("用户名或密码不正确");
    }
}
