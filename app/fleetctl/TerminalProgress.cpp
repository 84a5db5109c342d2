#include "TerminalProgress.h"

#include "transfer/JobRate.h"
#include "util/Format.h"
#include "util/TerminalText.h"

#include <cstdio>
#include <unistd.h>

namespace fleet::cli {

namespace {

QString bar(const StageRecord &stage, int width)
{
    if (stage.state == JobState::Skipped)
        return QString(width, QLatin1Char(' '));
    const double fraction = stage.state == JobState::Succeeded ? 1.0 : stage.progress.fraction();
    const int filled = int(fraction * width + 0.5);
    return QString(filled, QChar(0x2588)) + QString(width - filled, QChar(0x2591));
}

// Node names, image names and messages come from nodes, archives and the user: none of their escape sequences
// reaches the terminal (this class writes its own cursor moves around them).
QString safe(const QString &text)
{
    return terminalSafe(text, TerminalKeep::Newlines);
}

void write(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

TerminalProgress::TerminalProgress(bool quiet)
    : m_quiet(quiet)
    , m_tty(isatty(STDOUT_FILENO) != 0)
{
}

QString TerminalProgress::line(const JobUpdate &job) const
{
    QString text = safe(job.node).leftJustified(16);
    for (const StageRecord &stage : job.stages) {
        if (!job.shows(stage.kind))
            continue;
        text += QStringLiteral(" %1 %2").arg(stageName(stage.kind), bar(stage, 10));
    }
    // The same rate and ETA as the Jobs panel's (JobRate): a rate once bytes moved, an ETA only when it means one.
    const StageRecord &current = job.stageRecord(job.stage);
    const JobRate rate = JobRate::of(job);
    if (job.state == JobState::Running && current.progress.done > 0) {
        text += QStringLiteral("  %1").arg(formatBytes(current.progress.done));
        if (rate.bytesPerSecond > 0)
            text += QStringLiteral(" %1").arg(formatRate(rate.bytesPerSecond));
        if (rate.etaSeconds >= 0)
            text += QStringLiteral(" ETA %1").arg(formatDuration(rate.etaSeconds));
    } else {
        text += QStringLiteral("  ") + jobStateName(job.state);
    }
    return text;
}

void TerminalProgress::redraw()
{
    QString out;
    if (m_drawnLines > 0)
        out += QStringLiteral("\x1b[%1A").arg(m_drawnLines); // back to the first line
    for (quint64 id : std::as_const(m_order))
        out += QStringLiteral("\x1b[2K") + line(m_jobs.value(id)) + QLatin1Char('\n');
    m_drawnLines = int(m_order.size());
    write(out);
}

void TerminalProgress::update(const JobUpdate &job)
{
    if (m_quiet)
        return;
    if (!m_jobs.contains(job.id))
        m_order << job.id;
    m_jobs.insert(job.id, job);
    if (m_tty) {
        redraw();
        return;
    }
    const QString key = stageName(job.stage) + jobStateName(job.stageRecord(job.stage).state);
    if (m_lastPrinted.value(job.id) != key) {
        m_lastPrinted.insert(job.id, key);
        write(QStringLiteral("%1: %2 %3\n").arg(safe(job.node), stageName(job.stage),
                                                jobStateName(job.stageRecord(job.stage).state)));
    }
}

void TerminalProgress::finish(const JobUpdate &job)
{
    if (m_quiet)
        return;
    update(job);
    if (!m_tty)
        write(QStringLiteral("%1: %2%3\n").arg(safe(job.node), jobStateName(job.state),
                                               job.message.isEmpty() ? QString() : QStringLiteral(" — ") + safe(job.message)));
}

void TerminalProgress::summary(int succeeded, int skipped, int failed)
{
    if (m_quiet)
        return;
    if (m_tty) {
        for (quint64 id : std::as_const(m_order)) {
            const JobUpdate &job = m_jobs[id];
            if (!job.message.isEmpty())
                write(safe(job.message) + QLatin1Char('\n'));
        }
    }
    write(QStringLiteral("%1 pushed, %2 already present, %3 failed\n").arg(succeeded).arg(skipped).arg(failed));
}

} // namespace fleet::cli
