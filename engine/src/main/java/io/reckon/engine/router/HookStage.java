package io.reckon.engine.router;

/** The router stage a hook ran at; names the stage of a failed hook in the log. */
enum HookStage {
    PRE_PLAN,
    PRE_SUBMIT,
    ON_WORKING,
    ON_FILL,
    ON_MISS,
    ON_ESCALATE,
    ON_CANCEL
}
