#include "StoreLibraryLoader.h"

#include "BackgroundAction.h"
#include "LibraryPanel.h"
#include "StorePane.h"
#include "actions/StoreActions.h"

#include <QPointer>

namespace fleet {

StoreLibraryLoader::StoreLibraryLoader(LibraryPanel *panel, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
{
}

StoreLibraryLoader::~StoreLibraryLoader() = default;

void StoreLibraryLoader::refresh()
{
    for (StorePane *pane : m_panel->storePanes())
        load(pane);
}

void StoreLibraryLoader::refreshStore(const QString &name)
{
    if (StorePane *pane = m_panel->storePane(name))
        load(pane);
}

void StoreLibraryLoader::load(StorePane *pane)
{
    StoreActionParams params;
    params.storeUrl = pane->storeUrl();
    params.policy = m_policy;
    const quint64 ticket = pane->beginLoad();
    if (m_pending++ == 0)
        Q_EMIT started();
    const QString name = pane->storeName();
    // A network store may take its time (an unreachable endpoint waits for the connect timeout): a worker.
    // If the settings replace the pane meanwhile, its answer is dropped (but still counted).
    runInBackground(this, [params] { return StoreActions::list(params); },
                    [this, pane = QPointer<StorePane>(pane), ticket, name](const StoreListing &listing) {
                        const QString error = listing.failure.ok() ? QString() : listing.failure.message;
                        if (pane && pane->finishLoad(ticket, listing.archives, error))
                            Q_EMIT storeListed(name, int(listing.archives.size()), error);
                        if (--m_pending == 0)
                            Q_EMIT allListed();
                    });
}

} // namespace fleet
