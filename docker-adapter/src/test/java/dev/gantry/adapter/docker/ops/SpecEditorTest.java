package dev.gantry.adapter.docker.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.ops.ServiceUpdateRequest;
import dev.gantry.adapter.api.ops.UpdatePolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpecEditorTest {

    private static final String SPEC = "{'Name':'web','Labels':{'a':'b'},'Mode':{'Replicated':{'Replicas':1}},"
            + "'TaskTemplate':{'ContainerSpec':{'Image':'img:1','Env':['A=1','B=2'],'Isolation':'default','Sysctls':{'x':'1'}},"
            + "'ForceUpdate':4},'UpdateConfig':{'Parallelism':1,'Order':'stop-first'}}";

    private static JsonNode spec() throws Exception {
        return EngineHttp.MAPPER.readTree(SPEC.replace('\'', '"'));
    }

    @Test
    void keepsEveryFieldItDoesNotTouch() throws Exception {
        JsonNode s = spec();
        JsonNode out = SpecEditor.updated(s, ServiceUpdateRequest.image("img:2"));
        assertEquals("img:2", out.at("/TaskTemplate/ContainerSpec/Image").asText());
        assertEquals("1", out.at("/TaskTemplate/ContainerSpec/Sysctls/x").asText(), "fields docker-java does not model survive");
        assertEquals(s.at("/Labels"), out.at("/Labels"));
        assertEquals(SPEC.replace('\'', '"').length(), EngineHttp.MAPPER.writeValueAsString(s).length(), "the input is not mutated");
    }

    @Test
    void editsEnvironmentAndPolicy() throws Exception {
        JsonNode out = SpecEditor.updated(spec(), new ServiceUpdateRequest(null, Map.of("B", "3", "C", "x=y"), Set.of("A"),
                new UpdatePolicy(2, Duration.ofSeconds(5), UpdatePolicy.Order.START_FIRST, UpdatePolicy.FailureAction.ROLLBACK,
                        Duration.ofMillis(1500), 0.25)));
        assertEquals("[\"B=3\",\"C=x=y\"]", out.at("/TaskTemplate/ContainerSpec/Env").toString());
        assertEquals("img:1", out.at("/TaskTemplate/ContainerSpec/Image").asText());
        JsonNode u = out.at("/UpdateConfig");
        assertEquals(2, u.path("Parallelism").asInt());
        assertEquals(5_000_000_000L, u.path("Delay").asLong());
        assertEquals("start-first", u.path("Order").asText());
        assertEquals("rollback", u.path("FailureAction").asText());
        assertEquals(1_500_000_000L, u.path("Monitor").asLong());
        assertEquals(0.25, u.path("MaxFailureRatio").asDouble());
    }

    @Test
    void scalesAndForces() throws Exception {
        assertEquals(7, SpecEditor.scaled(spec(), 7).at("/Mode/Replicated/Replicas").asLong());
        assertEquals(5, SpecEditor.forced(spec()).at("/TaskTemplate/ForceUpdate").asLong());
    }
}
