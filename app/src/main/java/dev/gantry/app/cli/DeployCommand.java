package dev.gantry.app.cli;

import dev.gantry.adapter.api.EndpointProfile;
import dev.gantry.adapter.api.EngineException;
import dev.gantry.adapter.api.EngineSession;
import dev.gantry.adapter.api.TlsMaterial;
import dev.gantry.adapter.api.deploy.DeployFailure;
import dev.gantry.adapter.api.deploy.DeployResult;
import dev.gantry.adapter.api.deploy.StackConversionException;
import dev.gantry.adapter.api.deploy.StackDiff;
import dev.gantry.adapter.compose.ComposeLoader;
import dev.gantry.adapter.compose.Diagnostic;
import dev.gantry.adapter.compose.LoadOptions;
import dev.gantry.adapter.compose.LoadResult;
import dev.gantry.adapter.compose.model.ComposeProject;
import dev.gantry.adapter.deploy.DeployHistory;
import dev.gantry.adapter.docker.DockerEngineConnector;
import dev.gantry.adapter.endpoint.Endpoints;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code gantry deploy -c FILE [-c FILE...] STACK [--dry-run] [--prune] [--host URI [--tls-dir DIR]]
 * [--history-dir DIR]}: loads the stack files, prints the diff against what runs, then (without
 * {@code --dry-run}) deploys with one progress line per step. Exit 0 on success, 1 when the files
 * are invalid or the deploy failed (the previous stack is then restored), 2 on usage errors.
 * Every deploy that ran is recorded in the history directory.
 */
final class DeployCommand {
    static final String USAGE = "gantry deploy (-c FILE [-c FILE...] | --from-history ID) STACK [--dry-run] [--prune]"
            + " [--host URI [--tls-dir DIR]] [--history-dir DIR]";
    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final Map<String, String> environment;
    private final Function<EndpointProfile, EngineSession> connector;

    DeployCommand(Map<String, String> environment) {
        this(environment, profile -> new DockerEngineConnector().connect(profile));
    }

    DeployCommand(Map<String, String> environment, Function<EndpointProfile, EngineSession> connector) {
        this.environment = environment;
        this.connector = connector;
    }

    private record Options(List<Path> files, String fromHistory, String stack, boolean dryRun, boolean prune, URI host,
                           Path tlsDir, Path historyDir) {
    }

    int run(String[] args, PrintStream out, PrintStream err) throws Cli.UsageException {
        Options o = parse(args);
        if (o == null) {
            out.println("usage: " + USAGE);
            return 0;
        }
        LoadResult loaded;
        Map<String, String> contents = new LinkedHashMap<>();
        if (o.fromHistory() != null) {
            var record = new DeployHistory(o.historyDir()).find(o.stack(), o.fromHistory());
            if (record.isEmpty() || record.get().files().size() != 1) {
                err.println(record.isEmpty() ? "Stack " + o.stack() + " has no deploy " + o.fromHistory() + " in "
                        + o.historyDir() + "." : "Deploy " + o.fromHistory() + " used several files; redeploy it with -c.");
                return 1;
            }
            Map.Entry<String, String> file = record.get().files().entrySet().iterator().next();
            contents.putAll(record.get().files());
            out.println("Redeploying stack " + o.stack() + " as deployed at " + record.get().time() + " (" + file.getKey() + ")");
            loaded = new ComposeLoader(environment).loadText(Path.of(file.getKey()), file.getValue(), LoadOptions.DEPLOY);
        } else {
            for (Path f : o.files()) {
                try {
                    contents.put(f.toAbsolutePath().normalize().toString(), Files.readString(f));
                } catch (IOException e) {
                    // the loader reports unreadable files with their name
                }
            }
            loaded = new ComposeLoader(environment).load(o.files(), LoadOptions.DEPLOY);
        }
        loaded.diagnostics().stream()
                .sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
                .forEach(d -> err.println(d.format()));
        if (loaded.project().isEmpty()) {
            err.println("Nothing was deployed: the stack file has errors.");
            return 1;
        }
        EndpointProfile profile;
        try {
            profile = profile(o);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
        try (EngineSession session = connector.apply(profile)) {
            return deploy(session, o, loaded.project().get(), contents, out, err);
        } catch (EngineException e) {
            err.println(e.getMessage());
            return 1;
        } catch (StackConversionException e) {
            err.println("Nothing was deployed: " + e.getMessage());
            return 1;
        }
    }

    private int deploy(EngineSession session, Options o, ComposeProject project, Map<String, String> contents,
                       PrintStream out, PrintStream err) {
        StackDiff diff = session.stacks().diff(o.stack(), project, o.prune());
        out.println(diff.isEmpty() ? "Stack " + o.stack() + ": no changes." : "Changes to stack " + o.stack() + ":");
        diff.lines().forEach(line -> out.println("  " + line));
        if (o.dryRun()) {
            return 0;
        }
        out.println("Deploying stack " + o.stack() + "...");
        DeployResult result = session.stacks().deploy(o.stack(), project, o.prune(), line -> out.println("  " + line));
        record(o, contents, diff, result, err);
        if (result.succeeded()) {
            out.println("Stack " + o.stack() + " deployed.");
            return 0;
        }
        DeployFailure failure = result.failure().orElseThrow();
        err.println(failure.sentence());
        if (result.rollbackIssues().isEmpty()) {
            err.println("The previous stack was restored (" + result.undone().size() + " steps undone).");
        } else {
            err.println("The previous stack could not be fully restored:");
            result.rollbackIssues().forEach(i -> err.println("  " + i));
        }
        return 1;
    }

    /** Keyed by absolute path, so a redeploy resolves relative paths (secret files...) as before. */
    private void record(Options o, Map<String, String> contents, StackDiff diff, DeployResult result, PrintStream err) {
        try {
            new DeployHistory(o.historyDir()).record(o.stack(), contents, diff, result);
        } catch (UncheckedIOException e) {
            err.println("Warning: the deploy was not recorded in the history: " + e.getMessage());
        }
    }

    private EndpointProfile profile(Options o) {
        if (o.host() == null) {
            return Endpoints.fromEnvironment(environment).orElseGet(Endpoints::platformDefault);
        }
        TlsMaterial tls = null;
        if (o.tlsDir() != null) {
            tls = TlsMaterial.fromDirectory(o.tlsDir(), true);
            for (Path p : List.of(tls.caCert(), tls.clientCert(), tls.clientKey())) {
                if (!Files.isReadable(p)) {
                    throw new IllegalArgumentException("Cannot use --tls-dir " + o.tlsDir() + ": " + p.getFileName()
                            + " is missing or unreadable.");
                }
            }
        }
        return new EndpointProfile("--host", o.host(), tls, false, EndpointProfile.Source.USER);
    }

    /** Null when help was asked for. */
    private Options parse(String[] args) throws Cli.UsageException {
        List<Path> files = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        boolean dryRun = false;
        boolean prune = false;
        URI host = null;
        String fromHistory = null;
        Path tlsDir = null;
        Path historyDir = Path.of(System.getProperty("user.home"), ".gantry", "deploy-history");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    return null;
                }
                case "-c", "--compose-file" -> files.add(Path.of(value(args, ++i, a)));
                case "--dry-run" -> dryRun = true;
                case "--prune" -> prune = true;
                case "--host", "-H" -> host = uri(value(args, ++i, a));
                case "--tls-dir" -> tlsDir = Path.of(value(args, ++i, a));
                case "--history-dir" -> historyDir = Path.of(value(args, ++i, a));
                case "--from-history" -> fromHistory = value(args, ++i, a);
                default -> {
                    if (a.startsWith("-")) {
                        throw new Cli.UsageException("unknown option " + a, USAGE);
                    }
                    positional.add(a);
                }
            }
        }
        if (files.isEmpty() == (fromHistory == null)) {
            throw new Cli.UsageException(files.isEmpty() ? "no stack file given (-c FILE or --from-history ID)"
                    : "-c and --from-history exclude each other", USAGE);
        }
        if (positional.size() != 1) {
            throw new Cli.UsageException(positional.isEmpty() ? "no stack name given" : "one stack name expected, got "
                    + positional, USAGE);
        }
        String stack = positional.get(0);
        if (!STACK_NAME.matcher(stack).matches()) {
            throw new Cli.UsageException("invalid stack name \"" + stack + "\": use letters, digits, '_', '.', '-'", USAGE);
        }
        if (tlsDir != null && host == null) {
            throw new Cli.UsageException("--tls-dir needs --host", USAGE);
        }
        return new Options(files, fromHistory, stack, dryRun, prune, host, tlsDir, historyDir);
    }

    private static String value(String[] args, int i, String option) throws Cli.UsageException {
        if (i >= args.length) {
            throw new Cli.UsageException(option + " needs a value", USAGE);
        }
        return args[i];
    }

    private static URI uri(String text) throws Cli.UsageException {
        try {
            URI uri = URI.create(text);
            if (uri.getScheme() == null) {
                throw new IllegalArgumentException("no scheme");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException("--host \"" + text + "\" is not a URI like unix:///var/run/docker.sock"
                    + " or tcp://host:2376", USAGE);
        }
    }
}
