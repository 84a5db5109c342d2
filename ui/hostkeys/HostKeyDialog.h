#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace fleet {

// Trust on first use: shows a node's SHA256 host key fingerprint and asks whether to record it. A key that
// differs from the recorded one is never accepted here: the dialog explains what it may mean and how to fix
// it, and offers no way to connect: only to forget the old key (forgetRequested), after which the next
// connection asks about the new one like any unknown key.
class HostKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyDialog)

public:
    enum class Kind { Unknown, Changed };

    HostKeyDialog(Kind kind, const QString &host, const QString &fingerprint, QWidget *parent = nullptr);
    ~HostKeyDialog() override;

    Kind kind() const { return m_kind; }
    QString host() const { return m_host; }
    QString fingerprint() const { return m_fingerprint; }
    QString explanation() const;

Q_SIGNALS:
    // Changed keys: the person pressed "Forget old key" (the dialog then closes).
    void forgetRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Kind m_kind;
    QString m_host;
    QString m_fingerprint;
    QLabel *m_text = nullptr;
    QPushButton *m_refuse = nullptr;
};

} // namespace fleet
