#include "sif/SifClearsign.h"

#include <QList>

namespace fleet {

std::optional<QByteArray> SifClearsign::plaintext(const QByteArray &message)
{
    const QList<QByteArray> lines = message.split('\n');
    int i = 0;
    auto line = [&](int at) {
        QByteArray l = lines.at(at);
        if (l.endsWith('\r'))
            l.chop(1);
        return l;
    };
    while (i < lines.size() && line(i).trimmed() != "-----BEGIN PGP SIGNED MESSAGE-----")
        ++i;
    if (i == lines.size())
        return std::nullopt;
    for (++i; i < lines.size() && !line(i).trimmed().isEmpty(); ++i) {
        if (!line(i).contains(':')) // armor headers are "Hash: SHA256"
            return std::nullopt;
    }
    if (i == lines.size())
        return std::nullopt;
    QList<QByteArray> text;
    for (++i; i < lines.size(); ++i) {
        QByteArray l = line(i);
        if (l == "-----BEGIN PGP SIGNATURE-----")
            return text.join('\n');
        if (l.startsWith("- "))
            l.remove(0, 2);
        while (!l.isEmpty() && (l.endsWith(' ') || l.endsWith('\t'))) // trailing whitespace is not signed
            l.chop(1);
        text.append(l);
    }
    return std::nullopt;
}

} // namespace fleet
