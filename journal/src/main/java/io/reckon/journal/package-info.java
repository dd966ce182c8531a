/**
 * The reckon journal: every input the engine folds is first appended here, so any session replays bit for bit.
 *
 * <p>A journal is a directory holding one Chronicle {@code SingleChronicleQueue}. Records use the versioned binary
 * layout described in {@link io.reckon.journal.JournalLayout}; {@link io.reckon.journal.JournalWriter} appends,
 * {@link io.reckon.journal.JournalReader} reads from the start or tails, {@link io.reckon.journal.JournalExport}
 * turns records into JSON Lines.
 *
 * <p><b>One writer.</b> {@link io.reckon.journal.JournalWriter#open} locks the directory (an OS file lock on
 * {@code .reckon-writer.lock}, naming the holder's pid) until the writer closes; a second writer is refused, and a
 * dead writer's lock dies with its process. Readers never take it.
 *
 * <p><b>Retention is the operator's.</b> Chronicle starts a new {@code .cq4} file every hour or day and never deletes
 * old ones; neither does reckon. Archive or remove closed cycle files (never the one being written, nor
 * {@code metadata.cq4t} or {@code .reckon-writer.lock}) with whatever retention policy the audit requirements
 * allow. A replay needs every file from the session's SESSION_CONFIG record onward.
 */
package io.reckon.journal;
