#pragma once

#include "images/TagPolicy.h"
#include "ssh/SshOptions.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fleet::cli {

// Exit statuses documented in docs/architecture.md.
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitHostKey = 3, ExitUnreachable = 4 };

// The global options every command shares, and the two ways of speaking: to a person or as JSON lines.
struct CliContext
{
    QString program;    // argv[0], for sub-parsers
    QString dbPath;     // --db, else the XDG data dir's history.db
    bool json = false;  // --json: one JSON object per line on stdout
    QString dockerHost; // --docker-host, else $DOCKER_HOST, else the default socket
    QString identity;   // --identity
    QString knownHosts; // --known-hosts, else ~/.ssh/known_hosts
    QString user;       // --user, else $USER
    int connectTimeoutMs = 5000;

    SshOptions sshOptions() const;
    // The image tag policy from the app's settings (the same keys the GUI writes); defaults when unset.
    static TagPolicy::Settings tagPolicy();
    SshTarget target(const QString &node) const; // "host", "host:port" or "user@host[:port]"

    void printJson(const QJsonObject &object) const; // JSON mode: one line on stdout
    void say(const QString &line) const;       // human mode: one line on stdout
    // A failure: human text on stderr, or a {"type":"error"} line in JSON mode. Returns `code`.
    int fail(int code, const QString &message) const;
};


} // namespace fleet::cli

class QCommandLineParser;

namespace fleet::cli {

// Parses a sub-command's options from `args` (which starts with the command name). On a parse error prints
// the reason and the usage and returns false; on --help prints the usage and exits.
bool parseCommand(QCommandLineParser &parser, const CliContext &context, const QStringList &args);

} // namespace fleet::cli
