#include "FuzzSupport.h"

#include "actions/ContainerLogs.h"
#include "actions/NodeContainers.h"

#include <QSet>

using namespace fleet;

// What a node's docker answers to NodeContainers::listCommand (`docker ps --format '{{json .}}'` lines, then
// `docker container inspect` lines of our own template), as the container list reads it: untrusted, bounded,
// bad lines skipped; every container listed has a real ID, once, and a name. The same bytes as a log stream go
// through ContainerLogs::splitLines: no line longer than its bound, nothing lost but the newlines.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QList<ContainerInfo> containers = NodeContainers::parseListing(input);
    FLEET_FUZZ_ASSERT(containers.size() <= NodeContainers::kMaxContainers);
    QSet<QString> ids;
    for (const ContainerInfo &c : containers) {
        FLEET_FUZZ_ASSERT(c.id.size() == 64);
        FLEET_FUZZ_ASSERT(!ids.contains(c.id));
        ids.insert(c.id);
        FLEET_FUZZ_ASSERT(!c.name.isEmpty() && c.name.size() <= 256);
        FLEET_FUZZ_ASSERT(!c.ports.contains(QLatin1Char('\n')) && !c.status.contains(QLatin1Char('\n')));
        FLEET_FUZZ_ASSERT(c.health.isEmpty() || c.health == QLatin1String("healthy")
                          || c.health == QLatin1String("unhealthy") || c.health == QLatin1String("starting"));
    }

    QByteArray pending;
    QList<ContainerLogLine> lines;
    qsizetype kept = 0;
    for (qsizetype at = 0; at < input.size(); at += 4096) // arrival in pieces, as from the channel
        ContainerLogs::splitLines(&pending, input.mid(at, 4096), false, &lines);
    FLEET_FUZZ_ASSERT(pending.size() < ContainerLogs::kMaxLineBytes);
    for (const ContainerLogLine &line : lines) {
        FLEET_FUZZ_ASSERT(!line.text.contains(QLatin1Char('\n')));
        kept += line.text.toUtf8().size();
    }
    Q_UNUSED(kept);
    return 0;
}
