#pragma once

#include <QString>

namespace fleet {

// Why a product action did not succeed, in the words every face needs: fleetctl maps a kind to its exit status
// (app/fleetctl), the GUI to the fix it offers. Core never speaks in exit codes.
enum class FailureKind {
    None,
    Usage,       // the request itself is wrong: a bad name, option or path
    HostKey,     // a node's SSH host key is unknown or changed: refused, never overwritten
    Unreachable, // a node, daemon or store that the action needs did not answer
    Failed,      // the action ran and failed (cause and fix in the message)
    Cancelled,   // the person (or a signal) stopped it
};

// Stable names for JSON and logs: "none", "usage", "host_key", "unreachable", "failed", "cancelled".
QString failureKindName(FailureKind kind);

struct Failure
{
    FailureKind kind = FailureKind::None;
    QString message; // for a person: what happened, why, and what to do

    bool ok() const { return kind == FailureKind::None; }
    static Failure make(FailureKind kind, const QString &message) { return Failure{kind, message}; }
    // Of several nodes' failures, one action reports the most specific: usage over host key over unreachable over
    // failed over cancelled. Keeps `failure` in `into` when it is more specific than what is there.
    static void keepMostSpecific(Failure &into, const Failure &failure);
};

} // namespace fleet
