#pragma once

#include "model/Failure.h"

#include <QString>

namespace fleet {

// Why a store operation failed. `message` is for a person: what happened, why, and what to do.
struct StoreError
{
    enum Kind {
        None,
        Invalid,     // a bad store URL, reference or argument
        Unreachable, // the store (S3 endpoint, registry) or the Docker Engine cannot be reached
        Auth,        // credentials missing or refused
        NotFound,    // no such archive, bucket or image
        Integrity,   // the archive does not match its recorded sha256 or size
        Storage,     // the store could not write (full disk, permissions, bucket quota)
        Policy,      // refused by TagPolicy (untrusted registry, latest)
        Cancelled,
        Failed,      // anything else the server or daemon said no to
    };
    Kind kind = None;
    QString message;

    bool ok() const { return kind == None; }
    // What the failure means to a face: Usage (bad URL or argument), Unreachable, Cancelled, else Failed.
    FailureKind failureKind() const
    {
        switch (kind) {
        case None: return FailureKind::None;
        case Invalid: return FailureKind::Usage;
        case Unreachable: return FailureKind::Unreachable;
        case Cancelled: return FailureKind::Cancelled;
        default: return FailureKind::Failed;
        }
    }
};

} // namespace fleet
