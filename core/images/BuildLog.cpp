#include "images/BuildLog.h"

#include <QRegularExpression>

namespace fleet {

BuildLog::BuildLog(int tailLines)
    : m_tailLines(qMax(1, tailLines))
{
}

bool BuildLog::parseStep(const QString &line, int *step, int *total, QString *instruction)
{
    static const QRegularExpression pattern(QStringLiteral("^Step (\\d+)/(\\d+) : (.*)$"));
    const QRegularExpressionMatch m = pattern.match(line);
    if (!m.hasMatch())
        return false;
    *step = m.captured(1).toInt();
    *total = m.captured(2).toInt();
    *instruction = m.captured(3).trimmed();
    return true;
}

QString BuildLog::addLine(const QString &raw)
{
    // The classic builder colours a RUN's stderr (ESC[91m … ESC[0m): noise in a log file, JSON or the catalog.
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]"));
    QString line = raw;
    line.remove(ansi);
    int step = 0, total = 0;
    QString instruction;
    if (parseStep(line, &step, &total, &instruction)) {
        m_step = step;
        m_total = total;
        m_instruction = instruction;
    }
    m_log += line + QLatin1Char('\n');
    if (m_log.size() > kMaxLog) // keep the end: that is where a failure is
        m_log = QStringLiteral("[… earlier output dropped …]\n") + m_log.right(kMaxLog / 2);
    m_tail << line;
    if (m_tail.size() > m_tailLines)
        m_tail.removeFirst();
    return line;
}

QStringList BuildLog::addText(const QString &text)
{
    m_pending += text;
    QStringList lines;
    qsizetype start = 0, nl;
    while ((nl = m_pending.indexOf(QLatin1Char('\n'), start)) >= 0) {
        QString line = m_pending.mid(start, nl - start);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        start = nl + 1;
        lines << addLine(line);
    }
    m_pending.remove(0, start);
    if (m_pending.size() > 64 * 1024) // a line without end (progress bars): flush it
        lines << finish();
    return lines;
}

QStringList BuildLog::finish()
{
    if (m_pending.isEmpty())
        return {};
    const QString line = m_pending;
    m_pending.clear();
    return {addLine(line)};
}

} // namespace fleet
