#include "ImageLibraryLoader.h"

#include "LibraryPanel.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace fleet {

ImageLibraryLoader::ImageLibraryLoader(ImageLibraryModel *images, LibraryPanel *panel, QObject *parent)
    : QObject(parent)
    , m_images(images)
    , m_panel(panel)
{
}

ImageLibraryLoader::~ImageLibraryLoader() = default;

void ImageLibraryLoader::setLister(Lister lister)
{
    m_lister = std::move(lister);
    refresh();
}

void ImageLibraryLoader::refresh()
{
    if (!m_lister)
        return;
    if (m_loading) {
        m_stale = true; // e.g. a build finished meanwhile: its image must show up
        return;
    }
    m_loading = true;
    Q_EMIT started();
    m_panel->setStatus(tr("Reading the local Docker engine…"));
    auto *watcher = new QFutureWatcher<ImageListing>(this);
    connect(watcher, &QFutureWatcher<ImageListing>::finished, this, [this, watcher] {
        const ImageListing listing = watcher->result();
        watcher->deleteLater();
        m_loading = false;
        if (listing.ok) {
            m_images->setImages(listing.images);
            m_panel->setStatus(listing.images.isEmpty()
                                   ? tr("The engine has no images yet. Build or pull one, then press F5.")
                                   : QString());
        } else {
            m_panel->setStatus(listing.error);
        }
        Q_EMIT finished(listing);
        if (std::exchange(m_stale, false))
            refresh();
    });
    // The engine answers over a socket: never on the UI thread.
    watcher->setFuture(QtConcurrent::run(m_lister));
}

} // namespace fleet
