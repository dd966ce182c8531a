package io.reckon.adapters.cli;

public final class ReckonCli {
    private ReckonCli() {
    }

    public static void main(final String[] args) {
        System.out.println("reckon");
    }
}
