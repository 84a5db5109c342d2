#pragma once

#include <QString>
#include <QStringList>

namespace fleet {

// The fleet-agent executable that bootstrap uploads: where it is, which CPU it is built for (read from its
// ELF header, not assumed from this machine), and whether that matches a node's `uname -m`.
class AgentBinary final
{
public:
    explicit AgentBinary(QString path);

    // $FLEET_AGENT_BIN, else fleet-agent next to the running program, else the build tree's app/fleet-agent.
    static QString locate();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    QString arch() const { return m_arch; } // in uname -m spelling: x86_64, aarch64, armv7l, …
    qint64 size() const { return m_size; }
    QByteArray sha256Hex() const { return m_sha256; }

    // True if a node whose `uname -m` printed `unameMachine` can run this binary.
    bool runsOn(const QString &unameMachine) const;
    // ELF e_machine (and class) to uname's name; empty if unknown.
    static QString archForElf(quint16 machine, bool is64);
    static QStringList unameAliases(const QString &arch);

private:
    QString m_path;
    QString m_arch;
    QString m_error;
    qint64 m_size = 0;
    QByteArray m_sha256;
};

} // namespace fleet
