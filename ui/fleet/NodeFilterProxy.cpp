#include "NodeFilterProxy.h"

#include "NodeListModel.h"

namespace fleet {

NodeFilterProxy::NodeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

NodeFilterProxy::~NodeFilterProxy() = default;

void NodeFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_nodes = qobject_cast<NodeListModel *>(model);
    Q_ASSERT_X(m_nodes || !model, "NodeFilterProxy", "the source must be a NodeListModel");
    QSortFilterProxyModel::setSourceModel(model);
    sort(0);
}

void NodeFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void NodeFilterProxy::setStateFilter(NodeState state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void NodeFilterProxy::setSortKey(SortKey key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    invalidate();
    sort(0);
}

bool NodeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_nodes || sourceParent.isValid())
        return false;
    const Node &node = m_nodes->nodeAt(sourceRow);
    if (m_state != NodeState::Unknown && node.state != m_state)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString *field : {&node.address, &node.hostName, &node.os, &node.arch, &node.source})
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    return nodeStateLabel(node.state).contains(m_text, Qt::CaseInsensitive);
}

// Problems first when sorting by state: the admin looks for what needs attention.
int NodeFilterProxy::stateRank(NodeState state)
{
    switch (state) {
    case NodeState::Unreachable:
        return 0;
    case NodeState::NotInstalled:
        return 1;
    case NodeState::Offline:
        return 2;
    case NodeState::Online:
        return 3;
    case NodeState::Unknown:
        break;
    }
    return 4;
}

int NodeFilterProxy::naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            // Compare digit runs by value: strip leading zeros, then the longer run is the larger number.
            qsizetype si = i, sj = j;
            while (si + 1 < ei && a.at(si) == QLatin1Char('0'))
                ++si;
            while (sj + 1 < ej && b.at(sj) == QLatin1Char('0'))
                ++sj;
            if (ei - si != ej - sj)
                return ei - si < ej - sj ? -1 : 1;
            if (const int c = QStringView(a).mid(si, ei - si).compare(QStringView(b).mid(sj, ej - sj)))
                return c;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded(), cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    return (a.size() - i) < (b.size() - j) ? -1 : ((a.size() - i) > (b.size() - j) ? 1 : 0);
}

bool NodeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_nodes)
        return QSortFilterProxyModel::lessThan(left, right);
    const Node &a = m_nodes->nodeAt(left.row());
    const Node &b = m_nodes->nodeAt(right.row());
    switch (m_sortKey) {
    case SortKey::Name:
        if (const int c = naturalCompare(a.displayName(), b.displayName()))
            return c < 0;
        break;
    case SortKey::State:
        if (stateRank(a.state) != stateRank(b.state))
            return stateRank(a.state) < stateRank(b.state);
        break;
    case SortKey::LastSeen:
        if (a.lastSeen != b.lastSeen)
            return a.lastSeen > b.lastSeen; // most recent first
        break;
    case SortKey::Address:
        break;
    }
    return naturalCompare(a.address, b.address) < 0;
}

} // namespace fleet
