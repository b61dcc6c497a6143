package dev.gantry.adapter.api.deploy;

/**
 * A compose model cannot become a swarm stack (a service without image, an undefined network, an
 * unreadable secret file...). The message is a sentence naming the service or object.
 */
public final class StackConversionException extends RuntimeException {

    public StackConversionException(String message) {
        super(message);
    }

    public static StackConversionException service(String service, String message) {
        return new StackConversionException("service " + service + ": " + message);
    }
}
