package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContainerIdentityTest {

    private static ContainerIdentity read(String json) throws IOException {
        return ContainerIdentity.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsIdAndNameAndSkipsEverythingElse() throws IOException {
        ContainerIdentity c = read("{\"Id\":\"0123456789abcdef0123\",\"Created\":\"x\",\"State\":{\"Name\":\"not this\","
                + "\"Health\":{\"Log\":[{\"Output\":\"}\"}]}},\"Name\":\"/web-1\",\"Config\":{\"Labels\":{\"Id\":\"no\"}}}");
        assertEquals(new ContainerIdentity("0123456789abcdef0123", "web-1"), c);
    }

    @Test
    void aContainerWithoutANameIsCalledByItsShortId() throws IOException {
        assertEquals("0123456789ab", read("{\"Id\":\"0123456789abcdef0123\"}").name());
    }

    @Test
    void anAnswerWithoutAnIdIsRefused() {
        assertThrows(IOException.class, () -> read("{\"Name\":\"/web-1\"}"));
        assertThrows(IOException.class, () -> read("[]"));
    }
}
