#include "history/CsvWriter.h"

namespace fleet {

CsvWriter::CsvWriter(const QString &path)
    : m_file(path)
{
}

bool CsvWriter::open()
{
    if (m_file.open(QIODevice::WriteOnly))
        return true;
    m_error = QObject::tr("Cannot write %1: %2. Choose a folder you can write to.")
                  .arg(m_file.fileName(), m_file.errorString());
    return false;
}

QString CsvWriter::escape(const QString &field)
{
    QString value = field;
    bool number = false;
    value.toDouble(&number);
    if (!value.isEmpty() && !number && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped << escape(field);
    m_file.write((escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
}

bool CsvWriter::close()
{
    if (m_file.commit())
        return true;
    m_error = QObject::tr("Cannot finish %1: %2. Check the free space and try again.")
                  .arg(m_file.fileName(), m_file.errorString());
    return false;
}

QString CsvWriter::errorString() const
{
    return m_error;
}

QStringList CsvWriter::jobHeader()
{
    return {QStringLiteral("id"),       QStringLiteral("batch"),       QStringLiteral("created"),
            QStringLiteral("started"),  QStringLiteral("finished"),    QStringLiteral("node"),
            QStringLiteral("image"),    QStringLiteral("image_id"),    QStringLiteral("archive"),
            QStringLiteral("mode"),     QStringLiteral("state"),       QStringLiteral("bytes"),
            QStringLiteral("duration_ms"), QStringLiteral("error")};
}

QStringList CsvWriter::jobRow(const JobRecord &job)
{
    auto time = [](const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); };
    return {QString::number(job.id),    QString::number(job.batchId), time(job.createdAt),
            time(job.startedAt),        time(job.finishedAt),         job.node,
            job.image,                  job.imageId,                  job.archivePath,
            transferModeName(job.mode), jobStateName(job.state),      QString::number(job.bytes),
            QString::number(job.durationMs()), job.error};
}

} // namespace fleet
