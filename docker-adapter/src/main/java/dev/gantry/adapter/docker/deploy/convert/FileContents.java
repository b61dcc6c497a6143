package dev.gantry.adapter.docker.deploy.convert;

/** Reads a secret's or config's file; the one place the converter touches content, given by the caller. */
@FunctionalInterface
public interface FileContents {
    byte[] read(String path);
}
