#pragma once

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
    // fleetctl exit status: 2 usage, 4 unreachable, 1 everything else.
    int exitCode() const
    {
        switch (kind) {
        case None: return 0;
        case Invalid: return 2;
        case Unreachable: return 4;
        default: return 1;
        }
    }
};

} // namespace fleet
