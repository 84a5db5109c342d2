#pragma once

#include "transfer/JobUpdate.h"

#include <QList>
#include <QMap>

namespace fleet::cli {

// Draws one line per node with a bar per stage. On a terminal the lines are redrawn in place (ANSI cursor
// movement); otherwise only stage changes and final results are printed, so logs stay readable.
class TerminalProgress final
{
public:
    explicit TerminalProgress(bool quiet);

    void update(const JobUpdate &job);
    void finish(const JobUpdate &job);
    void summary(int succeeded, int skipped, int failed);

private:
    QString line(const JobUpdate &job) const;
    void redraw();

    bool m_quiet;
    bool m_tty;
    QList<quint64> m_order;
    QMap<quint64, JobUpdate> m_jobs;
    QMap<quint64, QString> m_lastPrinted; // non-tty: stage/state last printed per job
    int m_drawnLines = 0;
};

} // namespace fleet::cli
