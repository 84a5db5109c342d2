#pragma once

#include "actions/ActionContext.h"
#include "model/Failure.h"
#include "ssh/SshOptions.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace fleet::cli {

// Exit statuses, documented in `fleetctl --help` and docs/architecture.md. A command stopped by SIGINT/SIGTERM
// exits with 128 + the signal (SignalCancel).
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitHostKey = 3, ExitUnreachable = 4 };

// The only place failure kinds become exit statuses.
int exitStatusFor(FailureKind kind);

// The options every command shares, and the two ways of speaking: to a person or as JSON lines.
struct CliContext
{
    QString program;    // "fleetctl", for sub-parsers
    QString dbPath;     // --db, else the XDG data dir's history.db
    bool json = false;  // --json: one JSON object per line on stdout
    QString dockerHost; // --docker-host, else $DOCKER_HOST, else the default socket
    QString identity;   // --identity
    QString knownHosts; // --known-hosts, else ~/.ssh/known_hosts
    QString user;       // --user, else $USER
    int connectTimeoutMs = 5000;

    SshOptions sshOptions() const;
    // What actions need: the above plus the shared settings (tag policy, agent port…).
    ActionContext action() const;
    SshTarget target(const QString &node) const; // "host", "host:port" or "user@host[:port]"

    void printJson(const QJsonObject &object) const; // JSON mode: one line on stdout
    void say(const QString &line) const;             // human mode: one line on stdout
    // Something worth knowing that does not stop the command: stderr, or a {"type":"warning"} line.
    void warn(const QString &message) const;
    // A failure: human text on stderr, or a {"type":"error"} line in JSON mode. Returns `code`.
    int fail(int code, const QString &message) const;
    int fail(const Failure &failure) const { return fail(exitStatusFor(failure.kind), failure.message, failure.kind); }

private:
    int fail(int code, const QString &message, FailureKind kind) const;
};

// The shared options, accepted before the command (`fleetctl --json scan …`) and after it (`fleetctl scan --json`).
namespace CommonOptions {
void add(QCommandLineParser &parser);
// Applies what `parser` has set onto `context`; false with `error` for a value that cannot be used.
bool apply(const QCommandLineParser &parser, CliContext &context, QString *error);
} // namespace CommonOptions

// Parses a sub-command's options from `args` (which starts with the command name), the common options included,
// into `context`. On a parse error prints the reason and returns false; on --help prints the usage and exits.
bool parseCommand(QCommandLineParser &parser, CliContext &context, const QStringList &args);

// A whole number option within [min, max]; on anything else a usage error naming the option and the range.
bool intOption(const CliContext &context, const QCommandLineParser &parser, const QCommandLineOption &option,
               int min, int max, int *value);

} // namespace fleet::cli
