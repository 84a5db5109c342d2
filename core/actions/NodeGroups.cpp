#include "actions/NodeGroups.h"

#include "history/HistoryStore.h"
#include "images/ImageReference.h"
#include "ssh/SshOptions.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace fleet {

namespace {

// A fact as a name part: lower case, anything outside the name's alphabet dropped.
QString namePart(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-')
            out += c;
    }
    return out.left(40);
}

Failure openHistory(HistoryStore &store, const QString &dbPath)
{
    if (store.open(dbPath))
        return {};
    return Failure::make(FailureKind::Unreachable, store.errorString());
}

Failure checkName(const QString &group)
{
    QString why;
    if (NodeGroups::isValidName(group, &why))
        return {};
    return Failure::make(FailureKind::Usage, why);
}

} // namespace

bool NodeGroups::isValidName(const QString &name, QString *why)
{
    // Anchored as a whole: '$' alone would let a final newline through.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9._:-]{0,62}")));
    if (pattern.match(name).hasMatch())
        return true;
    if (why)
        *why = tr("\"%1\" is not a group name: use 1 to 63 characters of a-z, 0-9, '.', '_', ':' and '-', starting "
                  "with a letter or digit (gpu, arch:aarch64, site-2)").arg(name.left(80));
    return false;
}

std::optional<QString> NodeGroups::groupOfWord(const QString &word)
{
    if (!word.startsWith(QLatin1Char('@')))
        return std::nullopt;
    return word.mid(1);
}

QString NodeGroups::archGroup(const QString &arch)
{
    const QString part = namePart(arch);
    return part.isEmpty() ? QString() : QStringLiteral("arch:") + part;
}

QString NodeGroups::osGroup(const QString &os)
{
    // PRETTY_NAME ("Ubuntu 22.04.3 LTS", "Debian GNU/Linux 12 (bookworm)"): its first word is the distribution.
    const QString first = os.trimmed().section(QLatin1Char(' '), 0, 0).section(QLatin1Char('/'), 0, 0);
    const QString part = namePart(first);
    return part.isEmpty() ? QString() : QStringLiteral("os:") + part;
}

QList<GroupSuggestion> NodeGroups::suggest(const QList<Node> &nodes,
                                           const std::function<QStringList(const QString &)> &current)
{
    QMap<QString, GroupSuggestion> byName; // sorted by group name
    const auto add = [&](const QString &group, const Node &node, const QString &reason) {
        if (group.isEmpty() || !isValidName(group))
            return;
        const QStringList have = current ? current(node.address) : QStringList();
        if (have.contains(group, Qt::CaseInsensitive))
            return;
        GroupSuggestion &s = byName[group];
        s.group = group;
        if (s.reason.isEmpty())
            s.reason = reason;
        if (!s.nodes.contains(node.address, Qt::CaseInsensitive))
            s.nodes << node.address;
    };
    for (const Node &node : nodes) {
        add(archGroup(node.arch), node, tr("architecture %1 reported by the node").arg(node.arch));
        if (!node.facts.gpu.trimmed().isEmpty())
            add(QStringLiteral("gpu"), node, tr("a GPU reported by the agent"));
        add(osGroup(node.os), node, tr("operating system reported by the node"));
    }
    return byName.values();
}

ResolvedNodes NodeGroups::resolve(const QStringList &words,
                                  const std::function<std::optional<QStringList>(const QString &)> &members)
{
    ResolvedNodes out;
    QSet<QString> seen;
    const auto take = [&](const QString &node) {
        const QString key = node.trimmed().toLower();
        if (key.isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        out.nodes << node.trimmed();
    };
    for (const QString &word : words) {
        const std::optional<QString> group = groupOfWord(word);
        if (!group) {
            take(word);
            continue;
        }
        QString why;
        if (!isValidName(*group, &why)) {
            out.failure = Failure::make(FailureKind::Usage, why);
            return out;
        }
        const std::optional<QStringList> nodes = members ? members(*group) : std::nullopt;
        if (!nodes || nodes->isEmpty()) {
            out.failure = Failure::make(FailureKind::Usage,
                                        tr("group %1 has no nodes: add some with `fleetctl group add %1 NODE...` "
                                           "(fleetctl groups lists the groups)").arg(*group));
            return out;
        }
        for (const QString &node : *nodes)
            take(node);
    }
    return out;
}

ResolvedNodes NodeGroups::resolve(const QStringList &words, const QString &dbPath)
{
    const bool anyGroup = std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return groupOfWord(w); });
    if (!anyGroup)
        return resolve(words, std::function<std::optional<QStringList>(const QString &)>()); // no history needed
    HistoryStore store;
    if (const Failure failure = openHistory(store, dbPath); !failure.ok())
        return ResolvedNodes{{}, failure};
    return resolve(words, [&store](const QString &group) -> std::optional<QStringList> {
        QStringList nodes;
        for (const QString &address : store.nodesInGroup(group)) {
            const std::optional<Node> known = store.node(address);
            nodes << (known && known->sshPort != 22 ? SshTarget{address, known->sshPort, {}}.display() : address);
        }
        return nodes;
    });
}

Failure NodeGroups::assign(const QString &dbPath, const QString &group, const QStringList &nodes)
{
    if (const Failure bad = checkName(group); !bad.ok())
        return bad;
    QStringList hosts;
    for (const QString &node : nodes)
        hosts << SshTarget::parse(node).host;
    HistoryStore store;
    if (const Failure failure = openHistory(store, dbPath); !failure.ok())
        return failure;
    if (!store.addToGroup(group, hosts))
        return Failure::make(FailureKind::Failed, store.errorString());
    return {};
}

Failure NodeGroups::unassign(const QString &dbPath, const QString &group, const QStringList &nodes)
{
    if (const Failure bad = checkName(group); !bad.ok())
        return bad;
    QStringList hosts;
    for (const QString &node : nodes)
        hosts << SshTarget::parse(node).host;
    HistoryStore store;
    if (const Failure failure = openHistory(store, dbPath); !failure.ok())
        return failure;
    if (!store.removeFromGroup(group, hosts))
        return Failure::make(FailureKind::Failed, store.errorString());
    return {};
}

Failure NodeGroups::want(const QString &dbPath, const QString &group, const QString &image)
{
    if (const Failure bad = checkName(group); !bad.ok())
        return bad;
    const ImageReference reference = ImageReference::parse(image);
    if (!reference.isValid() || !reference.hasTag())
        return Failure::make(FailureKind::Usage,
                             reference.isValid() ? tr("%1: name the tag a group should hold (app:1.2.0)").arg(image)
                                                 : reference.error());
    HistoryStore store;
    if (const Failure failure = openHistory(store, dbPath); !failure.ok())
        return failure;
    if (!store.wantImage(group, reference.familiar()))
        return Failure::make(FailureKind::Failed, store.errorString());
    return {};
}

Failure NodeGroups::unwant(const QString &dbPath, const QString &group, const QString &image)
{
    if (const Failure bad = checkName(group); !bad.ok())
        return bad;
    const ImageReference reference = ImageReference::parse(image);
    HistoryStore store;
    if (const Failure failure = openHistory(store, dbPath); !failure.ok())
        return failure;
    if (!store.unwantImage(group, reference.isValid() ? reference.familiar() : image))
        return Failure::make(FailureKind::Failed, store.errorString());
    return {};
}

QList<GroupRecord> NodeGroups::list(const QString &dbPath, Failure *failure)
{
    HistoryStore store;
    if (const Failure bad = openHistory(store, dbPath); !bad.ok()) {
        if (failure)
            *failure = bad;
        return {};
    }
    return store.groups();
}

} // namespace fleet
