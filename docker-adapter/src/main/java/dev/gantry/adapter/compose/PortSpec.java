package dev.gantry.adapter.compose;

import dev.gantry.adapter.compose.model.ServicePortConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The short port syntax ({@code [IP:][HOST[-HOST]:]CONTAINER[-CONTAINER][/PROTO]}), with the rules
 * of the docker CLI's port parsing: ranges expand to one port each, a host IP is accepted and
 * ignored for swarm (the CLI warns about it), the published mode is "ingress".
 */
final class PortSpec {

    static final class InvalidPortException extends Exception {
        InvalidPortException(String message) {
            super(message);
        }
    }

    private PortSpec() {
    }

    /** The parsed ports; {@code hostIp} is non-empty when one was given. */
    record Parsed(List<ServicePortConfig> ports, String hostIp) {
    }

    static Parsed parse(String spec) throws InvalidPortException {
        String rest = spec;
        String proto = "tcp";
        int slash = rest.lastIndexOf('/');
        if (slash >= 0) {
            proto = rest.substring(slash + 1).toLowerCase();
            rest = rest.substring(0, slash);
            if (!(proto.equals("tcp") || proto.equals("udp") || proto.equals("sctp"))) {
                throw new InvalidPortException("invalid proto: " + proto);
            }
        }
        String ip = "";
        String host = "";
        String container;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw new InvalidPortException("invalid IP address: " + rest);
            }
            ip = rest.substring(1, close);
            String after = rest.substring(close + 1);
            if (!after.startsWith(":")) {
                throw new InvalidPortException("invalid port format for: " + spec);
            }
            String[] parts = after.substring(1).split(":", -1);
            if (parts.length != 2) {
                throw new InvalidPortException("invalid port format for: " + spec);
            }
            host = parts[0];
            container = parts[1];
        } else {
            String[] parts = rest.split(":", -1);
            switch (parts.length) {
                case 1:
                    container = parts[0];
                    break;
                case 2:
                    host = parts[0];
                    container = parts[1];
                    break;
                case 3:
                    ip = parts[0];
                    host = parts[1];
                    container = parts[2];
                    break;
                default:
                    int last = rest.lastIndexOf(':');
                    int prev = rest.lastIndexOf(':', last - 1);
                    ip = rest.substring(0, prev);
                    host = rest.substring(prev + 1, last);
                    container = rest.substring(last + 1);
                    break;
            }
        }
        if (!ip.isEmpty() && !isIp(ip)) {
            throw new InvalidPortException("invalid IP address: " + ip);
        }
        if (container.isEmpty()) {
            throw new InvalidPortException("no port specified: " + spec + "<empty>");
        }
        long[] c = range(container, "containerPort");
        long[] h = host.isEmpty() ? null : range(host, "hostPort");
        long cLen = c[1] - c[0];
        if (h != null && cLen != h[1] - h[0] && cLen != 0) {
            throw new InvalidPortException("invalid ranges specified for container and host Ports: "
                    + container + " and " + host);
        }
        List<ServicePortConfig> out = new ArrayList<>();
        for (long i = 0; i <= cLen; i++) {
            long published = h == null ? 0 : (cLen == 0 ? h[0] : h[0] + i);
            out.add(new ServicePortConfig("ingress", c[0] + i, published, proto));
        }
        return new Parsed(out, ip);
    }

    private static long[] range(String s, String what) throws InvalidPortException {
        String[] parts = s.split("-", -1);
        if (parts.length > 2) {
            throw new InvalidPortException("invalid " + what + ": " + s);
        }
        long start = port(parts[0], what, s);
        long end = parts.length == 2 ? port(parts[1], what, s) : start;
        if (end < start) {
            throw new InvalidPortException("invalid range specified for " + what + ": " + s);
        }
        return new long[] {start, end};
    }

    private static long port(String s, String what, String whole) throws InvalidPortException {
        if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(Character::isDigit)) {
            throw new InvalidPortException("invalid " + what + ": " + whole);
        }
        long v = Long.parseLong(s);
        if (v > 65535) {
            throw new InvalidPortException("invalid " + what + ": " + whole);
        }
        return v;
    }

    private static boolean isIp(String s) {
        if (s.contains(":")) {
            return s.matches("[0-9a-fA-F:.]+");
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
