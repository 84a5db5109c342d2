#include "agent/AgentBinary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace fleet {

AgentBinary::AgentBinary(QString path)
    : m_path(std::move(path))
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read the agent binary %1: %2. Build it (target fleet-agent) or point "
                                 "FLEET_AGENT_BIN / --agent-bin at it.")
                      .arg(m_path, file.errorString());
        return;
    }
    const QByteArray header = file.read(20);
    if (header.size() < 20 || !header.startsWith("\x7f" "ELF")) {
        m_error = QStringLiteral("%1 is not an ELF executable").arg(m_path);
        return;
    }
    const bool is64 = header.at(4) == 2;
    const bool little = header.at(5) == 1;
    const auto *raw = reinterpret_cast<const uchar *>(header.constData() + 18);
    const quint16 machine = little ? qFromLittleEndian<quint16>(raw) : qFromBigEndian<quint16>(raw);
    m_arch = archForElf(machine, is64);
    if (m_arch.isEmpty()) {
        m_error = QStringLiteral("%1 is built for an unknown CPU (ELF machine %2)").arg(m_path).arg(machine);
        return;
    }
    file.seek(0);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    m_sha256 = hash.result().toHex();
    m_size = file.size();
}

QString AgentBinary::locate()
{
    const QString fromEnv = qEnvironmentVariable("FLEET_AGENT_BIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + QStringLiteral("/fleet-agent"),
                                 dir + QStringLiteral("/../fleet-agent/fleet-agent"),
                                 dir + QStringLiteral("/../app/fleet-agent/fleet-agent")};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return dir + QStringLiteral("/fleet-agent");
}

QString AgentBinary::archForElf(quint16 machine, bool is64)
{
    switch (machine) {
    case 3: return QStringLiteral("i686");
    case 62: return QStringLiteral("x86_64");
    case 40: return QStringLiteral("armv7l");
    case 183: return QStringLiteral("aarch64");
    case 243: return is64 ? QStringLiteral("riscv64") : QStringLiteral("riscv32");
    case 21: return QStringLiteral("ppc64le");
    case 22: return QStringLiteral("s390x");
    default: return {};
    }
}

QStringList AgentBinary::unameAliases(const QString &arch)
{
    if (arch == QLatin1String("i686"))
        return {QStringLiteral("i386"), QStringLiteral("i486"), QStringLiteral("i586"), QStringLiteral("i686")};
    if (arch == QLatin1String("armv7l"))
        return {QStringLiteral("armv7l"), QStringLiteral("armv8l")};
    if (arch == QLatin1String("aarch64"))
        return {QStringLiteral("aarch64"), QStringLiteral("arm64")};
    if (arch == QLatin1String("ppc64le"))
        return {QStringLiteral("ppc64le")};
    return {arch};
}

bool AgentBinary::runsOn(const QString &unameMachine) const
{
    return isValid() && unameAliases(m_arch).contains(unameMachine.trimmed());
}

} // namespace fleet
