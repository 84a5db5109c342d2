#pragma once

#include <QObject>

namespace fleet {

class HistoryReader;
class NodeListModel;

// Puts the last-known fleet from the history into the tiles at start-up, read on the reader's thread. Scan
// results that arrived meanwhile are newer: the stored fleet is merged under them, never over them.
class FleetLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetLoader)

public:
    explicit FleetLoader(NodeListModel *nodes, QObject *parent = nullptr);
    ~FleetLoader() override;

    // Asks `reader` (owned by the caller) once; loaded() or failed() follows.
    void load(HistoryReader *reader);

Q_SIGNALS:
    // The tiles hold the stored fleet (`nodes` tiles in all).
    void loaded(int nodes);
    void failed(const QString &message);

private:
    NodeListModel *m_nodes;
};

} // namespace fleet
