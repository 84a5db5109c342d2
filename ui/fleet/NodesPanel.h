#pragma once

#include "model/NodeState.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedLayout;
class QToolButton;

namespace fleet {

class NodeFilterProxy;
class NodeListModel;
class NodeTileDelegate;
class NodeTileView;

// The centre of the main window: a filter bar (text, state, one-click "Not installed", sort) over the node tiles,
// and a hint instead of the tiles while there is nothing to show.
class NodesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodesPanel)

public:
    explicit NodesPanel(NodeListModel *nodes, QWidget *parent = nullptr);
    ~NodesPanel() override;

    NodeTileView *view() const { return m_view; }
    NodeFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QToolButton *notInstalledButton() const { return m_notInstalled; }

    // Show only NOT INSTALLED nodes (the one-click filter), or all again.
    void setNotInstalledOnly(bool on);
    void setStateFilter(NodeState state);
    void focusFilter();
    QStringList selectedAddresses() const;
    // Selects exactly the tiles of these addresses (those the filter shows).
    void selectAddresses(const QStringList &addresses);
    // The node groups (name → member addresses) offered in the "Select group" box; picking one selects its tiles.
    void setGroups(const QList<QPair<QString, QStringList>> &groups);
    QComboBox *groupBox() const { return m_group; }
    QStringList groupsOf(const QString &address) const; // from the groups last given to setGroups

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void selectionChanged();

private:
    void updatePlaceholder();

    NodeListModel *m_nodes;
    NodeFilterProxy *m_proxy = nullptr;
    NodeTileDelegate *m_delegate = nullptr;
    NodeTileView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_sort = nullptr;
    QComboBox *m_group = nullptr;
    QToolButton *m_notInstalled = nullptr;
    QLabel *m_placeholder = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace fleet
