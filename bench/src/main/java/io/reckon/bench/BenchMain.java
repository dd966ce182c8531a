package io.reckon.bench;

public final class BenchMain {
    private BenchMain() {
    }

    public static void main(final String[] args) {
        System.out.println("bench");
    }
}
