#include "docker/JsonLineStream.h"

#include <QJsonDocument>

namespace fleet {

namespace {
constexpr qsizetype kMaxLine = 4 << 20; // a daemon line is small; a bigger one is garbage, not worth memory
}

JsonLineStream::JsonLineStream(Handler handler)
    : m_handler(std::move(handler))
{
}

void JsonLineStream::feed(const char *data, qsizetype size)
{
    m_pending.append(data, size);
    qsizetype start = 0;
    qsizetype nl;
    while ((nl = m_pending.indexOf('\n', start)) >= 0) {
        handleLine(m_pending.mid(start, nl - start));
        start = nl + 1;
    }
    m_pending.remove(0, start);
    if (m_pending.size() > kMaxLine)
        m_pending.clear();
}

void JsonLineStream::finish()
{
    if (!m_pending.trimmed().isEmpty())
        handleLine(m_pending);
    m_pending.clear();
}

void JsonLineStream::handleLine(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return;
    const QJsonObject object = QJsonDocument::fromJson(trimmed).object();
    if (object.isEmpty())
        return;
    // {"errorDetail":{"message":…},"error":…}: the detail is the better text when both exist.
    const QString detail = object.value(QLatin1String("errorDetail")).toObject().value(QLatin1String("message")).toString();
    const QString error = object.value(QLatin1String("error")).toString();
    if (!detail.isEmpty() || !error.isEmpty())
        m_error = detail.isEmpty() ? error : detail;
    if (m_handler)
        m_handler(object);
}

} // namespace fleet
