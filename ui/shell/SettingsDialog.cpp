#include "SettingsDialog.h"

#include "StoresSettingsPage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fleet {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("SettingsDialog"));
    m_pages = new QTabWidget(this);
    m_stores = new StoresSettingsPage(this);
    m_pages->addTab(m_stores, tr("&Stores"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 420);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::errorText() const
{
    return m_error->text();
}

void SettingsDialog::load()
{
    m_error->hide();
    m_stores->load();
}

void SettingsDialog::accept()
{
    QString error;
    if (!m_stores->apply(&error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_error->hide();
    Q_EMIT storesChanged();
    QDialog::accept();
}

} // namespace fleet
