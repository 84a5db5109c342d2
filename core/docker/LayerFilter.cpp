#include "docker/LayerFilter.h"

#include "docker/LayerChain.h"
#include "docker/TarBlock.h"

#include <cstring>

namespace fleet {

namespace {
constexpr qint64 kMaxExtension = 1 << 20; // pax or GNU long-name data we hold while deciding
constexpr qint64 kMaxLayerJson = 1 << 20; // a legacy layer's json file (a few KiB in practice)

bool isRegular(char type)
{
    return type == '0' || type == '\0' || type == '7';
}

// The value of the "path" record of pax extended header data ("LEN path=VALUE\n" records).
QString paxPath(const QByteArray &data)
{
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype space = data.indexOf(' ', at);
        if (space < 0)
            break;
        bool ok = false;
        const qsizetype length = data.mid(at, space - at).toLongLong(&ok);
        if (!ok || length <= space - at || at + length > data.size())
            break;
        const QByteArray record = data.mid(space + 1, length - (space - at) - 2); // without the newline
        if (record.startsWith("path="))
            return QString::fromUtf8(record.mid(5));
        at += length;
    }
    return {};
}
} // namespace

LayerFilter::LayerFilter(const QStringList &diffIds, const QSet<QString> &nodeChainIds, Sink sink)
    : m_diffIds(diffIds)
    , m_chainIds(LayerChain::chainIds(diffIds))
    , m_sink(std::move(sink))
{
    for (int i = 0; i < m_diffIds.size(); ++i) {
        if (m_diffIds.count(m_diffIds[i]) != 1 || !nodeChainIds.contains(m_chainIds[i]))
            continue;
        m_skippable.insert(i);
        m_skippableBlobs.insert(m_diffIds[i], i);
    }
    if (m_skippable.isEmpty())
        m_state = State::PassThrough; // nothing to leave out: no need to look
}

bool LayerFilter::forward(const char *data, qint64 size)
{
    if (size <= 0)
        return true;
    m_bytesOut += size;
    return m_sink(data, size);
}

bool LayerFilter::giveUp()
{
    m_state = State::PassThrough;
    const QByteArray held = std::exchange(m_held, {}) + std::exchange(m_inspected, {}) + std::exchange(m_block, {});
    return forward(held.constData(), held.size());
}

QString LayerFilter::entryName(const char *header) const
{
    QString name = QString::fromUtf8(header, qsizetype(strnlen(header, 100)));
    // ustar: a prefix field before the name.
    if (std::memcmp(header + 257, "ustar", 5) == 0 && header[345] != '\0')
        name = QString::fromUtf8(header + 345, qsizetype(strnlen(header + 345, 155))) + QLatin1Char('/') + name;
    return name;
}

LayerFilter::Action LayerFilter::decide(const QString &name, char type)
{
    if (name.startsWith(QLatin1String("blobs/sha256/"))) {
        const QString digest = QStringLiteral("sha256:") + name.mid(13);
        return isRegular(type) && m_skippableBlobs.contains(digest) ? Action::Drop : Action::Pass;
    }
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash != 64 || !LayerChain::isHexId(QStringView(name).left(64)))
        return Action::Pass;
    const QStringView file = QStringView(name).mid(65);
    if (file == QLatin1String("json") && isRegular(type) && m_dataSize <= kMaxLayerJson)
        return Action::Inspect;
    if (file == QLatin1String("layer.tar") && isRegular(type)
        && m_skippable.contains(m_legacyDirs.value(name.left(64), -1)))
        return Action::Drop;
    return Action::Pass;
}

bool LayerFilter::onExtension()
{
    const QByteArray data = m_extension.left(m_dataSize);
    if (m_extensionType == 'L')
        m_longName = QString::fromUtf8(data.constData(), qsizetype(strnlen(data.constData(), size_t(data.size()))));
    else if (m_extensionType == 'x') {
        const QString path = paxPath(data);
        if (!path.isEmpty())
            m_longName = path;
    }
    m_extension.clear();
    m_state = State::Header;
    return true;
}

bool LayerFilter::onHeader()
{
    const char *block = m_block.constData();
    if (TarBlock::isZero(block, TarBlock::kSize)) {
        if (!m_held.isEmpty())
            return giveUp();
        return forward(std::exchange(m_block, {}).constData(), TarBlock::kSize);
    }
    const qint64 size = TarBlock::parseNumber(block + 124, 12);
    if (!TarBlock::checksumMatches(block) || size < 0)
        return giveUp();
    const char type = block[156];
    if (type == 'x' || type == 'L' || type == 'K') {
        if (size > kMaxExtension)
            return giveUp();
        m_held += m_block;
        m_block.clear();
        m_extensionType = type;
        m_dataSize = size;
        m_left = TarBlock::paddedSize(size);
        m_state = State::Extension;
        return m_left > 0 || onExtension();
    }
    m_dataSize = TarBlock::isHeaderOnly(type) ? 0 : size;
    m_left = TarBlock::paddedSize(m_dataSize);
    QString name = m_longName.isEmpty() ? entryName(block) : m_longName;
    m_longName.clear();
    while (name.startsWith(QLatin1String("./")))
        name.remove(0, 2);
    m_action = type == 'g' ? Action::Pass : decide(name, type);
    m_entry = name;
    const QByteArray header = std::exchange(m_held, {}) + std::exchange(m_block, {});
    bool ok = true;
    switch (m_action) {
    case Action::Pass:
        ok = forward(header.constData(), header.size());
        break;
    case Action::Drop:
        ++m_skippedLayers; // its bytes are counted as they pass (a cut stream drops fewer than announced)
        break;
    case Action::Inspect:
        m_inspected = header;
        break;
    }
    m_state = State::Data;
    if (m_left == 0) {
        m_state = State::Header;
        if (m_action == Action::Inspect) {
            ok = forward(m_inspected.constData(), m_inspected.size());
            m_inspected.clear();
        }
    }
    return ok;
}

bool LayerFilter::feed(const char *data, qint64 size)
{
    m_bytesIn += size;
    qint64 pos = 0;
    while (pos < size) {
        switch (m_state) {
        case State::PassThrough:
            return forward(data + pos, size - pos);
        case State::Header: {
            const qint64 n = qMin(TarBlock::kSize - qint64(m_block.size()), size - pos);
            m_block.append(data + pos, qsizetype(n));
            pos += n;
            if (m_block.size() == TarBlock::kSize && !onHeader())
                return false;
            break;
        }
        case State::Extension: {
            const qint64 n = qMin(m_left, size - pos);
            m_held.append(data + pos, qsizetype(n));
            m_extension.append(data + pos, qsizetype(n));
            pos += n;
            m_left -= n;
            if (m_left == 0)
                onExtension();
            break;
        }
        case State::Data: {
            const qint64 n = qMin(m_left, size - pos);
            if (m_action == Action::Drop) // the entry's data, not its padding
                m_skippedBytes += qMax<qint64>(0, qMin(n, m_left - (TarBlock::paddedSize(m_dataSize) - m_dataSize)));
            if (m_action == Action::Pass && !forward(data + pos, n))
                return false;
            if (m_action == Action::Inspect)
                m_inspected.append(data + pos, qsizetype(n));
            pos += n;
            m_left -= n;
            if (m_left > 0)
                break;
            m_state = State::Header;
            if (m_action == Action::Inspect) {
                const qsizetype start = m_inspected.size() - TarBlock::paddedSize(m_dataSize);
                const int index = LayerChain::legacyLayerIndex(m_inspected.mid(start, m_dataSize), m_entry.left(64),
                                                               m_chainIds);
                if (index >= 0)
                    m_legacyDirs.insert(m_entry.left(64), index);
                if (!forward(m_inspected.constData(), m_inspected.size()))
                    return false;
                m_inspected.clear();
            }
            break;
        }
        }
    }
    return true;
}

bool LayerFilter::finish()
{
    // A stream cut inside an entry: what was held goes on, so `docker load` sees the same cut, not a tidy archive.
    if (m_state == State::PassThrough || (m_held.isEmpty() && m_inspected.isEmpty() && m_block.isEmpty()))
        return true;
    return giveUp();
}

} // namespace fleet
