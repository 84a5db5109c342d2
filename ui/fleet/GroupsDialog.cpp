#include "GroupsDialog.h"

#include "BackgroundAction.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace fleet {

namespace {

QStringList addresses(const QList<Node> &nodes)
{
    QStringList out;
    for (const Node &n : nodes)
        out << n.address;
    return out;
}

} // namespace

GroupsDialog::GroupsDialog(QString dbPath, QList<Node> nodes, QWidget *parent)
    : QDialog(parent)
    , m_dbPath(std::move(dbPath))
    , m_nodes(std::move(nodes))
    , m_edit(new QLineEdit(this))
    , m_suggestions(new QListWidget(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Groups of %n node(s)", nullptr, int(m_nodes.size())));
    m_edit->setPlaceholderText(tr("gpu, site-2, arch:aarch64"));
    m_edit->setToolTip(tr("The groups these nodes belong to, separated by commas. A group is a target of push, "
                          "prune, sync and inventory (@GROUP in fleetctl)."));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false); // until the groups are read
    auto *form = new QFormLayout;
    form->addRow(tr("&Groups:"), m_edit);
    form->addRow(tr("Suggested:"), m_suggestions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupsDialog::apply);
}

void GroupsDialog::start()
{
    const QString db = m_dbPath;
    runInBackground(this, [db] {
        Failure failure;
        return NodeGroups::list(db, &failure);
    }, [this](const QList<GroupRecord> &groups) { showGroups(groups); });
}

void GroupsDialog::showGroups(const QList<GroupRecord> &groups)
{
    m_groups = groups;
    const QStringList mine = addresses(m_nodes);
    QStringList names;
    QHash<QString, QStringList> current; // address → its groups
    for (const GroupRecord &g : groups) {
        for (const QString &node : g.nodes)
            current[node.toLower()] << g.name;
        if (std::any_of(g.nodes.cbegin(), g.nodes.cend(),
                        [&mine](const QString &n) { return mine.contains(n, Qt::CaseInsensitive); }))
            names << g.name;
    }
    m_edit->setText(names.join(QStringLiteral(", ")));
    m_suggestions->clear();
    const auto groupsOf = [&current](const QString &address) { return current.value(address.toLower()); };
    for (const GroupSuggestion &s : NodeGroups::suggest(m_nodes, groupsOf)) {
        auto *item = new QListWidgetItem(tr("%1 — %2 (%3)").arg(s.group, s.nodes.join(QStringLiteral(", ")), s.reason),
                                         m_suggestions);
        item->setData(Qt::UserRole, s.group);
        item->setData(Qt::UserRole + 1, s.nodes);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked); // applied only when the person accepts it
    }
    m_ok->setEnabled(true);
    Q_EMIT groupsShown();
}

bool GroupsDialog::changes(QHash<QString, QStringList> *add, QHash<QString, QStringList> *remove) const
{
    add->clear();
    remove->clear();
    QSet<QString> wanted;
    for (const QString &word : m_edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = word.trimmed();
        QString why;
        if (!NodeGroups::isValidName(name, &why)) {
            m_problem->setText(why);
            return false;
        }
        wanted.insert(name);
    }
    m_problem->clear();
    const QStringList mine = addresses(m_nodes);
    for (const QString &name : std::as_const(wanted))
        (*add)[name] = mine;
    for (const GroupRecord &g : m_groups) {
        if (wanted.contains(g.name))
            continue;
        QStringList leaving;
        for (const QString &node : mine)
            if (g.nodes.contains(node, Qt::CaseInsensitive))
                leaving << node;
        if (!leaving.isEmpty())
            (*remove)[g.name] = leaving;
    }
    for (int i = 0; i < m_suggestions->count(); ++i) {
        const QListWidgetItem *item = m_suggestions->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        QStringList &nodes = (*add)[item->data(Qt::UserRole).toString()];
        for (const QString &node : item->data(Qt::UserRole + 1).toStringList())
            if (!nodes.contains(node, Qt::CaseInsensitive))
                nodes << node;
    }
    return true;
}

void GroupsDialog::apply()
{
    QHash<QString, QStringList> add, remove;
    if (!changes(&add, &remove))
        return;
    m_ok->setEnabled(false);
    const QString db = m_dbPath;
    runInBackground(this, [db, add, remove] {
        for (auto it = add.cbegin(); it != add.cend(); ++it)
            if (const Failure f = NodeGroups::assign(db, it.key(), it.value()); !f.ok())
                return f;
        for (auto it = remove.cbegin(); it != remove.cend(); ++it)
            if (const Failure f = NodeGroups::unassign(db, it.key(), it.value()); !f.ok())
                return f;
        return Failure{};
    }, [this](const Failure &failure) {
        Q_EMIT applied(failure);
        if (failure.ok()) {
            accept();
        } else {
            m_problem->setText(failure.message);
            m_ok->setEnabled(true);
        }
    });
}

} // namespace fleet
