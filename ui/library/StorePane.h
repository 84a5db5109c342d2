#pragma once

#include "images/stores/StoredArchive.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeView;

namespace fleet {

class StoreArchiveModel;

// One configured store in the library: its archives (dragged from here onto node tiles), a busy bar while it is
// read and a line with the error when it could not be (unreachable, credentials refused). The search of the
// library hides the rows that do not match, so the model's rows stay the view's rows.
class StorePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorePane)

public:
    StorePane(const QString &name, const QString &url, QWidget *parent = nullptr);
    ~StorePane() override;

    QString storeName() const;
    QString storeUrl() const;
    StoreArchiveModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QList<StoredArchive> selectedArchives() const;

    // A read starts; returns its ticket: only the answer of the latest read is shown.
    quint64 beginLoad();
    bool isLoading() const { return m_loading; }
    // The answer of read `ticket`: archives, or the error (cause and fix). False when it was stale.
    bool finishLoad(quint64 ticket, const QList<StoredArchive> &archives, const QString &error);
    QString errorText() const { return m_error; }

    // Hides the rows that do not match; returns how many are shown.
    int applyFilter(const QString &search);
    int visibleCount() const;

private:
    void showStatus();

    StoreArchiveModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QString m_error;
    QString m_search;
    quint64 m_ticket = 0;
    bool m_loading = false;
};

} // namespace fleet
