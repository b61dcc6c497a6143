/**
 * Small local files that operations keep, free of docker-java: the exec-restart audit log, the
 * exec-restart choices remembered per service and image, and what Gantry last changed per stack.
 * The app decides where they live and passes the paths in.
 */
package dev.gantry.adapter.ops;
