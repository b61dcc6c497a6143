package dev.gantry.adapter.docker.deploy.convert;

/** The compose model cannot become a swarm spec; the message names the service or object. */
public final class ConversionException extends RuntimeException {

    public ConversionException(String message) {
        super(message);
    }

    static ConversionException service(String service, String message) {
        return new ConversionException("service " + service + ": " + message);
    }
}
