#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fleet {

// SSH identity… on a tile: the private key a node is reached with, set for the node itself or for one of its
// groups (core's NodeIdentities keeps it; an empty path removes the override). Shows which key is in use and
// where it comes from; `fallback` says what applies without an override (--identity, ~/.ssh/config, ssh's own).
class NodeIdentityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeIdentityDialog)

public:
    NodeIdentityDialog(const QString &node, const QStringList &groups, const QString &fallback,
                       QWidget *parent = nullptr);
    ~NodeIdentityDialog() override;

    QComboBox *scopeBox() const { return m_scope; }
    QLineEdit *pathEdit() const { return m_path; }
    QString inUseText() const;
    QString errorText() const;
    // Test seam for the file dialog: returns the chosen path (empty: cancelled).
    void setOpenFileNameHook(std::function<QString()> hook) { m_openHook = std::move(hook); }

    // Writes the path for the chosen scope; false (with the reason shown) when the file is not a key file.
    bool apply();

private:
    void scopeChanged();
    void updateInUse();
    void browse();

    QString m_node;
    QStringList m_groups;
    QString m_fallback;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_inUse = nullptr;
    QLabel *m_error = nullptr;
    std::function<QString()> m_openHook;
};

} // namespace fleet
