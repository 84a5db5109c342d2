#pragma once

#include "images/TagPolicy.h"

#include <QObject>

namespace fleet {

class LibraryPanel;
class StorePane;

// Fills the library's store tabs: each store is listed on a worker of its own (StoreActions::list opens its own
// store object there: curl handles and S3/registry state never cross threads), its tab shows a busy bar meanwhile
// and its error line when it fails. Only the answer of the latest read of a tab is shown.
class StoreLibraryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreLibraryLoader)

public:
    explicit StoreLibraryLoader(LibraryPanel *panel, QObject *parent = nullptr);
    ~StoreLibraryLoader() override;

    void setPolicy(const TagPolicy::Settings &policy) { m_policy = policy; }
    int pending() const { return m_pending; }

public Q_SLOTS:
    void refresh();                        // every store tab
    void refreshStore(const QString &name); // one

Q_SIGNALS:
    void started();
    // A store's listing ended: `error` empty when its archives are in its tab.
    void storeListed(const QString &name, int archives, const QString &error);
    // Every listing started so far ended.
    void allListed();

private:
    void load(StorePane *pane);

    LibraryPanel *m_panel;
    TagPolicy::Settings m_policy;
    int m_pending = 0;
};

} // namespace fleet
