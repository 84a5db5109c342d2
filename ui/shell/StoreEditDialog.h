#pragma once

#include "actions/FleetSettings.h"
#include "images/stores/StoreCredentials.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace fleet {

// Settings → Stores → Add…/Edit…: a store's name and kind with the fields of that kind — a folder (path
// chooser), S3 (endpoint, bucket, prefix, region; access key id and secret key) or a registry (host:port,
// optional user and password). It makes the STORE-URL from them and checks it with core's StoreLocation as it is
// typed (the reason shows under the form; OK waits for a valid one). Secrets typed here go to the keychain when
// the settings are saved, never into the URL or QSettings; a store that has some shows "saved in the keychain"
// instead. Test lists the store on a worker with what is typed and says how many archives it holds, or why not.
class StoreEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreEditDialog)

public:
    enum class Kind { Folder, S3, Registry };

    explicit StoreEditDialog(QWidget *parent = nullptr);
    ~StoreEditDialog() override;

    // Starts from an existing store (Edit…); without it the form is empty (Add…).
    void setStore(const FleetSettings::ConfiguredStore &store, bool credentialsSaved);
    // Names other stores already use: a second store of the same name is refused.
    void setTakenNames(const QStringList &names) { m_taken = names; validate(); }
    void setKind(Kind kind);
    Kind kind() const;

    QString storeName() const;
    QString storeUrl() const; // made from the fields; empty when they make none
    // What was typed into the id and secret fields; nullopt when both are empty (keep what is saved).
    std::optional<StoreCredentials> typedCredentials() const;
    // Why the form cannot be saved yet; empty when it can.
    QString problem() const { return m_problem; }
    QString testResult() const;

public Q_SLOTS:
    void test();
    void accept() override;

Q_SIGNALS:
    void tested(bool ok, const QString &text);

private:
    QWidget *folderPage();
    QWidget *s3Page();
    QWidget *registryPage();
    void validate();
    QLineEdit *field(const QString &objectName, const QString &placeholder = {});

    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_bucket = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_accessKey = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QLineEdit *m_registry = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_s3Saved = nullptr;
    QLabel *m_registrySaved = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_test = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_taken;
    QString m_problem;
    bool m_credentialsSaved = false;
    QString m_originalUrl; // the saved credentials belong to this URL's store
    quint64 m_testTicket = 0;
};

} // namespace fleet
