#include "actions/HostKeyTrust.h"

#include "ssh/KnownHosts.h"
#include "ssh/SshSession.h"

namespace fleet {

TrustResult HostKeyTrust::trust(const TrustParams &params)
{
    SshOptions options = params.ssh;
    options.unknownHostKey = UnknownHostKeyPolicy::Ask;
    TrustResult result;
    options.confirmUnknownHostKey = [&](const QString &host, const QString &presented) {
        result.recorded = params.expectedFingerprint.isEmpty()
            ? (params.confirm && params.confirm(host, presented))
            : presented == params.expectedFingerprint;
        return result.recorded;
    };
    SshSession session(params.target, options);
    const bool connected = session.connect();
    const SshError &error = session.error();
    const QString where = session.target().display();
    result.fingerprint = session.hostKeyFingerprint();
    // Authentication is not needed to trust a key: the host key is checked before it.
    if (!connected && error.kind != SshError::AuthDenied) {
        result.recorded = false;
        if (error.kind == SshError::HostKeyUnknown && !params.expectedFingerprint.isEmpty()
            && !result.fingerprint.isEmpty())
            result.failure = Failure::make(FailureKind::HostKey,
                                           tr("%1 presents %2, not the %3 that was checked; nothing was recorded. "
                                              "Compare the node's key again.")
                                               .arg(where, result.fingerprint, params.expectedFingerprint));
        else if (error.kind == SshError::HostKeyUnknown)
            result.failure = Failure::make(FailureKind::HostKey,
                                           tr("%1 presents %2, which was not confirmed; nothing was recorded.")
                                               .arg(where, result.fingerprint));
        else
            result.failure = Failure::make(error.failureKind(), error.message);
        result.message = result.failure.message;
        return result;
    }
    result.message = result.recorded ? tr("%1: %2 is now trusted.").arg(where, result.fingerprint)
                                     : tr("%1: its key %2 was already trusted.").arg(where, result.fingerprint);
    return result;
}

ForgetResult HostKeyTrust::forget(const QString &knownHostsFile, const SshTarget &target)
{
    ForgetResult result;
    result.removed = KnownHosts(knownHostsFile).forget(target.host, target.port);
    if (result.removed < 0) {
        result.removed = 0;
        result.failure = Failure::make(FailureKind::Failed,
                                       tr("cannot rewrite %1: check that the file and its folder are writable.")
                                           .arg(knownHostsFile));
        result.message = result.failure.message;
        return result;
    }
    result.message = tr("%1: %n key(s) removed from %2", nullptr, result.removed).arg(target.display(), knownHostsFile);
    return result;
}

} // namespace fleet
