#include "docker/TarStreamCheck.h"

#include "docker/TarBlock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace fleet {

using namespace TarBlock;

void TarStreamCheck::breakWith(const QString &why)
{
    m_state = State::Broken;
    m_why = why;
}

void TarStreamCheck::keepTail(const char *data, qint64 size)
{
    if (size >= kTail) {
        m_tail = QByteArray(data + size - kTail, kTail);
        return;
    }
    m_tail.append(data, qsizetype(size));
    if (m_tail.size() > kTail)
        m_tail.remove(0, m_tail.size() - kTail);
}

void TarStreamCheck::header(const char *block)
{
    if (isZero(block, kBlock)) {
        if (++m_zeroBlocks == 2)
            m_state = State::End;
        return;
    }
    if (m_zeroBlocks > 0)
        return breakWith(QStringLiteral("not a tar archive: an entry follows an end block at byte %1").arg(m_offset));
    if (!checksumMatches(block))
        return breakWith(m_offset == 0 ? QStringLiteral("not a tar archive")
                                       : QStringLiteral("not a tar archive from byte %1 on, after \"%2\"")
                                             .arg(m_offset)
                                             .arg(m_entry));
    const qint64 size = parseNumber(block + 124, 12);
    if (size < 0)
        return breakWith(QStringLiteral("not a tar archive: the entry at byte %1 has no valid size").arg(m_offset));
    m_entry = QString::fromUtf8(block, qsizetype(strnlen(block, 100)));
    if (!isHeaderOnly(block[156]) && size > 0) {
        m_contentLeft = (size + kBlock - 1) / kBlock * kBlock;
        m_state = State::Content;
    }
}

bool TarStreamCheck::feed(const char *data, qint64 size)
{
    keepTail(data, size);
    qint64 pos = 0;
    while (pos < size && m_state != State::Broken) {
        switch (m_state) {
        case State::Content: {
            const qint64 n = qMin(m_contentLeft, size - pos);
            m_contentLeft -= n;
            pos += n;
            m_offset += n;
            if (m_contentLeft == 0)
                m_state = State::Header;
            break;
        }
        case State::Header: {
            const qint64 n = qMin(kBlock - qint64(m_block.size()), size - pos);
            m_block.append(data + pos, qsizetype(n));
            pos += n;
            if (m_block.size() == kBlock) {
                header(m_block.constData());
                m_block.clear();
                if (m_state != State::Broken)
                    m_offset += kBlock;
            }
            break;
        }
        case State::End: // zeros may pad the last record (GNU tar writes 10 KiB records); nothing else
            if (!isZero(data + pos, size - pos)) {
                breakWith(QStringLiteral("data follows the end of the archive at byte %1").arg(m_offset));
                break;
            }
            m_offset += size - pos;
            pos = size;
            break;
        case State::Broken:
            break;
        }
    }
    if (m_state == State::Broken)
        m_afterBreak += size - pos;
    return m_state != State::Broken;
}

bool TarStreamCheck::finish()
{
    if (m_state == State::End)
        return true;
    if (m_state == State::Content)
        breakWith(QStringLiteral("incomplete: it ends inside \"%1\" after %2 bytes")
                      .arg(m_entry).arg(m_offset));
    else if (m_state == State::Header)
        breakWith(m_offset == 0 && m_block.isEmpty()
                      ? QStringLiteral("incomplete: the stream was empty")
                      : QStringLiteral("incomplete: it ends after %1 bytes without the end-of-archive "
                                       "blocks").arg(m_offset + m_block.size()));
    return false;
}

QString TarStreamCheck::engineMessage() const
{
    // dockerd's streamformatter: {"errorDetail":{"message":…},"error":…}\r\n, the last thing it writes.
    const qsizetype start = m_tail.lastIndexOf("{\"errorDetail\"");
    if (start < 0)
        return {};
    const QJsonObject o = QJsonDocument::fromJson(m_tail.mid(start).trimmed()).object();
    QString message = o.value(QLatin1String("error")).toString();
    if (message.isEmpty())
        message = o.value(QLatin1String("errorDetail")).toObject().value(QLatin1String("message")).toString();
    return message.left(500);
}

QString TarStreamCheck::problem() const
{
    return m_why;
}

} // namespace fleet
