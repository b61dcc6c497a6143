package dev.gantry.adapter.compose;

import dev.gantry.adapter.compose.model.ServiceVolumeConfig;
import java.util.Set;

/**
 * The short volume syntax {@code [SOURCE:]TARGET[:OPTIONS]} with the CLI's rules: a source that
 * starts with '.', '/', '~', a Windows drive or {@code \\} is a bind, anything else a named volume;
 * options ro, rw, nocopy and a bind propagation; other options ignored.
 */
final class VolumeSpec {
    private static final Set<String> PROPAGATION = Set.of("private", "rprivate", "shared", "rshared", "slave", "rslave");

    static final class InvalidVolumeException extends Exception {
        InvalidVolumeException(String message) {
            super(message);
        }
    }

    private VolumeSpec() {
    }

    static ServiceVolumeConfig parse(String spec) throws InvalidVolumeException {
        if (spec.isEmpty()) {
            throw new InvalidVolumeException("invalid empty volume spec");
        }
        if (spec.length() <= 2) {
            return new ServiceVolumeConfig("volume", null, spec, false, null, null, null, null, false);
        }
        String source = null;
        String target = null;
        boolean readOnly = false;
        ServiceVolumeConfig.BindOptions bind = null;
        ServiceVolumeConfig.VolumeOptions volume = null;
        StringBuilder buffer = new StringBuilder();
        String input = spec + '\0';
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == ':' && buffer.length() == 1 && Character.isLetter(buffer.charAt(0)) && source == null
                    && i + 1 < input.length() && (input.charAt(i + 1) == '\\' || input.charAt(i + 1) == '/')) {
                buffer.append(c);
                continue;
            }
            if (c != ':' && c != '\0') {
                buffer.append(c);
                continue;
            }
            String part = buffer.toString();
            buffer.setLength(0);
            if (part.isEmpty()) {
                throw new InvalidVolumeException("invalid spec: " + spec + ": empty section between colons");
            }
            if (source == null && c == '\0') {
                target = part;
            } else if (source == null) {
                source = part;
            } else if (target == null) {
                target = part;
            } else if (c == ':') {
                throw new InvalidVolumeException("invalid spec: " + spec + ": too many colons");
            } else {
                for (String option : part.split(",")) {
                    switch (option) {
                        case "ro" -> readOnly = true;
                        case "rw" -> readOnly = false;
                        case "nocopy" -> volume = new ServiceVolumeConfig.VolumeOptions(true);
                        default -> {
                            if (PROPAGATION.contains(option)) {
                                bind = new ServiceVolumeConfig.BindOptions(option);
                            }
                        }
                    }
                }
            }
        }
        String type = source == null || !isFilePath(source) ? "volume" : "bind";
        return new ServiceVolumeConfig(type, source, target, readOnly, null, bind, volume, null, false);
    }

    static boolean isFilePath(String source) {
        if (source.isEmpty()) {
            return false;
        }
        char c = source.charAt(0);
        if (c == '.' || c == '/' || c == '~' || source.startsWith("\\\\")) {
            return true;
        }
        return source.length() >= 2 && Character.isLetter(c) && source.charAt(1) == ':';
    }
}
