#pragma once

#include "StoreEditDialog.h"

#include "actions/FleetSettings.h"
#include "images/stores/StoreCredentials.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fleet {

// Settings → Stores: the configured stores (name and STORE-URL) with Add…, Edit…, Remove and Test. Edits stay
// on the page until apply(): the list goes to FleetSettings::stores (QSettings, shared with fleetctl) and typed
// credentials to the keychain through core's StoreActions — never into QSettings. A removed store's saved
// credentials are forgotten unless another store still uses them.
class StoresSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoresSettingsPage)

public:
    explicit StoresSettingsPage(QWidget *parent = nullptr);
    ~StoresSettingsPage() override;

    // Reads the saved stores (and whether each has saved credentials) into the page.
    void load();
    // Writes the page; false with `error` when the keychain refused (nothing of the list was written then).
    bool apply(QString *error);

    QList<FleetSettings::ConfiguredStore> stores() const;
    QTreeWidget *list() const { return m_list; }
    // The editor of the Add…/Edit… in progress (nullptr when none is open).
    StoreEditDialog *editor() const { return m_editor; }
    QString testResult() const;

public Q_SLOTS:
    void addStore();
    void editStore(); // the selected one
    void removeStore();
    void testStore();

Q_SIGNALS:
    void tested(bool ok, const QString &text);

private:
    struct Entry
    {
        FleetSettings::ConfiguredStore store;
        bool credentialsSaved = false;
        std::optional<StoreCredentials> newCredentials; // typed in this session, saved by apply()
    };
    void openEditor(int row);
    void showEntries();
    int selectedRow() const;

    QList<Entry> m_entries;
    QStringList m_removedUrls;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QPointer<StoreEditDialog> m_editor; // deletes itself when closed
    quint64 m_testTicket = 0;
};

} // namespace fleet
