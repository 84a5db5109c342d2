#include "HostKeyDialog.h"

#include "util/ShellQuote.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fleet {

HostKeyDialog::HostKeyDialog(Kind kind, const QString &host, const QString &fingerprint, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_host(host)
    , m_fingerprint(fingerprint)
{
    setWindowTitle(kind == Kind::Unknown ? tr("New host key: %1").arg(host) : tr("Host key changed: %1").arg(host));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel(this);
    icon->setPixmap(style()
                        ->standardIcon(kind == Kind::Unknown ? QStyle::SP_MessageBoxQuestion
                                                             : QStyle::SP_MessageBoxCritical)
                        .pixmap(40, 40));
    m_text = new QLabel(explanation(), this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);

    auto *key = new QLabel(fingerprint, this);
    key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    key->setAccessibleName(tr("SHA256 fingerprint"));
    key->setFrameShape(QFrame::StyledPanel);
    key->setMargin(6);

    auto *buttons = new QDialogButtonBox(this);
    if (kind == Kind::Unknown) {
        QPushButton *trust = buttons->addButton(tr("&Trust and connect"), QDialogButtonBox::AcceptRole);
        trust->setToolTip(tr("Record the key in known_hosts; later connections are checked against it."));
        trust->setAutoDefault(false); // focus must not make it the Enter button
        m_refuse = buttons->addButton(tr("&Refuse"), QDialogButtonBox::RejectRole);
        m_refuse->setDefault(true); // a stray Enter must not trust a key
    } else {
        QPushButton *forget = buttons->addButton(tr("&Forget old key"), QDialogButtonBox::DestructiveRole);
        forget->setToolTip(tr("Remove this node's recorded key from known_hosts. The next connection shows the new "
                              "key for you to compare and trust."));
        forget->setAutoDefault(false);
        connect(forget, &QPushButton::clicked, this, [this] {
            Q_EMIT forgetRequested();
            reject();
        });
        m_refuse = buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(key);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

HostKeyDialog::~HostKeyDialog() = default;

void HostKeyDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_refuse) {
        m_refuse->setDefault(true);
        m_refuse->setFocus(Qt::OtherFocusReason);
    }
}

QString HostKeyDialog::explanation() const
{
    if (m_kind == Kind::Unknown)
        return tr("This is the first connection to %1. Its SSH host key is not in known_hosts yet. Compare the "
                  "fingerprint below with the one on the node's console (ssh-keygen -lf "
                  "/etc/ssh/ssh_host_ed25519_key.pub) before you trust it.")
            .arg(m_host);
    return tr("The SSH host key of %1 is different from the one recorded in known_hosts. Someone may be "
              "intercepting the connection, so Fleet Commander refuses to connect. If the node was reinstalled, "
              "check the new key on its console, then press Forget old key (or run: fleetctl trust %2 --forget) "
              "and connect again to trust the new key.")
        .arg(m_host, shellQuote(m_host));
}

} // namespace fleet
