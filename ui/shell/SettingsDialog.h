#pragma once

#include <QDialog>

class QLabel;
class QTabWidget;

namespace fleet {

class StoresSettingsPage;

// Settings…: the desktop's settings pages (Stores for now). OK writes every page (a page that cannot be written
// keeps the dialog open and says why); Cancel forgets the edits.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    StoresSettingsPage *storesPage() const { return m_stores; }
    QString errorText() const;

    // Reads the saved settings into the pages (called before each showing).
    void load();

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // OK wrote the stores (the library lists them again).
    void storesChanged();

private:
    QTabWidget *m_pages = nullptr;
    StoresSettingsPage *m_stores = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace fleet
