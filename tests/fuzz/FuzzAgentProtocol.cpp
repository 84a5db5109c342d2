#include "FuzzSupport.h"

#include "agent/AgentProtocol.h"
#include "model/Node.h"

#include <QJsonDocument>

using namespace fleet;

// Agent messages both ways (a client's request at the agent, an agent's answer at the workstation), the hello
// folded into a node, and the Authorization header.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    for (const QStringList *types : {&AgentProtocol::requestTypes(), &AgentProtocol::agentTypes()}) {
        const AgentParseResult result = AgentProtocol::parse(text, *types);
        if (!result.ok()) {
            FLEET_FUZZ_ASSERT(!AgentProtocol::errorCode(result.error).isEmpty());
            FLEET_FUZZ_ASSERT(AgentProtocol::errorFromCode(AgentProtocol::errorCode(result.error)) == result.error);
            // The error reply is well-formed JSON and never echoes the input.
            const QByteArray reply = AgentProtocol::encodeError(result.error, result.detail, result.message.id);
            FLEET_FUZZ_ASSERT(QJsonDocument::fromJson(reply).isObject());
            continue;
        }
        FLEET_FUZZ_ASSERT(types->contains(result.message.type));
        Node node;
        AgentProtocol::applyHello(result.message.body, node);
        AgentProtocol::applyTelemetry(result.message.body, node.facts);
        const QByteArray again = AgentProtocol::encode(result.message.type, result.message.body, result.message.id);
        FLEET_FUZZ_ASSERT(AgentProtocol::parse(again, *types).ok() || again.size() > text.size());
    }
    (void)AgentProtocol::tokenFromAuthorization(text);
    (void)AgentProtocol::bannerVersion(QString::fromUtf8(text));
    (void)AgentProtocol::normalizeFingerprint(QString::fromUtf8(text));
    return 0;
}
