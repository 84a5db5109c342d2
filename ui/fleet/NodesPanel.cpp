#include "NodesPanel.h"

#include "NodeFilterProxy.h"
#include "NodeListModel.h"
#include "NodeTileDelegate.h"
#include "NodeTileView.h"

#include <QComboBox>
#include <QItemSelection>
#include <QSignalBlocker>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace fleet {

NodesPanel::NodesPanel(NodeListModel *nodes, QWidget *parent)
    : QWidget(parent)
    , m_nodes(nodes)
{
    m_proxy = new NodeFilterProxy(this);
    m_proxy->setSourceModel(nodes);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter nodes by name, address, OS…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Node filter"));
    m_filter->setToolTip(tr("Show only nodes whose name, address, OS, architecture or state contains this text "
                            "(Ctrl+F)."));

    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("State filter"));
    m_state->setToolTip(tr("Show only nodes in one state."));
    m_state->addItem(tr("All states"), int(NodeState::Unknown));
    for (NodeState s : {NodeState::Online, NodeState::NotInstalled, NodeState::Offline, NodeState::Unreachable})
        m_state->addItem(nodeStateLabel(s), int(s));

    m_notInstalled = new QToolButton(this);
    m_notInstalled->setText(tr("Not installed"));
    m_notInstalled->setCheckable(true);
    m_notInstalled->setAccessibleName(tr("Show only nodes without the agent"));
    m_notInstalled->setToolTip(tr("One click: show only nodes that answer SSH but have no Fleet Agent "
                                  "(Ctrl+Shift+N)."));

    m_sort = new QComboBox(this);
    m_sort->setAccessibleName(tr("Sort nodes"));
    m_sort->setToolTip(tr("Order of the tiles."));
    m_sort->addItem(tr("Sort by address"), int(NodeFilterProxy::SortKey::Address));
    m_sort->addItem(tr("Sort by name"), int(NodeFilterProxy::SortKey::Name));
    m_sort->addItem(tr("Sort by state"), int(NodeFilterProxy::SortKey::State));
    m_sort->addItem(tr("Sort by last seen"), int(NodeFilterProxy::SortKey::LastSeen));

    m_group = new QComboBox(this);
    m_group->setAccessibleName(tr("Select group"));
    m_group->setToolTip(tr("Select the tiles of a node group (fleetctl group add, or Groups… on a tile)."));
    setGroups({});

    m_view = new NodeTileView(this);
    m_delegate = new NodeTileDelegate(this);
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_proxy);

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_notInstalled);
    bar->addWidget(m_sort);
    bar->addWidget(m_group);
    auto *stackHost = new QWidget(this);
    m_stack = new QStackedLayout(stackHost);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_placeholder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(stackHost, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &NodeFilterProxy::setText);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const NodeState state = NodeState(m_state->currentData().toInt());
        m_proxy->setStateFilter(state);
        const QSignalBlocker block(m_notInstalled);
        m_notInstalled->setChecked(state == NodeState::NotInstalled);
    });
    connect(m_notInstalled, &QToolButton::toggled, this, &NodesPanel::setNotInstalledOnly);
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSortKey(NodeFilterProxy::SortKey(m_sort->currentData().toInt())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NodesPanel::selectionChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &NodesPanel::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NodesPanel::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &NodesPanel::updatePlaceholder);
    updatePlaceholder();
}

NodesPanel::~NodesPanel() = default;

void NodesPanel::setNotInstalledOnly(bool on)
{
    setStateFilter(on ? NodeState::NotInstalled : NodeState::Unknown);
}

void NodesPanel::setStateFilter(NodeState state)
{
    const int index = m_state->findData(int(state));
    m_state->setCurrentIndex(index < 0 ? 0 : index); // the combo's handler applies it and syncs the button
}

void NodesPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QStringList NodesPanel::selectedAddresses() const
{
    return m_view->selectedAddresses();
}

void NodesPanel::selectAddresses(const QStringList &addresses)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (addresses.contains(index.data(NodeListModel::AddressRole).toString(), Qt::CaseInsensitive))
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QStringList NodesPanel::groupsOf(const QString &address) const
{
    QStringList groups;
    for (int i = 1; i < m_group->count(); ++i)
        if (m_group->itemData(i).toStringList().contains(address, Qt::CaseInsensitive))
            groups << m_group->itemText(i);
    return groups;
}

void NodesPanel::setGroups(const QList<QPair<QString, QStringList>> &groups)
{
    const QSignalBlocker quiet(m_group);
    m_group->clear();
    m_group->addItem(tr("Select group…"));
    for (const auto &group : groups)
        m_group->addItem(group.first, group.second);
    m_group->setEnabled(!groups.isEmpty());
    disconnect(m_group, &QComboBox::activated, this, nullptr);
    connect(m_group, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        selectAddresses(m_group->itemData(index).toStringList());
        const QSignalBlocker back(m_group);
        m_group->setCurrentIndex(0); // a one-shot selection, not a filter that stays
    });
}

void NodesPanel::updatePlaceholder()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_placeholder->setText(m_nodes->count() == 0
                               ? tr("No nodes yet. Scan the network (Ctrl+Shift+S) to discover your fleet.")
                               : tr("No node matches the filter. Clear the filter to see all %n node(s).", nullptr,
                                    m_nodes->count()));
    m_stack->setCurrentWidget(m_placeholder);
}

QByteArray NodesPanel::saveState() const
{
    return QByteArray::number(m_sort->currentData().toInt());
}

void NodesPanel::restoreState(const QByteArray &state)
{
    bool ok = false;
    const int key = state.toInt(&ok);
    const int index = ok ? m_sort->findData(key) : -1;
    if (index >= 0)
        m_sort->setCurrentIndex(index);
}

} // namespace fleet
