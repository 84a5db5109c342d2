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
    // The probes' badges follow (a separate, small read: a history without probes costs nothing).
    const quint64 probesTicket = reader->requestProbes();
    connect(reader, &HistoryReader::probesLoaded, this,
            [this, probesTicket](quint64 answered, const QHash<QString, NodeProbeReply> &probes) {
                if (answered == probesTicket)
                    m_nodes->setProbes(probes);
            });
    connect(reader, &HistoryReader::failed, this, [this, ticket](quint64 answered, const QString &message) {
        if (answered == ticket)
            Q_EMIT failed(message);
    });
}

} // namespace fleet
