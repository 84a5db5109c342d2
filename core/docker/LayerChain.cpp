#include "docker/LayerChain.h"

#include <QCryptographicHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace fleet::LayerChain {

namespace {

using Member = std::pair<QByteArray, QByteArray>; // key (unquoted), value (raw JSON text)

qsizetype skipSpace(const QByteArray &text, qsizetype at)
{
    while (at < text.size() && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r' || text[at] == '\t'))
        ++at;
    return at;
}

// The end of the JSON string starting at `at` (a quote), or -1.
qsizetype stringEnd(const QByteArray &text, qsizetype at)
{
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return -1;
}

// The end of the JSON value starting at `at`, or -1. Only spans are found here: the values are hashed as they are.
qsizetype valueEnd(const QByteArray &text, qsizetype at)
{
    if (at >= text.size())
        return -1;
    if (text[at] == '"')
        return stringEnd(text, at);
    if (text[at] == '{' || text[at] == '[') {
        int depth = 0;
        for (qsizetype i = at; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') {
                i = stringEnd(text, i);
                if (i < 0)
                    return -1;
                --i;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return -1;
    }
    qsizetype i = at;
    while (i < text.size() && text[i] != ',' && text[i] != '}' && text[i] != ' ' && text[i] != '\n')
        ++i;
    return i > at ? i : -1;
}

// The members of a top-level object with their values' raw text, or false when it is not one Go could have written.
bool topLevelMembers(const QByteArray &text, std::vector<Member> *members)
{
    qsizetype at = skipSpace(text, 0);
    if (at >= text.size() || text[at] != '{')
        return false;
    at = skipSpace(text, at + 1);
    if (at < text.size() && text[at] == '}')
        return true;
    while (at < text.size()) {
        if (text[at] != '"')
            return false;
        const qsizetype keyEnd = stringEnd(text, at);
        if (keyEnd < 0)
            return false;
        const QByteArray key = text.mid(at + 1, keyEnd - at - 2);
        if (key.contains('\\'))
            return false; // V1Image's keys are plain words; an escaped one is not from it
        at = skipSpace(text, keyEnd);
        if (at >= text.size() || text[at] != ':')
            return false;
        at = skipSpace(text, at + 1);
        const qsizetype end = valueEnd(text, at);
        if (end < 0)
            return false;
        members->emplace_back(key, text.mid(at, end - at));
        at = skipSpace(text, end);
        if (at < text.size() && text[at] == '}')
            return true;
        if (at >= text.size() || text[at] != ',')
            return false;
        at = skipSpace(text, at + 1);
    }
    return false;
}

// moby's v1.CreateID: the v1 config without its id, the parent as a digest, the layer's chain ID as
// "layer_id", marshalled as a map (keys sorted, values as they were) and hashed.
QByteArray createId(std::vector<Member> members, const QByteArray &chainId)
{
    members.emplace_back(QByteArrayLiteral("layer_id"), '"' + chainId + '"');
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) { return a.first < b.first; });
    QByteArray json = "{";
    for (const Member &m : members) {
        if (json.size() > 1)
            json += ',';
        json += '"' + m.first + "\":" + m.second;
    }
    json += '}';
    return QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
}

} // namespace

bool isHexId(QStringView text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

QStringList chainIds(const QStringList &diffIds)
{
    QStringList chain;
    for (const QString &diffId : diffIds) {
        if (chain.isEmpty())
            chain << diffId;
        else
            chain << QStringLiteral("sha256:")
                         + QString::fromLatin1(QCryptographicHash::hash((chain.last() + QLatin1Char(' ') + diffId)
                                                                            .toUtf8(),
                                                                        QCryptographicHash::Sha256).toHex());
    }
    return chain;
}

int legacyLayerIndex(const QByteArray &v1Json, const QString &directoryId, const QStringList &chainIds)
{
    std::vector<Member> all;
    if (!isHexId(directoryId) || !topLevelMembers(v1Json, &all))
        return -1;
    // The saved file has the ID set and the parent as bare hex; lower layers also gained "os" after their ID
    // was made, the top layer had it before (it carries the image's whole v1 config): try both.
    std::vector<Member> withOs, withoutOs;
    for (Member m : all) {
        if (m.first == "id")
            continue;
        if (m.first == "parent") {
            if (m.second.size() < 3)
                return -1;
            m.second = "\"sha256:" + m.second.mid(1);
        }
        withOs.push_back(m);
        if (m.first != "os")
            withoutOs.push_back(m);
    }
    const QByteArray wanted = directoryId.toLatin1();
    for (int i = 0; i < chainIds.size(); ++i) {
        const QByteArray chain = chainIds[i].toLatin1();
        if (createId(withoutOs, chain) == wanted)
            return i;
        if (withOs.size() != withoutOs.size() && createId(withOs, chain) == wanted)
            return i;
    }
    return -1;
}

} // namespace fleet::LayerChain
