#pragma once

#include "discovery/HostTarget.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace fleet {

// Hosts named in an OpenSSH client config: every concrete `Host` alias with the HostName, Port and User that ssh
// itself would pick (first value wins, `Host` blocks with wildcards and the global section apply in file order).
// Wildcard and negated patterns are counted, not listed; `Match` blocks are skipped (they depend on run-time
// facts); `Include` is followed (globs in the last path component, relative paths from the config's folder).
class SshConfigSource
{
public:
    // What the config says for connecting to one host (the desktop's per-node SSH settings): the first value of
    // each keyword among the Host blocks that match, as ssh picks it. Empty/0: the config does not say.
    struct HostSettings
    {
        QString hostName;     // HostName, with %h expanded
        quint16 port = 0;
        QString user;
        QString identityFile; // the first IdentityFile, with ~ and %d, %h, %u expanded
        QString proxyJump;    // "none" is reported as empty
        bool any() const { return !hostName.isEmpty() || port || !user.isEmpty() || !identityFile.isEmpty()
                                  || !proxyJump.isEmpty(); }
    };
    static HostSettings resolve(const QByteArray &text, const QString &origin, const QString &baseDir,
                                const QString &host);
    static HostSettings resolveFile(const QString &path, const QString &host); // a missing file says nothing

    static QString defaultPath(); // ~/.ssh/config
    static SourceReport read(const QString &path);
    // `origin` names the text in warnings; `baseDir` anchors relative Include paths.
    static SourceReport parse(const QByteArray &text, const QString &origin, const QString &baseDir);

    // ssh's pattern match: '*' and '?', case-insensitive.
    static bool globMatch(const QString &pattern, const QString &name);

private:
    struct Block
    {
        QStringList patterns; // empty: the global section (applies to every host)
        bool isMatch = false;
        QHash<QString, QString> options; // lower-case keyword → first value
    };
    struct State
    {
        QList<Block> blocks;
        QStringList aliases;
        SourceReport report;
        QString baseDir;
    };

    static void parseInto(State &state, const QByteArray &text, const QString &origin, int depth);
    static void include(State &state, const QString &value, const QString &where, int depth);
    static bool blockApplies(const Block &block, const QString &alias);
};

} // namespace fleet
