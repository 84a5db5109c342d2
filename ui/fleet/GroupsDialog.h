#pragma once

#include "actions/NodeGroups.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fleet {

// A tile's "Groups…": the groups of the chosen nodes as a comma-separated list to edit, and the groups their facts
// suggest (NodeGroups::suggest: arch, GPU, OS) as check boxes, applied only when ticked. OK writes the difference
// (NodeGroups::assign/unassign) on a worker and emits applied(). Names are checked before anything is written.
class GroupsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsDialog)

public:
    GroupsDialog(QString dbPath, QList<Node> nodes, QWidget *parent = nullptr);

    // Reads the groups on a worker, then shows them (tests call showGroups instead).
    void start();
    void showGroups(const QList<GroupRecord> &groups);

    QLineEdit *groupsEdit() const { return m_edit; }
    QListWidget *suggestions() const { return m_suggestions; }
    QLabel *problem() const { return m_problem; }
    // What OK would write: group → nodes to add, group → nodes to remove; false with problem() set if a name is bad.
    bool changes(QHash<QString, QStringList> *add, QHash<QString, QStringList> *remove) const;

Q_SIGNALS:
    void groupsShown();
    void applied(const fleet::Failure &failure);

private:
    void apply();

    QString m_dbPath;
    QList<Node> m_nodes;
    QList<GroupRecord> m_groups;
    QLineEdit *m_edit = nullptr;
    QListWidget *m_suggestions = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace fleet
