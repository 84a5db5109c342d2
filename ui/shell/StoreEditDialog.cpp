#include "StoreEditDialog.h"

#include "BackgroundAction.h"
#include "actions/StoreActions.h"
#include "images/stores/StoreLocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace fleet {

namespace {

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value.trimmed(), ":/"));
}

// The keychain entry a URL's credentials are under ("" for folders and bad URLs).
QString credentialReference(const QString &url)
{
    QString why;
    const std::optional<StoreLocation> location = StoreLocation::parse(url, &why);
    return location ? StoreCredentials::referenceFor(*location) : QString();
}

} // namespace

StoreEditDialog::StoreEditDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Store"));
    setObjectName(QStringLiteral("StoreEditDialog"));
    m_name = field(QStringLiteral("storeName"), tr("e.g. team-archives"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("storeKind"));
    m_kind->addItem(tr("Folder"), int(Kind::Folder));
    m_kind->addItem(tr("S3 bucket"), int(Kind::S3));
    m_kind->addItem(tr("Registry"), int(Kind::Registry));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(folderPage());
    m_pages->addWidget(s3Page());
    m_pages->addWidget(registryPage());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("storeError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("storeTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("testStore"));
    m_test->setToolTip(tr("List the store with these settings and say how many archives it holds"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(m_testResult);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        m_pages->setCurrentIndex(index);
        validate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StoreEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &StoreEditDialog::test);
    validate();
}

StoreEditDialog::~StoreEditDialog() = default;

QLineEdit *StoreEditDialog::field(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, &StoreEditDialog::validate);
    return edit;
}

QWidget *StoreEditDialog::folderPage()
{
    auto *page = new QWidget(this);
    m_path = field(QStringLiteral("storePath"), tr("/srv/image-archives"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder of archives"), m_path->text());
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Folder:"), row);
    return page;
}

QWidget *StoreEditDialog::s3Page()
{
    auto *page = new QWidget(this);
    m_endpoint = field(QStringLiteral("storeEndpoint"), tr("http://127.0.0.1:9000 (empty: AWS)"));
    m_bucket = field(QStringLiteral("storeBucket"), tr("images"));
    m_prefix = field(QStringLiteral("storePrefix"), tr("optional, e.g. team/"));
    m_region = field(QStringLiteral("storeRegion"), QStringLiteral("us-east-1"));
    m_accessKey = field(QStringLiteral("storeAccessKey"));
    m_secretKey = field(QStringLiteral("storeSecretKey"));
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_s3Saved = new QLabel(tr("Credentials: saved in the keychain. Type new ones to replace them."), page);
    m_s3Saved->setObjectName(QStringLiteral("storeCredentialsSaved"));
    m_s3Saved->hide();
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Endpoint URL:"), m_endpoint);
    form->addRow(tr("&Bucket:"), m_bucket);
    form->addRow(tr("&Prefix:"), m_prefix);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Access key ID:"), m_accessKey);
    form->addRow(tr("&Secret key:"), m_secretKey);
    form->addRow(m_s3Saved);
    return page;
}

QWidget *StoreEditDialog::registryPage()
{
    auto *page = new QWidget(this);
    m_registry = field(QStringLiteral("storeRegistry"), tr("host:port, e.g. 127.0.0.1:5000"));
    m_user = field(QStringLiteral("storeUser"), tr("optional"));
    m_password = field(QStringLiteral("storePassword"), tr("optional"));
    m_password->setEchoMode(QLineEdit::Password);
    m_registrySaved = new QLabel(tr("Login: saved in the keychain. Type a new one to replace it."), page);
    m_registrySaved->setObjectName(QStringLiteral("registryCredentialsSaved"));
    m_registrySaved->hide();
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Registry:"), m_registry);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_registrySaved);
    return page;
}

void StoreEditDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

StoreEditDialog::Kind StoreEditDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void StoreEditDialog::setStore(const FleetSettings::ConfiguredStore &store, bool credentialsSaved)
{
    m_originalUrl = store.url;
    m_credentialsSaved = credentialsSaved;
    m_name->setText(store.name);
    QString why;
    const std::optional<StoreLocation> location = StoreLocation::parse(store.url, &why);
    if (!location) {
        m_path->setText(store.url); // shown as it is, with the reason
        setKind(Kind::Folder);
        validate();
        return;
    }
    switch (location->kind) {
    case StoreLocation::Kind::Folder:
        setKind(Kind::Folder);
        m_path->setText(location->path);
        break;
    case StoreLocation::Kind::S3:
        setKind(Kind::S3);
        m_endpoint->setText(location->endpoint);
        m_bucket->setText(location->bucket);
        m_prefix->setText(location->prefix.endsWith(QLatin1Char('/')) ? location->prefix.chopped(1)
                                                                     : location->prefix);
        m_region->setText(location->region);
        break;
    case StoreLocation::Kind::Registry:
        setKind(Kind::Registry);
    {
        // host:port alone when the scheme is the one it gets by default; else with its scheme.
        const std::optional<StoreLocation> plain
            = StoreLocation::parse(QStringLiteral("registry://") + location->registry, &why);
        m_registry->setText(plain && plain->registryUrl == location->registryUrl ? location->registry
                                                                                  : location->registryUrl);
    }
        break;
    }
    validate();
}

QString StoreEditDialog::storeName() const
{
    return m_name->text().trimmed();
}

QString StoreEditDialog::storeUrl() const
{
    switch (kind()) {
    case Kind::Folder:
        return m_path->text().trimmed().isEmpty() ? QString() : QStringLiteral("dir:") + m_path->text().trimmed();
    case Kind::S3: {
        if (m_bucket->text().trimmed().isEmpty())
            return {};
        QString url = QStringLiteral("s3://") + m_bucket->text().trimmed();
        QString prefix = m_prefix->text().trimmed();
        while (prefix.startsWith(QLatin1Char('/')))
            prefix.remove(0, 1);
        if (!prefix.isEmpty())
            url += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(prefix, "/"));
        QStringList query;
        if (!m_endpoint->text().trimmed().isEmpty())
            query << QStringLiteral("endpoint=") + encoded(m_endpoint->text());
        if (!m_region->text().trimmed().isEmpty())
            query << QStringLiteral("region=") + encoded(m_region->text());
        return query.isEmpty() ? url : url + QLatin1Char('?') + query.join(QLatin1Char('&'));
    }
    case Kind::Registry: {
        QString host = m_registry->text().trimmed();
        if (host.isEmpty())
            return {};
        // A scheme typed by habit says how to reach it; the URL keeps it as ?scheme=.
        QString scheme;
        for (const QString &prefix : {QStringLiteral("http://"), QStringLiteral("https://")})
            if (host.startsWith(prefix, Qt::CaseInsensitive)) {
                scheme = prefix.chopped(3);
                host = host.mid(prefix.size());
            }
        while (host.endsWith(QLatin1Char('/')))
            host.chop(1);
        const QString query = scheme.isEmpty() ? QString() : QStringLiteral("?scheme=") + scheme;
        return QStringLiteral("registry://") + host + query;
    }
    }
    return {};
}

std::optional<StoreCredentials> StoreEditDialog::typedCredentials() const
{
    const QLineEdit *id = kind() == Kind::S3 ? m_accessKey : kind() == Kind::Registry ? m_user : nullptr;
    const QLineEdit *secret = kind() == Kind::S3 ? m_secretKey : kind() == Kind::Registry ? m_password : nullptr;
    if (!id || (id->text().isEmpty() && secret->text().isEmpty()))
        return std::nullopt;
    return StoreCredentials{id->text().trimmed().toUtf8(), secret->text().toUtf8(), QStringLiteral("typed")};
}

void StoreEditDialog::validate()
{
    if (!m_buttons)
        return; // still being built
    QString problem;
    const QString url = storeUrl();
    QString why;
    if (storeName().isEmpty())
        problem = tr("Give the store a name.");
    else if (storeName().contains(QLatin1Char('\n')) || storeName().size() > 64)
        problem = tr("A store name is one line of at most 64 characters.");
    else if (m_taken.contains(storeName()))
        problem = tr("Another store is already called %1.").arg(storeName());
    else if (url.isEmpty())
        problem = kind() == Kind::Folder ? tr("Choose the folder of archives.")
                  : kind() == Kind::S3   ? tr("Name the bucket.")
                                         : tr("Name the registry as host:port.");
    else if (!StoreLocation::parse(url, &why))
        problem = why;
    else if (const std::optional<StoreCredentials> typed = typedCredentials();
             typed && (typed->user.isEmpty() || typed->secret.isEmpty()))
        problem = kind() == Kind::S3 ? tr("Type both the access key ID and the secret key (or neither).")
                                     : tr("Type both the user and the password (or neither).");
    m_problem = problem;
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_test->setEnabled(!url.isEmpty() && StoreLocation::parse(url, &why).has_value());
    // The saved credentials belong to the store's original endpoint and bucket (or registry).
    const bool saved = m_credentialsSaved && !credentialReference(url).isEmpty()
                       && credentialReference(url) == credentialReference(m_originalUrl);
    m_s3Saved->setVisible(saved && kind() == Kind::S3);
    m_registrySaved->setVisible(saved && kind() == Kind::Registry);
    const QString placeholder = saved ? tr("saved in the keychain") : QString();
    m_accessKey->setPlaceholderText(placeholder);
    m_secretKey->setPlaceholderText(placeholder);
    m_user->setPlaceholderText(saved ? placeholder : tr("optional"));
    m_password->setPlaceholderText(saved ? placeholder : tr("optional"));
}

void StoreEditDialog::accept()
{
    validate();
    if (!m_problem.isEmpty())
        return;
    QDialog::accept();
}

QString StoreEditDialog::testResult() const
{
    return m_testResult->text();
}

void StoreEditDialog::test()
{
    StoreActionParams params;
    params.storeUrl = storeUrl();
    params.credentials = typedCredentials(); // what is typed; else the saved ones
    params.policy = FleetSettings::load().tagPolicy;
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Listing %1…").arg(params.storeUrl));
    m_test->setEnabled(false);
    const quint64 ticket = ++m_testTicket;
    runInBackground(this, [params] { return StoreActions::list(params); },
                    [this, ticket](const StoreListing &listing) {
                        if (ticket != m_testTicket)
                            return;
                        validate();
                        const bool ok = listing.failure.ok();
                        const QString text = ok ? tr("The store answered: %n archive(s) in %1.", nullptr,
                                                     int(listing.archives.size()))
                                                      .arg(listing.location)
                                                : listing.failure.message;
                        m_testResult->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
                        m_testResult->setText(text);
                        Q_EMIT tested(ok, text);
                    });
}

} // namespace fleet
