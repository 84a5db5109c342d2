#pragma once

#include "model/Failure.h"
#include "ssh/SshOptions.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace fleet {

struct TrustParams
{
    SshTarget target;
    SshOptions ssh;              // known_hosts file, identity, timeouts (the unknown-key policy is set here)
    QString expectedFingerprint; // "SHA256:…": record only this key (what the person compared); empty: ask
    // Asked with the host and the key it presents when no fingerprint is expected; true records it.
    std::function<bool(const QString &host, const QString &fingerprint)> confirm;
};

struct TrustResult
{
    Failure failure;
    QString fingerprint; // the key the host presents
    bool recorded = false; // false with ok(): it was already trusted
    QString message;       // for a person, success or not
    bool ok() const { return failure.ok(); }
};

struct ForgetResult
{
    Failure failure;
    int removed = 0; // entries taken out of known_hosts
    QString message;
    bool ok() const { return failure.ok(); }
};

// Trusting and forgetting a node's SSH host key: the steps `fleetctl trust` and the desktop's Trust… share.
// The host is asked for its key again, and only the key the person saw (or confirmed) is recorded, so a key
// swapped in between is refused rather than trusted. A changed key is never overwritten: forget it first.
// Synchronous (network): the GUI calls it on a worker.
class HostKeyTrust final
{
    Q_DECLARE_TR_FUNCTIONS(HostKeyTrust)

public:
    static TrustResult trust(const TrustParams &params);
    static ForgetResult forget(const QString &knownHostsFile, const SshTarget &target);
};

} // namespace fleet
