#include "FleetLoader.h"

#include "history/HistoryReader.h"
#include "NodeListModel.h"

namespace fleet {

FleetLoader::FleetLoader(NodeListModel *nodes, QObject *parent)
    : QObject(parent)
    , m_nodes(nodes)
{
}

FleetLoader::~FleetLoader() = default;

void FleetLoader::load(HistoryReader *reader)
{
    const quint64 ticket = reader->requestNodes();
    connect(reader, &HistoryReader::nodesLoaded, this, [this, ticket](quint64 answered, const QList<Node> &nodes) {
        if (answered != ticket)
            return;
        // Scan results that arrived meanwhile are newer: merge them over the stored fleet.
        if (m_nodes->count() == 0)
            m_nodes->setNodes(nodes);
        else
            m_nodes->merge(nodes);
        Q_EMIT loaded(m_nodes->count());
    });
    connect(reader, &HistoryReader::failed, this, [this, ticket](quint64 answered, const QString &message) {
        if (answered == ticket)
            Q_EMIT failed(message);
    });
}

} // namespace fleet
