package io.reckon.adapters.cli;

import io.reckon.config.ConfigException;
import io.reckon.journal.JournalException;
import picocli.CommandLine;

import java.io.UncheckedIOException;

/**
 * Errors a user can cause become one line on stderr and exit code 2; anything else is a bug and keeps its stack
 * trace. Messages never include secrets: configuration errors name keys and environment variable names only.
 */
final class UserErrors implements CommandLine.IExecutionExceptionHandler {
    static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(final Exception ex, final CommandLine cmd,
                                        final CommandLine.ParseResult parseResult) throws Exception {
        if (ex instanceof ConfigException || ex instanceof JournalException || ex instanceof UncheckedIOException
            || ex instanceof java.io.IOException) {
            cmd.getErr().println("reckon " + cmd.getCommandName() + ": " + ex.getMessage());
            return USER_ERROR;
        }
        throw ex;
    }
}
