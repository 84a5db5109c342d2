#include "FleetCountsLabel.h"

#include "JobsModel.h"
#include "NodeListModel.h"

#include <QLocale>
#include <QTimer>

namespace fleet {

FleetCountsLabel::FleetCountsLabel(const NodeListModel *nodes, const JobsModel *jobs, QWidget *parent)
    : QLabel(parent)
    , m_nodes(nodes)
    , m_jobs(jobs)
    , m_timer(new QTimer(this))
{
    setAccessibleName(tr("Fleet counts"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &FleetCountsLabel::updateCounts);
    for (const QAbstractItemModel *model : {static_cast<const QAbstractItemModel *>(nodes),
                                            static_cast<const QAbstractItemModel *>(jobs)}) {
        connect(model, &QAbstractItemModel::rowsInserted, m_timer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::rowsRemoved, m_timer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::modelReset, m_timer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::dataChanged, m_timer, qOverload<>(&QTimer::start));
    }
    updateCounts();
}

FleetCountsLabel::~FleetCountsLabel() = default;

void FleetCountsLabel::updateCounts()
{
    const QLocale locale;
    QStringList parts;
    parts << tr("%Ln node(s)", nullptr, m_nodes->count());
    for (NodeState state : {NodeState::Online, NodeState::NotInstalled, NodeState::Offline, NodeState::Unreachable})
        if (const int n = m_nodes->countInState(state))
            parts << QStringLiteral("%1 %2").arg(locale.toString(n), nodeStateLabel(state).toLower());
    if (const int active = m_jobs->countActive())
        parts << tr("%Ln job(s) running", nullptr, active);
    if (const int failed = m_jobs->countInState(JobState::Failed))
        parts << tr("%Ln failed", nullptr, failed);
    setText(parts.join(QStringLiteral(" · ")));
}

} // namespace fleet
