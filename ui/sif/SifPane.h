#pragma once

#include "DragPayload.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace fleet {

class SifImageModel;
class SifTemplateModel;

// The library's "Apptainer" tab: the registry's partitions as groups of .sif images (drag one onto node tiles to
// sync it into their caches), the job templates with valid/missing badges, the registry folder and a button to
// choose it (saved as FleetSettings' sif/registry). A scan (core's SifRegistry, sha256 cached) and the templates'
// validation run on a worker; only the latest answer is shown.
class SifPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SifPane)

public:
    explicit SifPane(QWidget *parent = nullptr);
    ~SifPane() override;

    // Shows `root` (empty: none chosen) and scans it; `partitions` empty: the settings'.
    void setRegistry(const QString &root, const QStringList &partitions = {});
    QString registry() const { return m_root; }
    void refresh();
    bool isLoading() const { return m_loading; }

    SifImageModel *imageModel() const { return m_images; }
    SifTemplateModel *templateModel() const { return m_templates; }
    QTreeView *view() const { return m_view; }
    QList<SifImageRef> selectedImages() const;
    QString statusText() const;

    // Test seam: answers the folder dialog (empty: cancelled).
    void setFolderChooser(std::function<QString(const QString &current)> chooser) { m_chooser = std::move(chooser); }

Q_SIGNALS:
    void loaded();
    void selectionChanged();

private:
    void chooseFolder();
    void showStatus(const QString &text);

    SifImageModel *m_images = nullptr;
    SifTemplateModel *m_templates = nullptr;
    QTreeView *m_view = nullptr;
    QListView *m_templateView = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_rescan = nullptr;
    QString m_root;
    QStringList m_partitions;
    quint64 m_ticket = 0;
    bool m_loading = false;
    std::function<QString(const QString &)> m_chooser;
};

} // namespace fleet
