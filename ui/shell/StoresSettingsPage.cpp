#include "StoresSettingsPage.h"

#include "BackgroundAction.h"
#include "StoreEditDialog.h"
#include "actions/StoreActions.h"
#include "images/stores/StoreLocation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fleet {

namespace {

QString credentialReference(const QString &url)
{
    QString why;
    const std::optional<StoreLocation> location = StoreLocation::parse(url, &why);
    return location ? StoreCredentials::referenceFor(*location) : QString();
}

} // namespace

StoresSettingsPage::StoresSettingsPage(QWidget *parent)
    : QWidget(parent)
{
    auto *intro = new QLabel(tr("Stores keep image archives between builds and deployments: a folder, an S3 "
                                "bucket or a registry. They show in the library beside this workstation's images. "
                                "fleetctl uses the same list (fleetctl store …)."),
                             this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("storeList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Name"), tr("Location"), tr("Credentials")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Configured stores"));
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addStore"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editStore"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeStore"));
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("testStore"));
    m_test->setToolTip(tr("List the selected store and say how many archives it holds"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("storeTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {add, m_edit, m_remove, m_test})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_result);

    connect(add, &QPushButton::clicked, this, &StoresSettingsPage::addStore);
    connect(m_edit, &QPushButton::clicked, this, &StoresSettingsPage::editStore);
    connect(m_remove, &QPushButton::clicked, this, &StoresSettingsPage::removeStore);
    connect(m_test, &QPushButton::clicked, this, &StoresSettingsPage::testStore);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &StoresSettingsPage::editStore);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool one = selectedRow() >= 0;
        m_edit->setEnabled(one);
        m_remove->setEnabled(one);
        m_test->setEnabled(one);
    });
    showEntries();
}

StoresSettingsPage::~StoresSettingsPage() = default;

void StoresSettingsPage::load()
{
    m_entries.clear();
    m_removedUrls.clear();
    for (const FleetSettings::ConfiguredStore &store : FleetSettings::load().stores)
        m_entries << Entry{store, StoreActions::hasSavedCredentials(store.url), std::nullopt};
    showEntries();
}

QList<FleetSettings::ConfiguredStore> StoresSettingsPage::stores() const
{
    QList<FleetSettings::ConfiguredStore> stores;
    for (const Entry &entry : m_entries)
        stores << entry.store;
    return stores;
}

int StoresSettingsPage::selectedRow() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? -1 : m_list->indexOfTopLevelItem(selected.first());
}

void StoresSettingsPage::showEntries()
{
    const int keep = selectedRow();
    m_list->clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        QString credentials;
        if (entry.newCredentials)
            credentials = tr("new, saved in the keychain with OK");
        else if (entry.credentialsSaved)
            credentials = tr("saved in the keychain");
        else if (StoreActions::takesCredentials(entry.store.url))
            credentials = tr("none (or from the environment)");
        auto *item = new QTreeWidgetItem(m_list, {entry.store.name, entry.store.url, credentials});
        item->setToolTip(1, entry.store.url);
    }
    if (keep >= 0 && keep < m_list->topLevelItemCount())
        m_list->topLevelItem(keep)->setSelected(true);
    const bool one = selectedRow() >= 0;
    m_edit->setEnabled(one);
    m_remove->setEnabled(one);
    m_test->setEnabled(one);
}

void StoresSettingsPage::addStore()
{
    openEditor(-1);
}

void StoresSettingsPage::editStore()
{
    if (selectedRow() >= 0)
        openEditor(selectedRow());
}

void StoresSettingsPage::openEditor(int row)
{
    delete m_editor;
    m_editor = new StoreEditDialog(this);
    m_editor->setWindowTitle(row < 0 ? tr("Add a store") : tr("Edit the store %1").arg(m_entries.at(row).store.name));
    QStringList taken;
    for (int i = 0; i < m_entries.size(); ++i)
        if (i != row)
            taken << m_entries.at(i).store.name;
    m_editor->setTakenNames(taken);
    if (row >= 0) {
        const Entry &entry = m_entries.at(row);
        m_editor->setStore(entry.store, entry.credentialsSaved || entry.newCredentials.has_value());
    }
    StoreEditDialog *editor = m_editor;
    connect(editor, &QDialog::accepted, this, [this, editor, row] {
        Entry entry = row >= 0 ? m_entries.at(row) : Entry{};
        const QString oldReference = credentialReference(entry.store.url);
        entry.store = FleetSettings::ConfiguredStore{editor->storeName(), editor->storeUrl()};
        if (credentialReference(entry.store.url) != oldReference) {
            // Other endpoint, bucket or registry: what was saved is not for this one.
            entry.credentialsSaved = StoreActions::hasSavedCredentials(entry.store.url);
            entry.newCredentials.reset();
        }
        if (const std::optional<StoreCredentials> typed = editor->typedCredentials())
            entry.newCredentials = typed;
        if (row >= 0)
            m_entries[row] = entry;
        else
            m_entries << entry;
        showEntries();
        m_list->setCurrentItem(m_list->topLevelItem(row >= 0 ? row : int(m_entries.size()) - 1));
    });
    connect(editor, &QDialog::finished, editor, &QObject::deleteLater);
    editor->open(); // window-modal; the page waits for accepted()
}

void StoresSettingsPage::removeStore()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_removedUrls << m_entries.takeAt(row).store.url;
    showEntries();
}

bool StoresSettingsPage::apply(QString *error)
{
    // The keychain first: if it refuses, the list stays as it was and the page says why.
    for (Entry &entry : m_entries) {
        if (!entry.newCredentials)
            continue;
        QString why;
        if (!StoreActions::saveCredentials(entry.store.url, *entry.newCredentials, &why)) {
            *error = tr("The credentials of %1 could not be saved in the keychain: %2").arg(entry.store.name, why);
            return false;
        }
        entry.newCredentials.reset();
        entry.credentialsSaved = true;
    }
    FleetSettings settings = FleetSettings::load();
    settings.stores = stores();
    settings.save();
    QStringList inUse;
    for (const Entry &entry : std::as_const(m_entries))
        inUse << credentialReference(entry.store.url);
    for (const QString &url : std::as_const(m_removedUrls)) {
        const QString reference = credentialReference(url);
        QString why;
        if (!reference.isEmpty() && !inUse.contains(reference) && StoreActions::hasSavedCredentials(url))
            StoreActions::forgetCredentials(url, &why); // a failure leaves an unused entry, nothing worse
    }
    m_removedUrls.clear();
    showEntries();
    return true;
}

QString StoresSettingsPage::testResult() const
{
    return m_result->text();
}

void StoresSettingsPage::testStore()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Entry &entry = m_entries.at(row);
    StoreActionParams params;
    params.storeUrl = entry.store.url;
    params.credentials = entry.newCredentials;
    params.policy = FleetSettings::load().tagPolicy;
    const QString name = entry.store.name;
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Listing %1…").arg(name));
    const quint64 ticket = ++m_testTicket;
    runInBackground(this, [params] { return StoreActions::list(params); },
                    [this, ticket, name](const StoreListing &listing) {
                        if (ticket != m_testTicket)
                            return;
                        const bool ok = listing.failure.ok();
                        const QString text = ok ? tr("%1 answered: %n archive(s).", nullptr,
                                                     int(listing.archives.size())).arg(name)
                                                : tr("%1: %2").arg(name, listing.failure.message);
                        m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
                        m_result->setText(text);
                        Q_EMIT tested(ok, text);
                    });
}

} // namespace fleet
