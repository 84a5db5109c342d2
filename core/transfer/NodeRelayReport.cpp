#include "transfer/NodeRelayReport.h"

#include <QList>

namespace fleet {

namespace {

constexpr int kMaxLine = 4096;

bool parseIndex(const QByteArray &word, int *value, int max)
{
    if (word.isEmpty() || word.size() > 6)
        return false;
    for (char c : word)
        if (c < '0' || c > '9')
            return false;
    *value = word.toInt();
    return *value >= 0 && *value <= max;
}

void appendBounded(QString *to, const QByteArray &line)
{
    if (to->size() >= NodeRelayReport::kMaxText)
        return;
    if (!to->isEmpty())
        to->append(QLatin1Char('\n'));
    to->append(QString::fromUtf8(line).left(NodeRelayReport::kMaxText - int(to->size())));
}

} // namespace

NodeRelayReport NodeRelayReport::parse(const QByteArray &text)
{
    NodeRelayReport report;
    static const QByteArray prefix("fleet-relay ");
    for (const QByteArray &raw : text.split('\n')) {
        if (raw.size() > kMaxLine || !raw.startsWith(prefix))
            continue;
        const QByteArray rest = raw.mid(prefix.size());
        const qsizetype space = rest.indexOf(' ');
        int index = 0;
        if (space <= 0 || !parseIndex(rest.left(space), &index, kMaxIndex) || index == 0)
            continue;
        const QByteArray after = rest.mid(space + 1);
        const qsizetype space2 = after.indexOf(' ');
        const QByteArray key = space2 < 0 ? after : after.left(space2);
        const QByteArray value = space2 < 0 ? QByteArray() : after.mid(space2 + 1);
        if (key == "out") {
            appendBounded(&report.m_members[index].output, value);
        } else if (key == "hoperr") {
            appendBounded(&report.m_members[index].hopError, value);
        } else if (key == "rc") {
            int status = 0;
            if (!parseIndex(value.trimmed(), &status, 255))
                continue;
            Member &m = report.m_members[index];
            m.finished = true;
            m.exitStatus = status;
        } else if (key == "hop") {
            const QList<QByteArray> words = value.trimmed().split(' ');
            int next = 0, status = 0;
            if (words.size() != 2 || !parseIndex(words[0], &next, kMaxIndex) || !parseIndex(words[1], &status, 255))
                continue;
            Member &m = report.m_members[index];
            m.next = next;
            m.hopStatus = status;
        }
    }
    return report;
}

} // namespace fleet
