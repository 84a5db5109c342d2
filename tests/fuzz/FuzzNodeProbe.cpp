#include "FuzzSupport.h"
#include "docker/RuntimeCommand.h"
#include "nodes/NodeProbe.h"
#include "nodes/NodeProbeReply.h"

using namespace fleet;

// What a node answers to NodeProbe's script, as NodeProbeReply reads it: untrusted and bounded. Whatever it says,
// the facts stay within their bounds, carry no control characters, survive their JSON form, and the command words
// chosen from them are one of the three fixed ones (a node never puts words into our commands).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const NodeProbeReply reply = NodeProbeReply::parse(input);
    FLEET_FUZZ_ASSERT(reply.gpus.size() <= 16 && reply.runtimes.size() <= 16);
    FLEET_FUZZ_ASSERT(reply.user.size() <= 64 && reply.arch.size() <= 32 && reply.apiVersion.size() <= 16);
    for (const QString &text : { reply.user, reply.error, reply.sudoError, reply.socket, reply.runtimeRoot,
             reply.tmpDir, reply.l4tRelease, reply.cudaVersion, reply.runtimeVersion }) {
        FLEET_FUZZ_ASSERT(text.size() <= NodeProbeReply::kMaxValueChars);
        for (const QChar c : text)
            FLEET_FUZZ_ASSERT(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    }
    FLEET_FUZZ_ASSERT(reply.tmpFreeBytes >= -1 && reply.rootFreeBytes >= -1);
    if (!reply.valid)
        FLEET_FUZZ_ASSERT(reply.runtime == NodeProbeReply::Runtime::None);
    const QString cli = RuntimeCommand::fromProbe(reply).cli();
    FLEET_FUZZ_ASSERT(
        cli == QLatin1String("docker") || cli == QLatin1String("sudo -n docker") || cli == QLatin1String("podman"));
    if (reply.valid) {
        const NodeProbeReply back = NodeProbeReply::fromJson(reply.toJson());
        FLEET_FUZZ_ASSERT(back.toJson() == reply.toJson());
    }
    (void)NodeProbe::refusal(QStringLiteral("n1"), reply);
    return 0;
}
