#include "docker/TarStreamCheck.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <limits>

namespace fleet {

namespace {

// Octal ASCII (space or NUL padded), or GNU base-256 when the high bit of the first byte is set. -1: invalid.
qint64 parseNumber(const char *field, int length)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(field);
    if (bytes[0] & 0x80) {
        qint64 value = bytes[0] & 0x3f;
        if (bytes[0] & 0x40)
            return -1; // negative
        for (int i = 1; i < length; ++i) {
            if (value > (std::numeric_limits<qint64>::max() >> 8))
                return -1;
            value = (value << 8) | bytes[i];
        }
        return value;
    }
    qint64 value = 0;
    int i = 0;
    while (i < length && field[i] == ' ')
        ++i;
    bool digits = false;
    for (; i < length && field[i] >= '0' && field[i] <= '7'; ++i) {
        if (value > (std::numeric_limits<qint64>::max() >> 3))
            return -1;
        value = value * 8 + (field[i] - '0');
        digits = true;
    }
    for (; i < length; ++i)
        if (field[i] != ' ' && field[i] != '\0')
            return -1;
    return digits ? value : -1;
}

bool checksumMatches(const char *block)
{
    const qint64 recorded = parseNumber(block + 148, 8);
    if (recorded < 0)
        return false;
    qint64 unsignedSum = 0, signedSum = 0;
    for (int i = 0; i < 512; ++i) {
        const bool inField = i >= 148 && i < 156;
        unsignedSum += inField ? ' ' : static_cast<unsigned char>(block[i]);
        signedSum += inField ? ' ' : static_cast<signed char>(block[i]);
    }
    return recorded == unsignedSum || recorded == signedSum; // some old writers summed signed chars
}

bool isZero(const char *data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i)
        if (data[i] != '\0')
            return false;
    return true;
}

// Entries whose size field does not announce data (tar(5); Go's archive/tar does the same).
bool isHeaderOnly(char type)
{
    return type == '1' || type == '2' || type == '3' || type == '4' || type == '5' || type == '6';
}

} // namespace

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
