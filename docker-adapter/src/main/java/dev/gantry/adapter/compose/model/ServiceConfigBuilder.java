package dev.gantry.adapter.compose.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A mutable builder for {@link ServiceConfig}; unset collections become empty. */
public final class ServiceConfigBuilder {
    private String name;
    private BuildConfig build;
    private List<String> capAdd;
    private List<String> capDrop;
    private String cgroupnsMode;
    private String cgroupParent;
    private List<String> command;
    private List<FileReference> configs;
    private String containerName;
    private CredentialSpec credentialSpec;
    private List<String> dependsOn;
    private Map<String, ServiceDependency> dependencies;
    private DeployConfig deploy;
    private List<String> devices;
    private List<String> dns;
    private List<String> dnsSearch;
    private String domainName;
    private List<String> entrypoint;
    private Map<String, String> environment;
    private List<String> envFile;
    private List<String> expose;
    private List<String> externalLinks;
    private List<String> extraHosts;
    private String hostname;
    private HealthCheckConfig healthcheck;
    private String image;
    private Boolean init;
    private String ipc;
    private String isolation;
    private Map<String, String> labels;
    private List<String> links;
    private LoggingConfig logging;
    private String macAddress;
    private String networkMode;
    private Map<String, ServiceNetworkConfig> networks;
    private String pid;
    private List<ServicePortConfig> ports;
    private boolean privileged;
    private boolean readOnly;
    private String restart;
    private List<FileReference> secrets;
    private List<String> securityOpt;
    private String shmSize;
    private boolean stdinOpen;
    private Duration stopGracePeriod;
    private String stopSignal;
    private Map<String, String> sysctls;
    private List<String> tmpfs;
    private boolean tty;
    private Map<String, UlimitsConfig> ulimits;
    private String user;
    private String usernsMode;
    private List<ServiceVolumeConfig> volumes;
    private String workingDir;
    private Map<String, Object> extensions;

    public ServiceConfigBuilder(String name) {
        this.name = name;
    }

    static ServiceConfigBuilder from(ServiceConfig s) {
        ServiceConfigBuilder b = new ServiceConfigBuilder(s.name());
        b.build = s.build();
        b.capAdd = s.capAdd();
        b.capDrop = s.capDrop();
        b.cgroupnsMode = s.cgroupnsMode();
        b.cgroupParent = s.cgroupParent();
        b.command = s.command();
        b.configs = s.configs();
        b.containerName = s.containerName();
        b.credentialSpec = s.credentialSpec();
        b.dependsOn = s.dependsOn();
        b.dependencies = s.dependencies();
        b.deploy = s.deploy();
        b.devices = s.devices();
        b.dns = s.dns();
        b.dnsSearch = s.dnsSearch();
        b.domainName = s.domainName();
        b.entrypoint = s.entrypoint();
        b.environment = s.environment();
        b.envFile = s.envFile();
        b.expose = s.expose();
        b.externalLinks = s.externalLinks();
        b.extraHosts = s.extraHosts();
        b.hostname = s.hostname();
        b.healthcheck = s.healthcheck();
        b.image = s.image();
        b.init = s.init();
        b.ipc = s.ipc();
        b.isolation = s.isolation();
        b.labels = s.labels();
        b.links = s.links();
        b.logging = s.logging();
        b.macAddress = s.macAddress();
        b.networkMode = s.networkMode();
        b.networks = s.networks();
        b.pid = s.pid();
        b.ports = s.ports();
        b.privileged = s.privileged();
        b.readOnly = s.readOnly();
        b.restart = s.restart();
        b.secrets = s.secrets();
        b.securityOpt = s.securityOpt();
        b.shmSize = s.shmSize();
        b.stdinOpen = s.stdinOpen();
        b.stopGracePeriod = s.stopGracePeriod();
        b.stopSignal = s.stopSignal();
        b.sysctls = s.sysctls();
        b.tmpfs = s.tmpfs();
        b.tty = s.tty();
        b.ulimits = s.ulimits();
        b.user = s.user();
        b.usernsMode = s.usernsMode();
        b.volumes = s.volumes();
        b.workingDir = s.workingDir();
        b.extensions = s.extensions();
        return b;
    }

    public ServiceConfigBuilder name(String value) {
        this.name = value;
        return this;
    }

    public String name() {
        return name;
    }

    public ServiceConfigBuilder build(BuildConfig value) {
        this.build = value;
        return this;
    }

    public BuildConfig buildConfig() {
        return build;
    }

    public ServiceConfigBuilder capAdd(List<String> value) {
        this.capAdd = value;
        return this;
    }

    public List<String> capAdd() {
        return capAdd;
    }

    public ServiceConfigBuilder capDrop(List<String> value) {
        this.capDrop = value;
        return this;
    }

    public List<String> capDrop() {
        return capDrop;
    }

    public ServiceConfigBuilder cgroupnsMode(String value) {
        this.cgroupnsMode = value;
        return this;
    }

    public String cgroupnsMode() {
        return cgroupnsMode;
    }

    public ServiceConfigBuilder cgroupParent(String value) {
        this.cgroupParent = value;
        return this;
    }

    public String cgroupParent() {
        return cgroupParent;
    }

    public ServiceConfigBuilder command(List<String> value) {
        this.command = value;
        return this;
    }

    public List<String> command() {
        return command;
    }

    public ServiceConfigBuilder configs(List<FileReference> value) {
        this.configs = value;
        return this;
    }

    public List<FileReference> configs() {
        return configs;
    }

    public ServiceConfigBuilder containerName(String value) {
        this.containerName = value;
        return this;
    }

    public String containerName() {
        return containerName;
    }

    public ServiceConfigBuilder credentialSpec(CredentialSpec value) {
        this.credentialSpec = value;
        return this;
    }

    public CredentialSpec credentialSpec() {
        return credentialSpec;
    }

    public ServiceConfigBuilder dependsOn(List<String> value) {
        this.dependsOn = value;
        return this;
    }

    public List<String> dependsOn() {
        return dependsOn;
    }

    public ServiceConfigBuilder dependencies(Map<String, ServiceDependency> value) {
        this.dependencies = value;
        return this;
    }

    public Map<String, ServiceDependency> dependencies() {
        return dependencies;
    }

    public ServiceConfigBuilder deploy(DeployConfig value) {
        this.deploy = value;
        return this;
    }

    public DeployConfig deploy() {
        return deploy;
    }

    public ServiceConfigBuilder devices(List<String> value) {
        this.devices = value;
        return this;
    }

    public List<String> devices() {
        return devices;
    }

    public ServiceConfigBuilder dns(List<String> value) {
        this.dns = value;
        return this;
    }

    public List<String> dns() {
        return dns;
    }

    public ServiceConfigBuilder dnsSearch(List<String> value) {
        this.dnsSearch = value;
        return this;
    }

    public List<String> dnsSearch() {
        return dnsSearch;
    }

    public ServiceConfigBuilder domainName(String value) {
        this.domainName = value;
        return this;
    }

    public String domainName() {
        return domainName;
    }

    public ServiceConfigBuilder entrypoint(List<String> value) {
        this.entrypoint = value;
        return this;
    }

    public List<String> entrypoint() {
        return entrypoint;
    }

    public ServiceConfigBuilder environment(Map<String, String> value) {
        this.environment = value;
        return this;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public ServiceConfigBuilder envFile(List<String> value) {
        this.envFile = value;
        return this;
    }

    public List<String> envFile() {
        return envFile;
    }

    public ServiceConfigBuilder expose(List<String> value) {
        this.expose = value;
        return this;
    }

    public List<String> expose() {
        return expose;
    }

    public ServiceConfigBuilder externalLinks(List<String> value) {
        this.externalLinks = value;
        return this;
    }

    public List<String> externalLinks() {
        return externalLinks;
    }

    public ServiceConfigBuilder extraHosts(List<String> value) {
        this.extraHosts = value;
        return this;
    }

    public List<String> extraHosts() {
        return extraHosts;
    }

    public ServiceConfigBuilder hostname(String value) {
        this.hostname = value;
        return this;
    }

    public String hostname() {
        return hostname;
    }

    public ServiceConfigBuilder healthcheck(HealthCheckConfig value) {
        this.healthcheck = value;
        return this;
    }

    public HealthCheckConfig healthcheck() {
        return healthcheck;
    }

    public ServiceConfigBuilder image(String value) {
        this.image = value;
        return this;
    }

    public String image() {
        return image;
    }

    public ServiceConfigBuilder init(Boolean value) {
        this.init = value;
        return this;
    }

    public Boolean init() {
        return init;
    }

    public ServiceConfigBuilder ipc(String value) {
        this.ipc = value;
        return this;
    }

    public String ipc() {
        return ipc;
    }

    public ServiceConfigBuilder isolation(String value) {
        this.isolation = value;
        return this;
    }

    public String isolation() {
        return isolation;
    }

    public ServiceConfigBuilder labels(Map<String, String> value) {
        this.labels = value;
        return this;
    }

    public Map<String, String> labels() {
        return labels;
    }

    public ServiceConfigBuilder links(List<String> value) {
        this.links = value;
        return this;
    }

    public List<String> links() {
        return links;
    }

    public ServiceConfigBuilder logging(LoggingConfig value) {
        this.logging = value;
        return this;
    }

    public LoggingConfig logging() {
        return logging;
    }

    public ServiceConfigBuilder macAddress(String value) {
        this.macAddress = value;
        return this;
    }

    public String macAddress() {
        return macAddress;
    }

    public ServiceConfigBuilder networkMode(String value) {
        this.networkMode = value;
        return this;
    }

    public String networkMode() {
        return networkMode;
    }

    public ServiceConfigBuilder networks(Map<String, ServiceNetworkConfig> value) {
        this.networks = value;
        return this;
    }

    public Map<String, ServiceNetworkConfig> networks() {
        return networks;
    }

    public ServiceConfigBuilder pid(String value) {
        this.pid = value;
        return this;
    }

    public String pid() {
        return pid;
    }

    public ServiceConfigBuilder ports(List<ServicePortConfig> value) {
        this.ports = value;
        return this;
    }

    public List<ServicePortConfig> ports() {
        return ports;
    }

    public ServiceConfigBuilder privileged(boolean value) {
        this.privileged = value;
        return this;
    }

    public boolean privileged() {
        return privileged;
    }

    public ServiceConfigBuilder readOnly(boolean value) {
        this.readOnly = value;
        return this;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public ServiceConfigBuilder restart(String value) {
        this.restart = value;
        return this;
    }

    public String restart() {
        return restart;
    }

    public ServiceConfigBuilder secrets(List<FileReference> value) {
        this.secrets = value;
        return this;
    }

    public List<FileReference> secrets() {
        return secrets;
    }

    public ServiceConfigBuilder securityOpt(List<String> value) {
        this.securityOpt = value;
        return this;
    }

    public List<String> securityOpt() {
        return securityOpt;
    }

    public ServiceConfigBuilder shmSize(String value) {
        this.shmSize = value;
        return this;
    }

    public String shmSize() {
        return shmSize;
    }

    public ServiceConfigBuilder stdinOpen(boolean value) {
        this.stdinOpen = value;
        return this;
    }

    public boolean stdinOpen() {
        return stdinOpen;
    }

    public ServiceConfigBuilder stopGracePeriod(Duration value) {
        this.stopGracePeriod = value;
        return this;
    }

    public Duration stopGracePeriod() {
        return stopGracePeriod;
    }

    public ServiceConfigBuilder stopSignal(String value) {
        this.stopSignal = value;
        return this;
    }

    public String stopSignal() {
        return stopSignal;
    }

    public ServiceConfigBuilder sysctls(Map<String, String> value) {
        this.sysctls = value;
        return this;
    }

    public Map<String, String> sysctls() {
        return sysctls;
    }

    public ServiceConfigBuilder tmpfs(List<String> value) {
        this.tmpfs = value;
        return this;
    }

    public List<String> tmpfs() {
        return tmpfs;
    }

    public ServiceConfigBuilder tty(boolean value) {
        this.tty = value;
        return this;
    }

    public boolean tty() {
        return tty;
    }

    public ServiceConfigBuilder ulimits(Map<String, UlimitsConfig> value) {
        this.ulimits = value;
        return this;
    }

    public Map<String, UlimitsConfig> ulimits() {
        return ulimits;
    }

    public ServiceConfigBuilder user(String value) {
        this.user = value;
        return this;
    }

    public String user() {
        return user;
    }

    public ServiceConfigBuilder usernsMode(String value) {
        this.usernsMode = value;
        return this;
    }

    public String usernsMode() {
        return usernsMode;
    }

    public ServiceConfigBuilder volumes(List<ServiceVolumeConfig> value) {
        this.volumes = value;
        return this;
    }

    public List<ServiceVolumeConfig> volumes() {
        return volumes;
    }

    public ServiceConfigBuilder workingDir(String value) {
        this.workingDir = value;
        return this;
    }

    public String workingDir() {
        return workingDir;
    }

    public ServiceConfigBuilder extensions(Map<String, Object> value) {
        this.extensions = value;
        return this;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public ServiceConfig build() {
        return new ServiceConfig(name, build, capAdd, capDrop, cgroupnsMode, cgroupParent, command, configs, containerName, credentialSpec, dependsOn, dependencies, deploy, devices, dns, dnsSearch, domainName, entrypoint, environment, envFile, expose, externalLinks, extraHosts, hostname, healthcheck, image, init, ipc, isolation, labels, links, logging, macAddress, networkMode, networks, pid, ports, privileged, readOnly, restart, secrets, securityOpt, shmSize, stdinOpen, stopGracePeriod, stopSignal, sysctls, tmpfs, tty, ulimits, user, usernsMode, volumes, workingDir, extensions);
    }
}
