/** Stack deploy: the diff shown before applying, the result, the history. Records only, no docker-java. */
package dev.gantry.adapter.api.deploy;
