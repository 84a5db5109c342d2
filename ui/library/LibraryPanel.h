#pragma once

#include <QWidget>

class QLabel;
class QTreeView;
class QToolButton;

namespace fleet {

class ImageLibraryModel;

// The left side of the main window: the local engine's images, dragged from here onto node tiles.
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    explicit LibraryPanel(ImageLibraryModel *images, QWidget *parent = nullptr);
    ~LibraryPanel() override;

    QTreeView *view() const { return m_view; }
    QStringList selectedReferences() const;
    // A line under the list: "Loading…", the engine error with its fix, or nothing.
    void setStatus(const QString &text);

Q_SIGNALS:
    void refreshRequested();
    void selectionChanged();

private:
    ImageLibraryModel *m_images;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_refresh = nullptr;
};

} // namespace fleet
