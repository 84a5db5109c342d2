#include "ssh/SshOptions.h"

namespace fleet {

SshTarget SshTarget::parse(const QString &node, const QString &defaultUser)
{
    SshTarget target;
    QString rest = node.trimmed();
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    target.user = at > 0 ? rest.left(at) : defaultUser;
    if (at > 0)
        rest = rest.mid(at + 1);
    if (rest.startsWith(QLatin1Char('[')) && rest.contains(QLatin1String("]:"))) { // [v6]:port
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        target.port = quint16(rest.mid(close + 2).toUInt());
        target.host = rest.mid(1, close - 1);
        return target;
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && rest.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        const uint port = rest.mid(colon + 1).toUInt(&ok);
        if (ok && port > 0 && port < 65536) {
            target.port = quint16(port);
            rest = rest.left(colon);
        }
    }
    target.host = rest;
    return target;
}

} // namespace fleet
