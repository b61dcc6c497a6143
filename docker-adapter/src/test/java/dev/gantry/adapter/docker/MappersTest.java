package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Event;
import dev.gantry.adapter.api.ContainerDetails;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.EngineEvent;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.ImageInfo;
import dev.gantry.adapter.api.InspectKind;
import dev.gantry.adapter.api.MountInfo;
import dev.gantry.adapter.api.NetworkInfo;
import dev.gantry.adapter.api.NodeInfo;
import dev.gantry.adapter.api.PublishedPort;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.VolumeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small pure pieces: times, health, events, images, volumes, networks, details, paths. */
class MappersTest {

    @Test
    void timesReadTheEnginesFormatsAndDropItsZeroTime() {
        assertEquals(Instant.parse("2024-05-02T10:00:05.123456789Z"), Times.parse("2024-05-02T10:00:05.123456789Z"));
        assertEquals(Instant.parse("2024-05-02T08:00:05Z"), Times.parse("2024-05-02T10:00:05+02:00"));
        assertNull(Times.parse("0001-01-01T00:00:00Z"));
        assertNull(Times.parse(""));
        assertNull(Times.parse("yesterday"));
        assertNull(Times.ofEpochSeconds(0L));
        assertEquals(Instant.ofEpochSecond(1714644000), Times.ofEpochSeconds(1714644000L));
    }

    @Test
    void healthComesFromTheListStatus() {
        assertEquals(Health.HEALTHY, ContainerMapper.healthFromStatus("Up 3 minutes (healthy)"));
        assertEquals(Health.UNHEALTHY, ContainerMapper.healthFromStatus("Up 3 minutes (unhealthy)"));
        assertEquals(Health.STARTING, ContainerMapper.healthFromStatus("Up 1 second (health: starting)"));
        assertEquals(Health.NONE, ContainerMapper.healthFromStatus("Exited (0) 2 hours ago"));
        assertEquals(Health.NONE, ContainerMapper.healthFromStatus(null));
    }

    @Test
    void eventsKeepTypeActionActorAttributesAndNanosecondTime() {
        Event e = Fixtures.one("""
                {'Type':'container','Action':'die','status':'die','id':'abc',
                 'Actor':{'ID':'abc123','Attributes':{'name':'web','exitCode':'137','image':'busybox'}},
                 'time':1714644000,'timeNano':1714644000123456789}
                """, Event.class);
        EngineEvent m = EventMapper.map(e);
        assertEquals("container", m.type());
        assertEquals("die", m.action());
        assertEquals("abc123", m.actorId());
        assertEquals(Map.of("name", "web", "exitCode", "137", "image", "busybox"), m.attributes());
        assertEquals(Instant.ofEpochSecond(1714644000, 123456789), m.time());

        EngineEvent service = EventMapper.map(Fixtures.one("""
                {'Type':'service','Action':'update','Actor':{'ID':'s1','Attributes':{'name':'shop_web','updatestate.new':'updating'}},'time':1714644001}
                """, Event.class));
        assertEquals("service", service.type());
        assertEquals(Instant.ofEpochSecond(1714644001), service.time());
    }

    @Test
    void imagesListTagsAndTheContainersCreatedFromThem() {
        List<JsonNode> images = Fixtures.json("""
                [{'Id':'sha256:b','RepoTags':['busybox:latest','busybox:1'],'Created':1714644000,'Size':4000,'Containers':-1,'Labels':null},
                 {'Id':'sha256:a','RepoTags':['<none>:<none>'],'Created':1714640000,'Size':100,'Containers':-1,'Labels':{'a':'b'}}]
                """);
        List<JsonNode> containers = Fixtures.json("""
                [{'Id':'c1','Names':['/two'],'ImageID':'sha256:b'},{'Id':'c2','Names':['/one'],'ImageID':'sha256:b'}]
                """);
        List<ImageInfo> out = ImageMapper.map(images, containers);
        assertEquals(List.of("sha256:b", "sha256:a"), out.stream().map(ImageInfo::id).toList(), "tagged first, dangling last");
        assertEquals(List.of("busybox:1", "busybox:latest"), out.get(0).tags());
        assertEquals(List.of("one", "two"), out.get(0).containers());
        assertEquals(4000, out.get(0).sizeBytes());
        assertTrue(out.get(1).dangling());
        assertFalse(out.get(1).inUse());
        assertEquals(Map.of(), out.get(0).labels());
        assertEquals(Map.of("a", "b"), out.get(1).labels());
        assertEquals(Instant.ofEpochSecond(1714644000), out.get(0).createdAt());
    }

    @Test
    void volumesComeFromDiskUsageWithSizesAndUsers() throws Exception {
        JsonNode df = RawApi.JSON.readTree("""
                {"Volumes":[{"Name":"data","Driver":"local","Mountpoint":"/var/lib/docker/volumes/data/_data",
                   "CreatedAt":"2024-05-02T10:00:05Z","Labels":{"a":"b"},"Scope":"local","UsageData":{"Size":2048,"RefCount":1}},
                  {"Name":"remote","Driver":"nfs","Mountpoint":"","Labels":null,"Scope":"global","UsageData":{"Size":-1,"RefCount":0}}],
                 "Containers":[{"Id":"c1","Names":["/db"],"Mounts":[{"Type":"volume","Name":"data","Destination":"/var/lib/db"},
                   {"Type":"bind","Source":"/etc/hosts","Destination":"/etc/hosts"}]}]}
                """);
        List<VolumeInfo> out = VolumeMapper.fromDiskUsage(df);
        assertEquals(new VolumeInfo("data", "local", "/var/lib/docker/volumes/data/_data", "local",
                Instant.parse("2024-05-02T10:00:05Z"), 2048L, Map.of("a", "b"), List.of("db")), out.get(0));
        assertNull(out.get(1).sizeBytes(), "not computed for this driver");
        assertFalse(out.get(1).inUse());
    }

    @Test
    void networksListContainersAndServicesAttached() throws Exception {
        JsonNode networks = RawApi.JSON.readTree("""
                [{"Name":"ingress","Id":"ing","Created":"2024-05-02T10:00:05Z","Scope":"swarm","Driver":"overlay","Ingress":true},
                 {"Name":"shop_default","Id":"net1","Scope":"swarm","Driver":"overlay","Attachable":true,
                  "Labels":{"com.docker.stack.namespace":"shop"}},
                 {"Name":"bridge","Id":"br","Scope":"local","Driver":"bridge"}]
                """);
        List<JsonNode> containers = Fixtures.json("""
                [{'Id':'c1','Names':['/solo'],'NetworkSettings':{'Networks':{'bridge':{'NetworkID':'br'}}}},
                 {'Id':'c2','Names':['/never-started'],'NetworkSettings':{'Networks':{'bridge':{'NetworkID':''}}}}]
                """);
        List<JsonNode> services = Fixtures.json("""
                [{'ID':'s1','Spec':{'Name':'shop_web','TaskTemplate':{'Networks':[{'Target':'shop_default'}]}},
                  'Endpoint':{'VirtualIPs':[{'NetworkID':'ing','Addr':'10.0.0.2/24'}]}}]
                """);
        List<NetworkInfo> out = NetworkMapper.map(networks, containers, services);
        assertEquals(List.of("bridge", "ingress", "shop_default"), out.stream().map(NetworkInfo::name).toList());
        assertEquals(List.of("solo"), out.get(0).containers());
        assertTrue(out.get(0).predefined());
        assertTrue(out.get(1).ingress());
        assertEquals(List.of("shop_web"), out.get(1).services(), "through the endpoint's virtual IP");
        assertEquals(List.of("shop_web"), out.get(2).services(), "through the spec's target name");
        assertEquals("shop", out.get(2).stack());
        assertTrue(out.get(2).attachable());
        assertEquals(Instant.parse("2024-05-02T10:00:05Z"), out.get(1).createdAt());
    }

    @Test
    void containerDetailsCarryWhatTheDetailPaneShows() {
        InspectContainerResponse r = Fixtures.one("""
                {'Id':'c1','Name':'/web','Created':'2024-05-02T10:00:05Z','Path':'nginx','Args':['-g','daemon off;'],
                 'RestartCount':2,
                 'State':{'Status':'running','Running':true,'ExitCode':0,'StartedAt':'2024-05-02T10:00:06Z','FinishedAt':'0001-01-01T00:00:00Z',
                   'Health':{'Status':'unhealthy','FailingStreak':3,'Log':[{'ExitCode':0,'Output':'ok'},{'ExitCode':1,'Output':'curl: refused\\n'}]}},
                 'Config':{'Image':'nginx:1.25','Env':['A=1','API_TOKEN=x'],'Labels':{'tier':'front'}},
                 'Mounts':[{'Type':'volume','Name':'data','Source':'/var/lib/docker/volumes/data/_data','Destination':'/data','RW':true},
                           {'Type':'bind','Source':'/etc/hosts','Destination':'/etc/hosts','RW':false}],
                 'NetworkSettings':{'Ports':{'80/tcp':[{'HostIp':'0.0.0.0','HostPort':'8080'},{'HostIp':'::','HostPort':'8080'}],'443/tcp':null}}}
                """, InspectContainerResponse.class);
        ContainerDetails d = ContainerDetailsMapper.map(r);
        assertEquals("web", d.name());
        assertEquals(List.of("nginx", "-g", "daemon off;"), d.command());
        assertEquals(List.of("A=1", "API_TOKEN=x"), d.env());
        assertEquals(List.of(new MountInfo("volume", "data", "/var/lib/docker/volumes/data/_data", "/data", true),
                new MountInfo("bind", null, "/etc/hosts", "/etc/hosts", false)), d.mounts());
        assertEquals(List.of(new PublishedPort("0.0.0.0", 8080, 80, "tcp", "host"), new PublishedPort(null, 0, 443, "tcp", "host")),
                d.ports());
        assertEquals(2, d.restartCount());
        assertEquals(Health.UNHEALTHY, d.health());
        assertEquals("curl: refused", d.healthLastOutput());
        assertNull(d.finishedAt());
        assertEquals(Map.of("tier", "front"), d.labels());
    }

    @Test
    void inspectPathsEscapeIdsAndRefuseTraversal() {
        assertEquals("/images/gantry-test/busybox:1/json", InspectReader.path(InspectKind.IMAGE, "gantry-test/busybox:1"));
        assertEquals("/containers/abc/json", InspectReader.path(InspectKind.CONTAINER, "abc"));
        assertEquals("/tasks/t1", InspectReader.path(InspectKind.TASK, "t1"));
        assertEquals("/volumes/a%20b%3Fc", InspectReader.path(InspectKind.VOLUME, "a b?c"));
        assertThrows(EngineException.class, () -> InspectReader.path(InspectKind.CONTAINER, "../info"));
        assertThrows(EngineException.class, () -> InspectReader.path(InspectKind.CONTAINER, ""));
        assertThrows(EngineException.class, () -> InspectReader.path(InspectKind.NETWORK, "a//b"));
    }

    @Test
    void onlyNotASwarmManagerMeansNoSwarmParts() {
        DockerException notManager = new DockerException("{\"message\":\"This node is not a swarm manager. Use \\\"docker swarm init\\\"\"}", 503);
        assertTrue(SwarmCalls.isNotSwarmManager(notManager));
        assertEquals(List.of(), SwarmCalls.listOrEmpty(() -> {
            throw notManager;
        }));
        DockerException noLeader = new DockerException("The swarm does not have a leader.", 503);
        assertFalse(SwarmCalls.isNotSwarmManager(noLeader));
        assertThrows(DockerException.class, () -> SwarmCalls.listOrEmpty(() -> {
            throw noLeader;
        }));
        assertFalse(SwarmCalls.isNotSwarmManager(new NotFoundException("not a swarm manager")));
        DockerException rawRefusal = RawApi.asDockerException(503, RawApi.errorMessage(
                "{\"message\":\"This node is not a swarm manager. Use \\\"docker swarm init\\\" or \\\"docker swarm join\\\" to connect this node to swarm and try again.\"}\n".getBytes()));
        assertNull(SwarmCalls.listOrNull(() -> {
            throw rawRefusal;
        }), "the raw list calls' refusal is read alike");
    }

    @Test
    void listEntriesWithNullOrMissingFieldsMapToEmptyValues() {
        List<JsonNode> containers = Fixtures.json("""
                [{'Id':'c1','Names':null,'Ports':null,'Labels':null,'Status':null},{'Id':'c2','Created':0}]
                """);
        for (JsonNode c : containers) {
            ContainerInfo info = ContainerMapper.map(c);
            assertEquals("", info.name());
            assertEquals(List.of(), info.ports());
            assertEquals(Map.of(), info.labels());
            assertEquals(Health.NONE, info.health());
            assertNull(info.createdAt());
        }
        ServiceInfo noSpec = ServiceMapper.map(Fixtures.json("[{'ID':'s1'}]").get(0), List.of());
        assertEquals("s1", noSpec.name());
        assertEquals("replicated", noSpec.mode());
        assertEquals(1, noSpec.desiredReplicas());
        assertEquals(0, noSpec.version());
        assertNull(noSpec.updateStatus());
        ServiceInfo hostPort = ServiceMapper.map(Fixtures.json("""
                [{'ID':'s2','Spec':{'Name':'web','Mode':{'Replicated':{'Replicas':0}}},
                  'Endpoint':{'Ports':[{'Protocol':'tcp','TargetPort':80,'PublishMode':'host'}]}}]
                """).get(0), List.of());
        assertEquals(0, hostPort.desiredReplicas());
        assertEquals(List.of(new PublishedPort(null, 0, 80, "tcp", "host")), hostPort.ports(),
                "a host-mode port the engine picks per task has no published port in the service");
        NodeInfo bare = NodeMapper.map(Fixtures.json("[{'ID':'n1'}]").get(0));
        assertEquals(new NodeInfo("n1", null, null, null, null, false, null, null), bare);
    }

    @Test
    void rawErrorsBecomeDockerJavasExceptions() {
        assertEquals("No such container: x", RawApi.errorMessage("{\"message\":\"No such container: x\"}".getBytes()));
        assertEquals("plain", RawApi.errorMessage("plain\n".getBytes()));
        assertTrue(RawApi.asDockerException(404, "gone") instanceof NotFoundException);
        assertEquals(503, RawApi.asDockerException(503, "busy").getHttpStatus());
    }
}
