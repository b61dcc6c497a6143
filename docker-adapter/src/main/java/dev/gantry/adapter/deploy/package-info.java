/** Local deploy history of stacks (JSON files); no docker-java, usable by the UI. */
package dev.gantry.adapter.deploy;
