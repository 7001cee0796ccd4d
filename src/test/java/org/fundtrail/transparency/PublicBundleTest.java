package org.fundtrail.transparency;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the public pages exists in both languages, so no page is half translated. */
class PublicBundleTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties chinese = load("/i18n/public.properties");
        Properties english = load("/i18n/public_en.properties");
        assertThat(chinese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        chinese.stringPropertyNames().forEach(key -> assertThat(english.getProperty(key))
                .as("English for %s", key).isNotBlank().isNotEqualTo(chinese.getProperty(key)));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PublicBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
