#pragma once

#include "model/Failure.h"

#include <QString>

namespace fleet {

// Why an SSH operation failed. The kind decides retries and exit codes; the message is for a person and
// names the cause and the fix.
struct SshError
{
    enum Kind {
        None,
        Connect,        // nothing listening, no route, name does not resolve
        Timeout,        // the host did not answer within the timeout
        HostKeyUnknown, // not in known_hosts and not trusted
        HostKeyChanged, // differs from known_hosts: never overwritten
        AuthDenied,     // the server refused our key
        Protocol,       // the connection broke or libssh failed mid-session
        Cancelled,
    };

    Kind kind = None;
    QString message;
    QString fingerprint; // SHA256:… when the failure concerns the host key

    bool ok() const { return kind == None; }
    // Worth another try: a dropped connection or a timeout, not a policy refusal.
    bool isTransient() const { return kind == Connect || kind == Timeout || kind == Protocol; }

    // What the failure means to a face: host key, unreachable (nothing answered, timeout), cancelled, failed.
    FailureKind failureKind() const;

    static SshError make(Kind kind, const QString &message, const QString &fingerprint = {})
    {
        return SshError{kind, message, fingerprint};
    }
};


} // namespace fleet
