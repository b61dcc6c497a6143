package dev.gantry.adapter.docker.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.adapter.api.deploy.FieldChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pure: spec comparison with engine defaults and readable field names. */
class SpecDifferTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void engineDefaultsAndEmptyFieldsAreNotChanges() throws Exception {
        JsonNode running = json("{'Name':'s_web','TaskTemplate':{'ContainerSpec':{'Image':'a:1','Isolation':'default',"
                + "'Privileges':{'CredentialSpec':null,'SELinuxContext':null}},'Resources':{},'Placement':{},'ForceUpdate':0,"
                + "'Runtime':'container'},'Mode':{'Replicated':{'Replicas':1}},'EndpointSpec':{'Mode':'vip'}}");
        JsonNode wanted = json("{'Name':'s_web','TaskTemplate':{'ContainerSpec':{'Image':'a:1','Env':[],'Privileges':{},"
                + "'TTY':false}},'Mode':{'Replicated':{}},'EndpointSpec':{'Mode':'vip'}}");
        assertEquals(List.of(), SpecDiffer.diff(running, wanted));
    }

    @Test
    void namesChangesReadably() throws Exception {
        JsonNode running = json("{'Labels':{'x':'1'},'TaskTemplate':{'ContainerSpec':{'Image':'a:1','Env':['A=1','B=2'],"
                + "'User':'root'},'Resources':{'Limits':{'MemoryBytes':100}}},'Mode':{'Replicated':{'Replicas':1}}}");
        JsonNode wanted = json("{'Labels':{'x':'2'},'TaskTemplate':{'ContainerSpec':{'Image':'a:2','Env':['A=1','C=3'],"
                + "'User':'nobody'},'Resources':{'Limits':{'MemoryBytes':200}}},'Mode':{'Replicated':{'Replicas':0}},"
                + "'EndpointSpec':{'Ports':[{'TargetPort':80,'PublishedPort':8080}]}}");
        List<String> changes = SpecDiffer.diff(running, wanted).stream().map(FieldChange::describe).toList();
        assertEquals(List.of(
                "~ labels[x]: \"1\" -> \"2\"",
                "~ image: \"a:1\" -> \"a:2\"",
                "- env[B]: \"2\"",
                "+ env[C]: \"3\"",
                "~ container.User: \"root\" -> \"nobody\"",
                "~ resources.Limits.MemoryBytes: 100 -> 200",
                "~ replicas: 1 -> 0",
                "+ ports: [{\"TargetPort\":80,\"PublishedPort\":8080}]"), changes);
    }
}
