#pragma once

#include "ImageLibraryModel.h"

#include <QObject>

#include <functional>

namespace fleet {

class LibraryPanel;

// Fills the library from the local engine. The lister may block on the Docker socket, so it runs on a worker,
// one read at a time: a refresh asked for meanwhile (a build just finished) reads again when the read ends.
// The panel's status line says what is going on.
class ImageLibraryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageLibraryLoader)

public:
    // Lists the local engine's images; called on a worker thread.
    using Lister = std::function<ImageListing()>;

    ImageLibraryLoader(ImageLibraryModel *images, LibraryPanel *panel, QObject *parent = nullptr);
    ~ImageLibraryLoader() override;

    // Sets the lister and reads at once.
    void setLister(Lister lister);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void started();
    // The library holds `listing.images` when `listing.ok`; else the error is in the panel's status line.
    void finished(const fleet::ImageListing &listing);

private:
    ImageLibraryModel *m_images;
    LibraryPanel *m_panel;
    Lister m_lister;
    bool m_loading = false;
    bool m_stale = false; // asked to refresh while reading: read again when done
};

} // namespace fleet
