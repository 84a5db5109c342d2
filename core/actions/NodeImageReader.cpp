#include "actions/NodeImageReader.h"

#include "agent/AgentClient.h"
#include "agent/AgentSecrets.h"
#include "ssh/SshSession.h"
#include "transfer/RemoteDocker.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace fleet {

namespace {

const QString kImagesCommand = QStringLiteral("docker images --no-trunc --format '{{json .}}'");
constexpr qsizetype kMaxLine = 64 * 1024;
constexpr qsizetype kMaxField = 512;

bool isImageId(const QString &id)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("sha256:[0-9a-f]{64}")));
    return pattern.match(id).hasMatch();
}

// One (repository, tag, id) triple as docker prints it; "<none>" parts are untagged or dangling images.
void take(const QString &repository, const QString &tag, const QString &id, QList<HeldImage> *out,
          QSet<QString> *seen)
{
    if (out->size() >= NodeImageReader::kMaxImages || repository.isEmpty() || tag.isEmpty()
        || repository.size() > kMaxField || tag.size() > kMaxField || repository == QLatin1String("<none>")
        || tag == QLatin1String("<none>") || !isImageId(id))
        return;
    std::optional<HeldImage> image = InventoryDrift::normalize(repository + QLatin1Char(':') + tag, id);
    if (!image || seen->contains(image->reference.toLower()))
        return;
    seen->insert(image->reference.toLower());
    *out << *image;
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

} // namespace

QList<HeldImage> NodeImageReader::fromDockerLines(const QByteArray &output)
{
    QList<HeldImage> images;
    QSet<QString> seen;
    for (const QByteArray &line : output.left(kMaxDockerOutput).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > kMaxLine)
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            continue;
        const QJsonObject o = doc.object();
        take(o.value(QStringLiteral("Repository")).toString(), o.value(QStringLiteral("Tag")).toString(),
             o.value(QStringLiteral("ID")).toString(), &images, &seen);
        if (images.size() >= kMaxImages)
            break;
    }
    return images;
}

QList<HeldImage> NodeImageReader::fromAgentItems(const QJsonArray &items)
{
    QList<HeldImage> images;
    QSet<QString> seen;
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        take(o.value(QStringLiteral("repository")).toString(), o.value(QStringLiteral("tag")).toString(),
             o.value(QStringLiteral("id")).toString(), &images, &seen);
        if (images.size() >= kMaxImages)
            break;
    }
    return images;
}

bool NodeImageReader::viaAgent(const AgentEndpoint &endpoint, const std::atomic_bool *cancel,
                               QList<HeldImage> *images, QString *error)
{
    AgentClient client(endpoint);
    client.setReconnect(false);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QTimer poll; // the cancel flag is an atomic, not a signal
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled(cancel))
            loop.quit();
    });
    qint64 requestId = -1;
    bool answered = false;
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&client, &AgentClient::closed, &loop, &QEventLoop::quit);
    QObject::connect(&client, &AgentClient::helloReceived, &loop,
                     [&] { requestId = client.request(QStringLiteral("images")); });
    QObject::connect(&client, &AgentClient::messageReceived, &loop, [&](const AgentMessage &message) {
        if (requestId < 0 || message.id != requestId)
            return;
        answered = true;
        if (message.type == QLatin1String("error")) {
            *error = tr("the agent refused the images request: %1")
                         .arg(message.body.value(QStringLiteral("message")).toString().left(300));
        } else if (message.type != QLatin1String("images")
                   || !message.body.value(QStringLiteral("available")).toBool()) {
            *error = tr("the agent cannot ask docker: %1")
                         .arg(message.body.value(QStringLiteral("error")).toString().left(300));
        } else {
            *images = fromAgentItems(message.body.value(QStringLiteral("items")).toArray());
        }
        loop.quit();
    });
    timeout.start(kAgentTimeoutMs);
    poll.start(50);
    client.start();
    if (client.state() != AgentClient::State::Offline)
        loop.exec();
    client.stop();
    if (answered)
        return error->isEmpty();
    if (cancelled(cancel))
        *error = tr("cancelled");
    else
        *error = client.lastError().isEmpty() ? tr("no answer within %1 s").arg(kAgentTimeoutMs / 1000)
                                              : client.lastError();
    return false;
}

bool NodeImageReader::viaSsh(const ActionContext &context, const QString &node, QList<HeldImage> *images,
                             Failure *failure)
{
    SshSession session(context.target(node), context.ssh);
    if (!session.connect()) {
        *failure = Failure::make(session.error().failureKind(), session.error().message);
        return false;
    }
    const QString where = session.target().display();
    const RemoteResult listed = session.run(kImagesCommand, {}, kMaxDockerOutput);
    if (!listed.ok()) {
        *failure = Failure::make(RemoteDocker::failureKind(listed),
                                 RemoteDocker::explain(where, tr("listing the images"), listed));
        return false;
    }
    if (listed.out.size() >= kMaxDockerOutput) {
        *failure = Failure::make(FailureKind::Failed, tr("%1: the node lists more images than Fleet Commander reads "
                                                         "(over %2 MiB); clean it up first (fleetctl prune).")
                                                          .arg(where).arg(kMaxDockerOutput >> 20));
        return false;
    }
    *images = fromDockerLines(listed.out);
    return true;
}

NodeInventory NodeImageReader::read(const ActionContext &context, const QString &node,
                                    const std::optional<Node> &known, const std::atomic_bool *cancel)
{
    NodeInventory inventory;
    const SshTarget target = context.target(node);
    inventory.node = node;
    inventory.display = target.display();
    if (cancelled(cancel)) {
        inventory.failure = Failure::make(FailureKind::Cancelled, tr("%1: cancelled").arg(inventory.display));
        return inventory;
    }
    if (known && !known->agentVersion.isEmpty()) {
        QString error;
        const quint16 port = context.settings.agentPort;
        const std::optional<AgentSecret> secret = AgentSecrets::read(target.host, port, &error);
        if (!secret) {
            inventory.agentNote = error.isEmpty() ? tr("no agent token is recorded on this workstation") : error;
        } else if (viaAgent(AgentEndpoint{target.host, port, secret->token, secret->fingerprint}, cancel,
                            &inventory.images, &error)) {
            inventory.source = InventorySource::Agent;
            inventory.collectedAt = QDateTime::currentDateTimeUtc();
            return inventory;
        } else {
            inventory.agentNote = error;
        }
        inventory.images.clear();
    }
    if (cancelled(cancel)) {
        inventory.failure = Failure::make(FailureKind::Cancelled, tr("%1: cancelled").arg(inventory.display));
        return inventory;
    }
    Failure failure;
    if (viaSsh(context, node, &inventory.images, &failure))
        inventory.source = InventorySource::Ssh;
    else
        inventory.failure = failure;
    inventory.collectedAt = QDateTime::currentDateTimeUtc();
    return inventory;
}

} // namespace fleet
