#include "NodeIdentityDialog.h"

#include "actions/NodeIdentities.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace fleet {

NodeIdentityDialog::NodeIdentityDialog(const QString &node, const QStringList &groups, const QString &fallback,
                                       QWidget *parent)
    : QDialog(parent)
    , m_node(node)
    , m_groups(groups)
    , m_fallback(fallback)
{
    setWindowTitle(tr("SSH identity of %1").arg(node));
    m_scope = new QComboBox(this);
    m_scope->setAccessibleName(tr("Identity for"));
    m_scope->addItem(tr("This node (%1)").arg(node));
    for (const QString &group : groups)
        m_scope->addItem(tr("Group %1").arg(group), group);
    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("Key file"));
    m_path->setPlaceholderText(tr("empty: no override"));
    auto *browse = new QToolButton(this);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose the private key"));
    browse->setAccessibleName(tr("Choose the private key"));
    m_inUse = new QLabel(this);
    m_inUse->setWordWrap(true);
    m_inUse->setTextFormat(Qt::PlainText);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&For:"), m_scope);
    form->addRow(tr("&Key file:"), row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_inUse);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &NodeIdentityDialog::scopeChanged);
    connect(browse, &QToolButton::clicked, this, &NodeIdentityDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    scopeChanged();
}

NodeIdentityDialog::~NodeIdentityDialog() = default;

void NodeIdentityDialog::scopeChanged()
{
    const QString group = m_scope->currentData().toString();
    m_path->setText(group.isEmpty() ? NodeIdentities::forNode(m_node) : NodeIdentities::forGroup(group));
    m_error->hide();
    updateInUse();
}

void NodeIdentityDialog::updateInUse()
{
    const NodeIdentities::Effective effective = NodeIdentities::resolve(m_node, m_groups);
    if (!effective.isSet())
        m_inUse->setText(tr("In use without an override: %1").arg(m_fallback));
    else
        m_inUse->setText(tr("In use: %1 (%2)").arg(effective.path, effective.group.isEmpty()
                                                                        ? tr("this node's own")
                                                                        : tr("group %1").arg(effective.group)));
}

void NodeIdentityDialog::browse()
{
    const QString start = m_path->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : m_path->text();
    const QString path = m_openHook ? m_openHook()
                                    : QFileDialog::getOpenFileName(this, tr("Choose the private key"), start);
    if (!path.isEmpty())
        m_path->setText(path);
}

bool NodeIdentityDialog::apply()
{
    const QString group = m_scope->currentData().toString();
    const QString path = m_path->text().trimmed();
    QString error;
    const bool ok = group.isEmpty() ? NodeIdentities::setForNode(m_node, path, &error)
                                    : NodeIdentities::setForGroup(group, path, &error);
    m_error->setText(error);
    m_error->setVisible(!ok);
    updateInUse();
    return ok;
}

QString NodeIdentityDialog::inUseText() const
{
    return m_inUse->text();
}

QString NodeIdentityDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace fleet
