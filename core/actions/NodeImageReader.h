#pragma once

#include "actions/ActionContext.h"
#include "actions/InventoryMatrix.h"
#include "model/Node.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace fleet {

struct AgentEndpoint;

// One node's tagged images, for the inventory: from its Fleet Agent (`images` request) when the history says an
// agent runs there and this workstation holds its secret (AgentSecrets, as the telemetry reads it), else — and on
// any agent failure — over SSH (`docker images --no-trunc --format '{{json .}}'`). Synchronous, on the caller's
// thread (which needs an event loop dispatcher: any QThread, a pool thread included).
class NodeImageReader final
{
    Q_DECLARE_TR_FUNCTIONS(NodeImageReader)

public:
    static constexpr qint64 kMaxDockerOutput = 8 << 20; // more is refused, not guessed at
    static constexpr int kMaxImages = 20000;
    static constexpr int kAgentTimeoutMs = 8000; // the agent's own docker call is bounded to 10 s

    // `known`: the node as the history has it (its agent version says whether to ask the agent).
    static NodeInventory read(const ActionContext &context, const QString &node, const std::optional<Node> &known,
                              const std::atomic_bool *cancel = nullptr);

    // The parsers (untrusted text: bounded; lines or items that are not a tagged image are skipped).
    // `docker images --format '{{json .}}'` lines: Repository, Tag, ID.
    static QList<HeldImage> fromDockerLines(const QByteArray &output);
    // The agent's `images` items: repository, tag, id.
    static QList<HeldImage> fromAgentItems(const QJsonArray &items);

private:
    static bool viaAgent(const AgentEndpoint &endpoint, const std::atomic_bool *cancel, QList<HeldImage> *images,
                         QString *error);
    static bool viaSsh(const ActionContext &context, const QString &node, QList<HeldImage> *images,
                       Failure *failure);
};

} // namespace fleet
