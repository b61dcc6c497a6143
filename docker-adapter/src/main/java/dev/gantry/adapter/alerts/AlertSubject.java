package dev.gantry.adapter.alerts;

/**
 * What a reading is about: a container (with the service and stack it belongs to, if any) or a
 * service.
 */
public record AlertSubject(Kind kind, String id, String name, String service, String stack) {

    public enum Kind { CONTAINER, SERVICE }

    public static AlertSubject container(String id, String name, String service, String stack) {
        return new AlertSubject(Kind.CONTAINER, id, name, service, stack);
    }

    public static AlertSubject service(String id, String name, String stack) {
        return new AlertSubject(Kind.SERVICE, id, name, name, stack);
    }

    /** Whether a rule's scope covers this subject. */
    public boolean inScope(AlertScope scope, String target) {
        return switch (scope) {
            case ENDPOINT -> true;
            case CONTAINER -> kind == Kind.CONTAINER && target != null
                    && (target.equals(name) || (target.length() >= 4 && id.startsWith(target)));
            case SERVICE -> target != null && target.equals(service);
            case STACK -> target != null && target.equals(stack);
        };
    }
}
