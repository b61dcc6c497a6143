package dev.gantry.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.adapter.api.ComposeProject;
import dev.gantry.adapter.api.ContainerInfo;
import dev.gantry.adapter.api.Health;
import dev.gantry.adapter.api.InventorySnapshot;
import dev.gantry.adapter.api.NodeInfo;
import dev.gantry.adapter.api.PublishedPort;
import dev.gantry.adapter.api.ServiceInfo;
import dev.gantry.adapter.api.StackInfo;
import dev.gantry.adapter.api.TaskInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping, joining and counting, from engine-shaped lists (no engine). */
class InventoryAssemblerTest {

    private static final String NS = "'com.docker.stack.namespace'";

    static final List<JsonNode> NODES = Fixtures.json("""
            [{'ID':'n1','Spec':{'Role':'manager','Availability':'active'},
              'Description':{'Hostname':'alpha','Engine':{'EngineVersion':'20.10.24'}},
              'Status':{'State':'ready','Addr':'10.0.0.1'},'ManagerStatus':{'Leader':true,'Reachability':'reachable','Addr':'10.0.0.1:2377'}},
             {'ID':'n2','Spec':{'Role':'worker','Availability':'drain'},
              'Description':{'Hostname':'beta','Engine':{'EngineVersion':'20.10.23'}},
              'Status':{'State':'down','Addr':'10.0.0.2'}}]
            """);

    static final List<JsonNode> SERVICES = Fixtures.json("""
            [{'ID':'s-web','Version':{'Index':42},'CreatedAt':'2024-05-01T10:00:00.123456789Z','UpdatedAt':'2024-05-02T10:00:00Z',
              'Spec':{'Name':'shop_web','Labels':{%1$s:'shop'},
                      'TaskTemplate':{'ContainerSpec':{'Image':'nginx:1.25@sha256:abc'}},
                      'Mode':{'Replicated':{'Replicas':3}},
                      'EndpointSpec':{'Ports':[{'Protocol':'tcp','TargetPort':80,'PublishedPort':8080,'PublishMode':'ingress'}]}},
              'Endpoint':{'Ports':[{'Protocol':'tcp','TargetPort':80,'PublishedPort':8080,'PublishMode':'ingress'}]},
              'UpdateStatus':{'State':'rollback_completed','Message':'rollback completed','StartedAt':'2024-05-02T10:00:00Z','CompletedAt':'2024-05-02T10:01:00Z'}},
             {'ID':'s-agent','Version':{'Index':7},'Spec':{'Name':'shop_agent','Labels':{%1$s:'shop'},
              'TaskTemplate':{'ContainerSpec':{'Image':'agent:2'}},'Mode':{'Global':{}},
              'EndpointSpec':{'Ports':[{'Protocol':'udp','TargetPort':53,'PublishedPort':5353,'PublishMode':'host'}]}}},
             {'ID':'s-tool','Version':{'Index':9},'Spec':{'Name':'tool',
              'TaskTemplate':{'ContainerSpec':{'Image':'tool:1'}},'Mode':{'Replicated':{'Replicas':2}}}},
             {'ID':'s-job','Version':{'Index':3},'Spec':{'Name':'migrate',
              'TaskTemplate':{'ContainerSpec':{'Image':'tool:1'}},'Mode':{'ReplicatedJob':{'MaxConcurrent':1,'TotalCompletions':1}}}}]
            """.formatted(NS));

    static final List<JsonNode> TASKS = Fixtures.json("""
            [{'ID':'t-web1','ServiceID':'s-web','Slot':1,'NodeID':'n1','DesiredState':'running',
              'CreatedAt':'2024-05-02T10:00:05.5Z','UpdatedAt':'2024-05-02T10:00:09.5Z',
              'Spec':{'ContainerSpec':{'Image':'nginx:1.25@sha256:abc'}},
              'Status':{'State':'running','Message':'started','ContainerStatus':{'ContainerID':'c-web1','PID':10,'ExitCode':0}}},
             {'ID':'t-web1-old','ServiceID':'s-web','Slot':1,'NodeID':'n1','DesiredState':'shutdown',
              'CreatedAt':'2024-05-01T10:00:05Z','UpdatedAt':'2024-05-02T10:00:04Z',
              'Status':{'State':'failed','Message':'started','Err':'task: non-zero exit (1)','ContainerStatus':{'ContainerID':'c-gone','ExitCode':1}}},
             {'ID':'t-web2','ServiceID':'s-web','Slot':2,'NodeID':'n2','DesiredState':'running',
              'CreatedAt':'2024-05-02T10:00:05Z','UpdatedAt':'2024-05-02T10:00:06Z',
              'Status':{'State':'running','Message':'started','ContainerStatus':{'ContainerID':'c-remote'}}},
             {'ID':'t-web3','ServiceID':'s-web','Slot':3,'DesiredState':'running',
              'CreatedAt':'2024-05-02T10:00:05Z','UpdatedAt':'2024-05-02T10:00:06Z',
              'Status':{'State':'pending','Message':'pending task scheduling','Err':'no suitable node'}},
             {'ID':'t-agent1','ServiceID':'s-agent','NodeID':'n1','DesiredState':'running',
              'Status':{'State':'running','Message':'started','ContainerStatus':{'ContainerID':''}}},
             {'ID':'t-agent2','ServiceID':'s-agent','NodeID':'n2','DesiredState':'shutdown',
              'Status':{'State':'shutdown','Message':'shutdown'}},
             {'ID':'t-job','ServiceID':'s-job','Slot':1,'NodeID':'n1','DesiredState':'complete',
              'Status':{'State':'complete','Message':'finished','ContainerStatus':{'ContainerID':'c-job','ExitCode':0}}},
             {'ID':'t-orphan','ServiceID':'s-removed','Slot':1,'NodeID':'n1','DesiredState':'shutdown',
              'Status':{'State':'shutdown','Message':'shutdown'}}]
            """);

    static final List<JsonNode> CONTAINERS = Fixtures.json("""
            [{'Id':'c-web1','Names':['/shop_web.1.t-web1'],'Image':'nginx:1.25','State':'running',
              'Status':'Up 2 minutes (healthy)','Created':1714644000,
              'Labels':{'com.docker.swarm.task.id':'t-web1','com.docker.swarm.service.name':'shop_web',%1$s:'shop'}},
             {'Id':'c-agent1','Names':['/shop_agent.n1.t-agent1'],'Image':'agent:2','State':'running',
              'Status':'Up 1 minute (unhealthy)','Labels':{'com.docker.swarm.task.id':'t-agent1'}},
             {'Id':'c-job','Names':['/migrate.1.t-job'],'Image':'tool:1','State':'exited','Status':'Exited (0) 1 minute ago',
              'Labels':{'com.docker.swarm.task.id':'t-job','com.docker.compose.project':'confusing'}},
             {'Id':'c-blog-db','Names':['/blog-db-1'],'Image':'postgres:16','State':'running','Status':'Up 3 hours',
              'Labels':{'com.docker.compose.project':'blog','com.docker.compose.service':'db'}},
             {'Id':'c-blog-app','Names':['/blog-app-1'],'Image':'blog:1','State':'running','Status':'Up 3 hours (health: starting)',
              'Labels':{'com.docker.compose.project':'blog','com.docker.compose.service':'app'},
              'Ports':[{'IP':'0.0.0.0','PrivatePort':80,'PublicPort':8000,'Type':'tcp'},{'IP':'::','PrivatePort':80,'PublicPort':8000,'Type':'tcp'}]},
             {'Id':'c-solo','Names':['/solo'],'Image':'busybox','State':'running','Status':'Up 5 seconds','Labels':{}},
             {'Id':'c-old','Names':['/old'],'Image':'busybox','State':'exited','Status':'Exited (137) 2 days ago'}]
            """.formatted(NS));

    static final List<JsonNode> NETWORKS = Fixtures.json("""
            [{'Id':'net1','Name':'shop_default','Driver':'overlay','Scope':'swarm','Labels':{%1$s:'shop'}},
             {'Id':'net2','Name':'bridge','Driver':'bridge','Scope':'local'},
             {'Id':'net3','Name':'lonely_net','Driver':'overlay','Scope':'swarm','Labels':{%1$s:'lonely'}}]
            """.formatted(NS));

    static final List<JsonNode> SECRETS = Fixtures.json("""
            [{'ID':'sec1','Spec':{'Name':'shop_key','Labels':{%1$s:'shop'}}},{'ID':'sec2','Spec':{'Name':'free'}}]
            """.formatted(NS));

    static final List<InventoryLists.NamedStackMember> CONFIGS = List.of(
            new InventoryLists.NamedStackMember("shop_conf", "shop"), new InventoryLists.NamedStackMember("other", null));

    private static InventorySnapshot snapshot() {
        return InventoryAssembler.assemble(new InventoryLists(Instant.EPOCH, null, CONTAINERS, SERVICES, TASKS, NODES,
                NETWORKS, SECRETS, CONFIGS));
    }

    private static ServiceInfo service(InventorySnapshot s, String name) {
        return s.services().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    private static TaskInfo task(InventorySnapshot s, String id) {
        return s.tasks().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void stacksGroupServicesNetworksSecretsAndConfigsByNamespace() {
        InventorySnapshot s = snapshot();
        assertEquals(List.of("lonely", "shop"), s.stacks().stream().map(StackInfo::name).toList());
        StackInfo shop = s.stacks().get(1);
        assertEquals(List.of("s-agent", "s-web"), shop.serviceIds(), "in service name order");
        assertEquals(List.of("shop_default"), shop.networks());
        assertEquals(List.of("shop_key"), shop.secrets());
        assertEquals(List.of("shop_conf"), shop.configs());
        StackInfo lonely = s.stacks().get(0);
        assertTrue(lonely.serviceIds().isEmpty());
        assertEquals(List.of("lonely_net"), lonely.networks());
    }

    @Test
    void replicatedServicesCountRunningTasksThatAreMeantToRun() {
        ServiceInfo web = service(snapshot(), "shop_web");
        assertEquals("replicated", web.mode());
        assertEquals(3, web.desiredReplicas());
        assertEquals(2, web.runningReplicas(), "slot 3 is pending; the old slot-1 task is history");
        assertEquals("shop", web.stack());
        assertEquals("nginx:1.25@sha256:abc", web.image());
        assertEquals(42, web.version());
        assertEquals(List.of(new PublishedPort(null, 8080, 80, "tcp", "ingress")), web.ports());
        assertEquals("rollback_completed", web.updateStatus().state());
        assertEquals("rollback completed", web.updateStatus().message());
        assertEquals(Instant.parse("2024-05-02T10:01:00Z"), web.updateStatus().completedAt());
        assertEquals(Instant.parse("2024-05-01T10:00:00.123456789Z"), web.createdAt(), "to the nanosecond, as the engine writes it");
    }

    @Test
    void globalServicesDesireOneTaskPerNodeTheyWantRunning() {
        ServiceInfo agent = service(snapshot(), "shop_agent");
        assertEquals("global", agent.mode());
        assertTrue(agent.isGlobal());
        assertEquals(1, agent.desiredReplicas());
        assertEquals(1, agent.runningReplicas());
        assertNull(agent.updateStatus());
        assertEquals(List.of(new PublishedPort(null, 5353, 53, "udp", "host")), agent.ports(), "spec ports when the endpoint has none");
    }

    @Test
    void aServiceWithoutTasksAndAJobAreCountedToo() {
        InventorySnapshot s = snapshot();
        ServiceInfo tool = service(s, "tool");
        assertEquals(2, tool.desiredReplicas());
        assertEquals(0, tool.runningReplicas());
        assertNull(tool.stack());
        ServiceInfo job = service(s, "migrate");
        assertEquals("replicated-job", job.mode());
        assertEquals(0, job.runningReplicas());
    }

    @Test
    void tasksCarryNodeStateErrorExitCodeContainerAndLocalHealth() {
        InventorySnapshot s = snapshot();
        TaskInfo web1 = task(s, "t-web1");
        assertEquals("shop_web", web1.serviceName());
        assertEquals(1, web1.slot());
        assertEquals("alpha", web1.nodeHostname());
        assertEquals("running", web1.state());
        assertEquals("running", web1.desiredState());
        assertEquals("c-web1", web1.containerId());
        assertEquals(Health.HEALTHY, web1.health(), "joined through the container id");
        assertEquals(Instant.parse("2024-05-02T10:00:05.5Z"), web1.createdAt());
        assertTrue(web1.isCurrent());

        TaskInfo old = task(s, "t-web1-old");
        assertFalse(old.isCurrent());
        assertEquals("failed", old.state());
        assertEquals("task: non-zero exit (1)", old.error());
        assertEquals(1, old.exitCode());
        assertEquals(Health.NONE, old.health(), "its container is gone");

        TaskInfo remote = task(s, "t-web2");
        assertEquals("beta", remote.nodeHostname());
        assertEquals("c-remote", remote.containerId());
        assertEquals(Health.NONE, remote.health(), "no local container on another node");

        TaskInfo pending = task(s, "t-web3");
        assertNull(pending.nodeId());
        assertNull(pending.nodeHostname());
        assertNull(pending.containerId());
        assertEquals("no suitable node", pending.error());

        TaskInfo agent = task(s, "t-agent1");
        assertEquals(0, agent.slot());
        assertEquals("c-agent1", agent.containerId(), "joined through the task id label");
        assertEquals(Health.UNHEALTHY, agent.health());

        assertNull(task(s, "t-orphan").serviceName());
    }

    @Test
    void tasksComeBySlotCurrentFirstThenHistory() {
        List<String> ids = snapshot().tasks().stream().map(TaskInfo::id).toList();
        assertEquals(List.of("t-job", "t-agent1", "t-agent2", "t-web1", "t-web1-old", "t-web2", "t-web3", "t-orphan"), ids);
    }

    @Test
    void composeProjectsAndStandaloneContainersLeaveSwarmTasksOut() {
        InventorySnapshot s = snapshot();
        assertEquals(List.of("blog"), s.composeProjects().stream().map(ComposeProject::name).toList(),
                "a swarm task with a compose label stays a task");
        assertEquals(List.of("blog-app-1", "blog-db-1"),
                s.composeProjects().get(0).containers().stream().map(ContainerInfo::name).toList());
        assertEquals(List.of("old", "solo"), s.standaloneContainers().stream().map(ContainerInfo::name).toList());
        assertEquals(7, s.containers().size());
        ContainerInfo app = s.composeProjects().get(0).containers().get(0);
        assertEquals(Health.STARTING, app.health());
        assertEquals(List.of(new PublishedPort("0.0.0.0", 8000, 80, "tcp", "host")), app.ports(), "IPv4 and IPv6 bindings once");
    }

    @Test
    void nodesShowRoleAvailabilityStateLeaderAndEngineVersion() {
        List<NodeInfo> nodes = snapshot().nodes();
        assertEquals(new NodeInfo("n1", "alpha", "manager", "active", "ready", true, "20.10.24", "10.0.0.1"), nodes.get(0));
        assertEquals(new NodeInfo("n2", "beta", "worker", "drain", "down", false, "20.10.23", "10.0.0.2"), nodes.get(1));
    }

    @Test
    void anEngineWithoutSwarmHasOnlyContainers() {
        InventorySnapshot s = InventoryAssembler.assemble(new InventoryLists(Instant.EPOCH, null, CONTAINERS,
                List.of(), List.of(), List.of(), List.of(NETWORKS.get(1)), List.of(), List.of()));
        assertTrue(s.stacks().isEmpty());
        assertTrue(s.services().isEmpty());
        assertTrue(s.tasks().isEmpty());
        assertTrue(s.nodes().isEmpty());
        assertEquals(1, s.composeProjects().size());
        assertEquals(7, s.containers().size());
    }
}
