#include "discovery/SshBannerProbe.h"

#include <cstring>

namespace fleet {

QString SshBannerProbe::printable(const QByteArray &bytes)
{
    QByteArray out = bytes;
    for (char &c : out)
        if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
            c = '?';
    return QString::fromLatin1(out);
}

SshBannerProbe::Verdict SshBannerProbe::decide(Verdict verdict, const QString &reason)
{
    m_verdict = verdict;
    m_reason = reason;
    m_line.clear();
    m_line.squeeze();
    return m_verdict;
}

SshBannerProbe::Verdict SshBannerProbe::feed(const char *data, qsizetype size)
{
    while (m_verdict == Verdict::NeedMore && size > 0) {
        const char *newline = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
        const qsizetype take = newline ? qsizetype(newline - data) + 1 : size;
        QByteArray head = m_line.left(4);
        if (head.size() < 4)
            head.append(data, qMin(take, 4 - head.size()));
        const bool ident = head.startsWith("SSH-");
        const qsizetype limit = ident ? kMaxIdentLine : kMaxOtherLine;
        // Append only what fits the line limit (+1 so that an overflow is seen), never the whole chunk.
        const qsizetype room = qMax<qsizetype>(0, limit + 1 - m_line.size());
        m_line.append(data, qMin(take, room));
        m_total += take;
        data += take;
        size -= take;
        if (m_line.size() > limit)
            return decide(Verdict::NotSsh,
                          ident ? QStringLiteral("its SSH identification line is longer than %1 bytes").arg(limit)
                                : QStringLiteral("it sent a line longer than %1 bytes (not SSH)").arg(limit));
        if (m_total > kMaxPreamble)
            return decide(Verdict::NotSsh, QStringLiteral("it sent %1 bytes without an SSH identification line")
                                               .arg(kMaxPreamble));
        if (!newline)
            break;
        QByteArray line = m_line;
        m_line.clear();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith("SSH-")) {
            m_banner = printable(line);
            return decide(Verdict::Ssh);
        }
    }
    return m_verdict;
}

SshBannerProbe::Verdict SshBannerProbe::finish(const QString &why)
{
    if (m_verdict != Verdict::NeedMore)
        return m_verdict;
    if (m_total == 0)
        return decide(Verdict::NotSsh, why);
    return decide(Verdict::NotSsh, why + QStringLiteral(" (%1 bytes of something else)").arg(m_total));
}

} // namespace fleet
