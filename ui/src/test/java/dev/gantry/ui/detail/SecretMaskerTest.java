package dev.gantry.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.ui.detail.SecretMasker.EnvEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    @Test
    void masksKeysThatLookSecret() {
        List<EnvEntry> out = SecretMasker.mask(List.of("DB_PASSWORD=hunter2", "api_token=abc", "AWS_SECRET_ACCESS_KEY=x",
                "SSH_KEY_FILE=/k", "PATH=/usr/bin", "EMPTY=", "NOEQUALS", "URL=a=b"));
        assertEquals(List.of(
                new EnvEntry("DB_PASSWORD", SecretMasker.MASK, true),
                new EnvEntry("api_token", SecretMasker.MASK, true),
                new EnvEntry("AWS_SECRET_ACCESS_KEY", SecretMasker.MASK, true),
                new EnvEntry("SSH_KEY_FILE", SecretMasker.MASK, true),
                new EnvEntry("PATH", "/usr/bin", false),
                new EnvEntry("EMPTY", "", false),
                new EnvEntry("NOEQUALS", "", false),
                new EnvEntry("URL", "a=b", false)), out);
    }
}
