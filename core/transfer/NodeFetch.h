#pragma once

#include "ssh/SshError.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace fleet {

class SshSession;

// A node downloading a store object itself (the direct path of a store push): with the curl or wget it has,
// from a short-lived presigned URL, into a private temporary directory (mktemp -d in the node's TMPDIR,
// fleet-push-fetch.*), checked against the sidecar's sha256, then `docker load -i` and removed — all in one
// remote script, whose traps remove the directory when the connection drops or the job is cancelled. The URL
// travels on the script's stdin and lives only in a shell variable: it is in no process list, environment, file
// or shell history, and no credential ever reaches the node. Lives on the session's thread.
class NodeFetch final
{
public:
    enum class Tool { None, Curl, Wget };
    enum class Outcome {
        Loaded,
        Unavailable, // the node could not download (no route, HTTP error, expired link, full disk): message()
        Mismatch,    // the download's sha256 is not the sidecar's: nothing was loaded
        LoadFailed,  // `docker load` refused it: loadError() has its stderr
        Stopped,     // the session was interrupted (cancel, stall) or broke: sshError()
    };
    struct Callbacks
    {
        std::function<void(qint64 bytes)> downloaded; // the file's size on the node, twice a second
        std::function<void()> loading;                // the download is complete and checked
    };

    NodeFetch(SshSession &session, QString node);

    // Which download tool the node has (None when neither). False on an SSH failure (sshError()).
    bool probeTool(Tool *tool);
    // A HEAD through the presigned `headUrl`: true when the store answers the node with 200; else message()
    // (the first byte through `getUrl` tells why a refused HEAD was refused).
    bool canReach(Tool tool, const QByteArray &headUrl, const QByteArray &getUrl);
    Outcome fetchAndLoad(Tool tool, const QByteArray &url, const QString &sha256, const Callbacks &callbacks);

    QString message() const { return m_message; }
    const SshError &sshError() const { return m_sshError; }
    QByteArray loadError() const { return m_loadError; }
    int loadStatus() const { return m_loadStatus; }
    QString loadOutput() const { return m_loadOutput; } // `docker load`'s last line ("Loaded image: …")
    // The node's temporary directory once the script made it (for a cleanup after a lost connection).
    QString remoteDirectory() const { return m_directory; }

    static QString toolName(Tool tool);
    // The remote script (exposed for tests: it must stay POSIX sh and never name the URL).
    static QString fetchScript(Tool tool, const QString &sha256);

private:
    QString explainFailure(const QByteArray &stderrData, const QString &status) const;

    SshSession &m_session;
    QString m_node;
    QString m_message;
    SshError m_sshError;
    QByteArray m_loadError;
    int m_loadStatus = -1;
    QString m_loadOutput;
    QString m_directory;
};

} // namespace fleet
